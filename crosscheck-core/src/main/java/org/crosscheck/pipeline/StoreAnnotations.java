package org.crosscheck.pipeline;

import java.util.List;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.AnnotationArchive;
import org.crosscheck.store.SentenceAnnotations;

/** A store's sentence annotations as the annotator's {@link AnnotationArchive}. */
final class StoreAnnotations implements AnnotationArchive {

    private final SentenceAnnotations annotations;

    StoreAnnotations(SentenceAnnotations annotations) {
        this.annotations = annotations;
    }

    @Override
    public List<AnnotatedSentence> find(String key) {
        return annotations.find(key);
    }

    @Override
    public void keep(String key, List<AnnotatedSentence> sentences) {
        annotations.keep(key, sentences);
    }
}
