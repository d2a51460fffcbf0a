package org.crosscheck.pipeline;

import java.util.Objects;
import org.crosscheck.align.AlignmentSettings;
import org.crosscheck.align.StoryMergeSettings;
import org.crosscheck.claims.ClaimSettings;
import org.crosscheck.cluster.ClusterSettings;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.extract.ExtractionSettings;
import org.crosscheck.extract.OutletDirectory;
import org.crosscheck.ingest.IngestLimits;
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
 * @param input      the limits inputs are read under ({@code ingest.*})
 * @param extraction main-text extraction ({@code extract.*})
 * @param dedup      near-duplicate fingerprints ({@code dedup.*}), read by provenance and ingest
 * @param cluster    story clustering ({@code cluster.*}), including whether embeddings join stories
 * @param provenance reuse links between a story's articles ({@code provenance.*})
 * @param claims     how much of each article the claims stage reads ({@code claims.*})
 * @param alignment  claim groups and conflicts ({@code align.*}), also read by verify's claim comparison
 * @param verify     statement verification ({@code verify.*})
 * @param storyMerge the merging of stories that tell one event ({@code merge.*})
 * @param ingest     how an ingest into a store runs ({@code store.*})
 * @param models     the learned model each stage decides with ({@link StageModels#shipped()} in the presets)
 */
public record PipelineSettings(int threads, OutletDirectory outlets, IngestLimits input, ExtractionSettings extraction,
                               DedupSettings dedup, ClusterSettings cluster, ProvenanceSettings provenance,
                               ClaimSettings claims, AlignmentSettings alignment, VerifySettings verify, StoryMergeSettings storyMerge,
                               IngestSettings ingest, StageModels models) {

    public PipelineSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        Objects.requireNonNull(outlets, "outlets");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(dedup, "dedup");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(verify, "verify");
        Objects.requireNonNull(storyMerge, "storyMerge");
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(models, "models");
    }

    /** The shipped settings of every stage, without an outlet directory. */
    public PipelineSettings(int threads) {
        this(threads, OutletDirectory.EMPTY, IngestLimits.defaults(), ExtractionSettings.defaults(), DedupSettings.defaults(),
                ClusterSettings.defaults(), ProvenanceSettings.defaults(), ClaimSettings.defaults(), AlignmentSettings.defaults(),
                VerifySettings.defaults(), StoryMergeSettings.defaults(), IngestSettings.defaults(), StageModels.shipped());
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
        return new PipelineSettings(count, outlets, input, extraction, dedup, cluster, provenance, claims, alignment, verify, storyMerge, ingest, models);
    }

    /** The same settings with the user's outlet directory. */
    public PipelineSettings withOutlets(OutletDirectory directory) {
        return new PipelineSettings(threads, directory, input, extraction, dedup, cluster, provenance, claims, alignment, verify, storyMerge, ingest, models);
    }

    /** The same settings with clustering that does not use embeddings. */
    public PipelineSettings withoutEmbeddings() {
        return withCluster(cluster.withEmbeddings(false));
    }

    public PipelineSettings withExtraction(ExtractionSettings settings) {
        return new PipelineSettings(threads, outlets, input, settings, dedup, cluster, provenance, claims, alignment, verify, storyMerge, ingest, models);
    }

    public PipelineSettings withDedup(DedupSettings settings) {
        return new PipelineSettings(threads, outlets, input, extraction, settings, cluster, provenance, claims, alignment, verify, storyMerge, ingest, models);
    }

    public PipelineSettings withCluster(ClusterSettings settings) {
        return new PipelineSettings(threads, outlets, input, extraction, dedup, settings, provenance, claims, alignment, verify, storyMerge, ingest, models);
    }

    public PipelineSettings withProvenance(ProvenanceSettings settings) {
        return new PipelineSettings(threads, outlets, input, extraction, dedup, cluster, settings, claims, alignment, verify, storyMerge, ingest, models);
    }

    public PipelineSettings withClaims(ClaimSettings settings) {
        return new PipelineSettings(threads, outlets, input, extraction, dedup, cluster, provenance, settings, alignment, verify, storyMerge, ingest, models);
    }

    public PipelineSettings withAlignment(AlignmentSettings settings) {
        return new PipelineSettings(threads, outlets, input, extraction, dedup, cluster, provenance, claims, settings, verify, storyMerge, ingest, models);
    }

    public PipelineSettings withStoryMerge(StoryMergeSettings settings) {
        return new PipelineSettings(threads, outlets, input, extraction, dedup, cluster, provenance, claims, alignment, verify, settings, ingest, models);
    }

    public PipelineSettings withInput(IngestLimits limits) {
        return new PipelineSettings(threads, outlets, limits, extraction, dedup, cluster, provenance, claims, alignment, verify, storyMerge, ingest, models);
    }

    public PipelineSettings withIngest(IngestSettings settings) {
        return new PipelineSettings(threads, outlets, input, extraction, dedup, cluster, provenance, claims, alignment, verify, storyMerge, settings, models);
    }

    /** The same settings with other models for the stages. */
    public PipelineSettings withModels(StageModels stageModels) {
        return new PipelineSettings(threads, outlets, input, extraction, dedup, cluster, provenance, claims, alignment, verify, storyMerge, ingest,
                stageModels);
    }

    public PipelineSettings withVerify(VerifySettings settings) {
        return new PipelineSettings(threads, outlets, input, extraction, dedup, cluster, provenance, claims, alignment, settings, storyMerge, ingest, models);
    }
}
