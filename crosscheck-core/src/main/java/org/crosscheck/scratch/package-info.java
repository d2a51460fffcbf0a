/**
 * Temporary files and folders a run makes outside its results: index files of the story
 * clusterer, request bodies of the server, {@code -o} results before they are moved into place.
 * Each name carries the process id, so whatever a process left behind when it was killed is
 * removed by the next run once that process is gone, never while it lives; what is still there
 * when the JVM exits normally or on SIGTERM is removed by one shutdown hook.
 */
package org.crosscheck.scratch;
