/**
 * Benchmarks, never shipped: takes a benchmark split read in place (the extraction split's
 * {@code ground-truth.json} and gzipped pages), runs crosscheck's extractor beside anchor
 * extractors (Readability4J, boilerpipe, a jsoup body-text baseline, Mozilla Readability on
 * Node) and gives their scores under the benchmark's own metric and their speed on one thread.
 * It must never copy benchmark data into the repository, never be a dependency of
 * crosscheck-core, and never tune anything to the pages it measures.
 */
package org.crosscheck.bench.extraction;
