package org.crosscheck.pipeline;

import java.util.Objects;
import java.util.function.Supplier;
import org.crosscheck.claims.CheckableJudge;
import org.crosscheck.language.LazyModel;
import org.crosscheck.provenance.ArticleRewriteModel;
import org.crosscheck.provenance.RewriteJudge;
import org.crosscheck.verify.VerifyModel;

/**
 * Which learned model each stage decides with, each loaded on first use: the pipeline hands them
 * to the stages, so a caller may swap one (a model fitted anew by its bench command, a test's).
 *
 * @param checkable      which sentences are checkable claims ({@code claims}, {@code checkable-judge.properties})
 * @param rewrite        whether a sentence pair is a rewrite ({@code provenance}, {@code rewrite-judge.properties})
 * @param articleRewrite whether a whole article rewrites another ({@code provenance}, {@code article-rewrite.properties})
 * @param verify         whether a statement's sentence is supported ({@code verify}, {@code verify-model.txt})
 */
public record StageModels(Supplier<CheckableJudge> checkable, Supplier<RewriteJudge> rewrite,
                          Supplier<ArticleRewriteModel> articleRewrite, Supplier<VerifyModel> verify) {

    private static final StageModels SHIPPED = new StageModels(LazyModel.of(CheckableJudge::defaults),
            LazyModel.of(RewriteJudge::defaults), LazyModel.of(ArticleRewriteModel::defaults), LazyModel.of(VerifyModel::shipped));

    public StageModels {
        Objects.requireNonNull(checkable, "checkable");
        Objects.requireNonNull(rewrite, "rewrite");
        Objects.requireNonNull(articleRewrite, "articleRewrite");
        Objects.requireNonNull(verify, "verify");
    }

    /** The models shipped in the jar, the same holders for every caller (each file read once per JVM). */
    public static StageModels shipped() {
        return SHIPPED;
    }

    public StageModels withCheckable(Supplier<CheckableJudge> model) {
        return new StageModels(model, rewrite, articleRewrite, verify);
    }

    public StageModels withRewrite(Supplier<RewriteJudge> model) {
        return new StageModels(checkable, model, articleRewrite, verify);
    }

    public StageModels withArticleRewrite(Supplier<ArticleRewriteModel> model) {
        return new StageModels(checkable, rewrite, model, verify);
    }

    public StageModels withVerify(Supplier<VerifyModel> model) {
        return new StageModels(checkable, rewrite, articleRewrite, model);
    }
}
