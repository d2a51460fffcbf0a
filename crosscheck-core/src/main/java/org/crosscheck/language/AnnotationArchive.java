package org.crosscheck.language;

import java.util.List;

/**
 * A lasting second level of {@link CoreNlpAnnotator}'s cache of annotated sentences: what an
 * ingest annotated, kept beside the stored articles, so that a later process (a server checking a
 * statement against stored articles) reads the annotation instead of running CoreNLP again.
 * Keys are the annotator's own: the form of its annotations, the sentence's anchor date and text.
 */
public interface AnnotationArchive {

    /** No archive: every miss of the annotator's own cache is annotated. */
    AnnotationArchive NONE = new AnnotationArchive() {
        @Override
        public List<AnnotatedSentence> find(String key) {
            return null;
        }

        @Override
        public void keep(String key, List<AnnotatedSentence> sentences) {
        }
    };

    /** The sentences kept for the key, or null when none are (or they cannot be read). */
    List<AnnotatedSentence> find(String key);

    /** Takes a fresh annotation to keep (an archive may write it later, or not at all). */
    void keep(String key, List<AnnotatedSentence> sentences);

    /** This archive for reading only: what is annotated now is not kept. */
    default AnnotationArchive readOnly() {
        AnnotationArchive read = this;
        return new AnnotationArchive() {
            @Override
            public List<AnnotatedSentence> find(String key) {
                return read.find(key);
            }

            @Override
            public void keep(String key, List<AnnotatedSentence> sentences) {
            }
        };
    }
}
