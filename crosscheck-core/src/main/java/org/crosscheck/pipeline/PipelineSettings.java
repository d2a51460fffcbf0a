package org.crosscheck.pipeline;

import java.util.Objects;
import org.crosscheck.align.AlignmentSettings;
import org.crosscheck.cluster.ClusterSettings;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.extract.ExtractionSettings;
import org.crosscheck.extract.OutletDirectory;
import org.crosscheck.provenance.ProvenanceSettings;
import org.crosscheck.verify.VerifySettings;

/**
 * How the pipeline is put together: the one place where the stages' settings are gathered, each
 * stage taking its own in its constructor. Named presets ({@link #defaults()}, {@link #fast()})
 * start from the shipped resource files; a user's settings file replaces single values
 * ({@link SettingsFile}).
 *
 * @param threads    worker threads for the per-story stages
 * @param outlets    the user's outlet names (an {@code --outlets} file), consulted first when naming outlets
 * @param extraction main-text extraction ({@code extract.*})
 * @param dedup      near-duplicate fingerprints ({@code dedup.*}), read by provenance and ingest
 * @param cluster    story clustering ({@code cluster.*}), including whether embeddings join stories
 * @param provenance reuse links between a story's articles ({@code provenance.*})
 * @param alignment  claim groups and conflicts ({@code align.*}), also read by verify's claim comparison
 * @param verify     statement verification ({@code verify.*})
 */
public record PipelineSettings(int threads, OutletDirectory outlets, ExtractionSettings extraction, DedupSettings dedup,
                               ClusterSettings cluster, ProvenanceSettings provenance, AlignmentSettings alignment,
                               VerifySettings verify) {

    public PipelineSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        Objects.requireNonNull(outlets, "outlets");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(dedup, "dedup");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(verify, "verify");
    }

    /** The shipped settings of every stage, without an outlet directory. */
    public PipelineSettings(int threads) {
        this(threads, OutletDirectory.EMPTY, ExtractionSettings.defaults(), DedupSettings.defaults(),
                ClusterSettings.defaults(), ProvenanceSettings.defaults(), AlignmentSettings.defaults(),
                VerifySettings.defaults());
    }

    /** The shipped settings of every stage, one thread per available processor. */
    public static PipelineSettings defaults() {
        return new PipelineSettings(Runtime.getRuntime().availableProcessors());
    }

    /**
     * The shipped settings but stories joined on words and names alone: the MiniLM model is never
     * loaded for clustering (the {@code --no-embeddings} of {@code analyze} and {@code ingest}).
     */
    public static PipelineSettings fast() {
        return defaults().withoutEmbeddings();
    }

    /** The same settings on {@code count} threads. */
    public PipelineSettings withThreads(int count) {
        return new PipelineSettings(count, outlets, extraction, dedup, cluster, provenance, alignment, verify);
    }

    /** The same settings with the user's outlet directory. */
    public PipelineSettings withOutlets(OutletDirectory directory) {
        return new PipelineSettings(threads, directory, extraction, dedup, cluster, provenance, alignment, verify);
    }

    /** The same settings with clustering that does not use embeddings. */
    public PipelineSettings withoutEmbeddings() {
        return withCluster(cluster.withEmbeddings(false));
    }

    public PipelineSettings withExtraction(ExtractionSettings settings) {
        return new PipelineSettings(threads, outlets, settings, dedup, cluster, provenance, alignment, verify);
    }

    public PipelineSettings withDedup(DedupSettings settings) {
        return new PipelineSettings(threads, outlets, extraction, settings, cluster, provenance, alignment, verify);
    }

    public PipelineSettings withCluster(ClusterSettings settings) {
        return new PipelineSettings(threads, outlets, extraction, dedup, settings, provenance, alignment, verify);
    }

    public PipelineSettings withProvenance(ProvenanceSettings settings) {
        return new PipelineSettings(threads, outlets, extraction, dedup, cluster, settings, alignment, verify);
    }

    public PipelineSettings withAlignment(AlignmentSettings settings) {
        return new PipelineSettings(threads, outlets, extraction, dedup, cluster, provenance, settings, verify);
    }

    public PipelineSettings withVerify(VerifySettings settings) {
        return new PipelineSettings(threads, outlets, extraction, dedup, cluster, provenance, alignment, settings);
    }
}
