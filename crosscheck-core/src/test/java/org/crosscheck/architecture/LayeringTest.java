package org.crosscheck.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.crosscheck.extract.Article;
import org.junit.jupiter.api.Test;

/** The core stays free of front ends and keeps its packages named after what they do. */
class LayeringTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crosscheck");

    @Test
    void coreNeverImportsCliServerOrSpark() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("picocli..", "io.javalin..", "org.apache.spark..", "me.tongfei..")
                .check(CORE);
    }

    @Test
    void noDumpingGroundPackages() {
        noClasses().should().resideInAnyPackage("..util..", "..common..", "..misc..", "..impl..", "..model..", "..helper..")
                .check(CORE);
    }

    @Test
    void stagesDoNotReachIntoTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("org.crosscheck.pipeline..")
                .should().dependOnClassesThat().resideInAPackage("org.crosscheck.pipeline..")
                .check(CORE);
    }

    @Test
    void stanfordAnnotationsStayInsideTheLanguageAdapters() {
        noClasses().that().resideOutsideOfPackage("org.crosscheck.language..")
                .should().dependOnClassesThat().resideInAnyPackage("edu.stanford..", "net.sf.extjwnl..", "dev.langchain4j..", "ai.onnxruntime..")
                .check(CORE);
    }

    /**
     * The store stores: it takes and gives records and runs no stage. Of the records between
     * stages it knows only {@code Article}; the ingest run that places and analyses articles
     * lives in {@code pipeline}.
     */
    @Test
    void theStoreRunsNoStage() {
        noClasses().that().resideInAPackage("org.crosscheck.store..")
                .should().dependOnClassesThat(resideInAnyPackage("org.crosscheck.ingest..", "org.crosscheck.dedup..",
                        "org.crosscheck.cluster..", "org.crosscheck.provenance..", "org.crosscheck.language..",
                        "org.crosscheck.claims..", "org.crosscheck.align..", "org.crosscheck.verify..", "org.crosscheck.report..")
                        .or(resideInAPackage("org.crosscheck.extract..").and(not(equivalentTo(Article.class)))))
                .check(CORE);
    }
}
