/**
 * Language: the NLP adapters every stage shares (OpenNLP sentence splitting, CoreNLP
 * annotation, sentence embeddings, WordNet word relations), each behind a small class or
 * interface that takes plain text and gives plain records ({@link org.crosscheck.language.TextSpan},
 * {@link org.crosscheck.language.AnnotatedSentence}, vectors, yes/no answers) whose offsets index
 * into the text passed in. Heavy models load once per JVM into a lazily created shared instance.
 * It must never let a library's own data structures (CoreNLP's {@code Annotation} map, OpenNLP
 * spans) leave the adapter, and it must never hold stage logic: what a claim or a story is gets
 * decided elsewhere.
 */
package org.crosscheck.language;
