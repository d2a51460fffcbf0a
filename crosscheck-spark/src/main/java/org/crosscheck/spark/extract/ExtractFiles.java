package org.crosscheck.spark.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.crosscheck.extract.Article;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.pipeline.ArticleSink;
import org.crosscheck.spark.ExecutorPipeline;
import org.crosscheck.spark.files.HadoopFiles;
import org.crosscheck.spark.files.InputFile;

/**
 * The extraction task ({@code mapPartitionsWithIndex}, one file per partition): streams the
 * whole files of its partition through Hadoop's file systems, one after the other, with the
 * core's readers and extractor, fingerprints each article for the near-duplicate stage while its
 * text is at hand, and gives what it found in reading order, as one block. A bad file or record becomes a skipped entry and never fails the task.
 */
public final class ExtractFiles implements Function2<Integer, Iterator<InputFile>, Iterator<TaskFindings>> {

    private final HadoopFiles hadoop;

    public ExtractFiles(HadoopFiles hadoop) {
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<TaskFindings> call(Integer task, Iterator<InputFile> files) {
        List<Extracted> found = new ArrayList<>();
        while (files.hasNext()) {
            InputFile file = files.next();
            ExecutorPipeline.get().extract(file.source(), file.fileName(), hadoop.content(file.uri()), new ArticleSink() {
                @Override
                public void article(Article article) {
                    found.add(Extracted.article(task, found.size(), article, ExecutorPipeline.get().fingerprint(article)));
                }

                @Override
                public void skipped(SkippedInput skipped) {
                    found.add(Extracted.skipped(task, found.size(), null, skipped));
                }

                @Override
                public void extractionFailed(String documentId, SkippedInput skipped) {
                    found.add(Extracted.skipped(task, found.size(), documentId, skipped));
                }
            });
        }
        return List.of(new TaskFindings(found)).iterator();
    }
}
