package org.crosscheck.pipeline;

/** Hears how far long work has got. The CLI shows it on standard error; tests ignore it. */
public interface Progress {

    Progress NONE = (stage, done, total) -> { };

    /**
     * @param stage what is being done ("extract", "claims")
     * @param done  units finished so far
     * @param total units in all, or -1 when unknown
     */
    void update(String stage, long done, long total);
}
