package org.crosscheck.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crosscheck.align.AlignmentSettings;
import org.crosscheck.align.StoryMergeSettings;
import org.crosscheck.claims.ClaimSettings;
import org.crosscheck.cluster.ClusterSettings;
import org.crosscheck.dedup.DedupSettings;
import org.crosscheck.extract.ExtractionSettings;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.provenance.ProvenanceSettings;
import org.crosscheck.settings.ResourceSettings;
import org.crosscheck.verify.VerifySettings;

/**
 * A user's settings file ({@code --settings FILE}): a {@code .properties} file (UTF-8) whose keys
 * are {@code stage.key}, where {@code key} is a key of that stage's shipped resource file
 * ({@code dedup.near.duplicate.jaccard=0.9} replaces {@code near.duplicate.jaccard} of
 * {@code dedup.properties}). Only the keys a stage reads are accepted; an unknown key, a value
 * that does not parse or settings a stage refuses fail with an {@link IllegalArgumentException}
 * whose one-line message names the key and the file. A stage the file names is rebuilt from its
 * shipped values with the file's replacements; the others keep the given settings.
 */
public final class SettingsFile {

    /** A stage whose settings a file may change: its key prefix, shipped values, reader and place in the pipeline settings. */
    private record Stage(String prefix, Supplier<ResourceSettings> shipped, Function<ResourceSettings, ?> reader,
                         BiFunction<PipelineSettings, Object, PipelineSettings> place) {
    }

    private static final List<Stage> STAGES = List.of(
            new Stage("ingest", IngestLimits::shipped, IngestLimits::from, (s, v) -> s.withInput((IngestLimits) v)),
            new Stage("extract", ExtractionSettings::shipped, ExtractionSettings::from,
                    (s, v) -> s.withExtraction((ExtractionSettings) v)),
            new Stage("dedup", DedupSettings::shipped, DedupSettings::from, (s, v) -> s.withDedup((DedupSettings) v)),
            new Stage("cluster", ClusterSettings::shipped, ClusterSettings::from, (s, v) -> s.withCluster((ClusterSettings) v)),
            new Stage("provenance", ProvenanceSettings::shipped, ProvenanceSettings::from,
                    (s, v) -> s.withProvenance((ProvenanceSettings) v)),
            new Stage("claims", ClaimSettings::shipped, ClaimSettings::from, (s, v) -> s.withClaims((ClaimSettings) v)),
            new Stage("align", AlignmentSettings::shipped, AlignmentSettings::from,
                    (s, v) -> s.withAlignment((AlignmentSettings) v)),
            new Stage("verify", VerifySettings::shipped, VerifySettings::from, (s, v) -> s.withVerify((VerifySettings) v)),
            new Stage("merge", StoryMergeSettings::shipped, StoryMergeSettings::from,
                    (s, v) -> s.withStoryMerge((StoryMergeSettings) v)),
            new Stage("store", IngestSettings::shipped, IngestSettings::from, (s, v) -> s.withIngest((IngestSettings) v)));

    private SettingsFile() {
    }

    /** {@code base} with the values of the settings file {@code file} in place of the shipped ones. */
    public static PipelineSettings read(Path file, PipelineSettings base) throws IOException {
        return apply(values(file), file.toString(), base);
    }

    /** The {@code stage.key} values of the settings file {@code file}, unchecked (as {@link #apply} takes them). */
    public static Map<String, String> values(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not a properties file: " + e.getMessage(), e);
        }
        Map<String, String> values = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            values.put(key, p.getProperty(key));
        }
        return values;
    }

    /** {@code base} with the given {@code stage.key} values, which come from {@code source} (named in errors). */
    public static PipelineSettings apply(Map<String, String> values, String source, PipelineSettings base) {
        Map<String, Map<String, String>> byStage = new TreeMap<>();
        for (String key : new TreeMap<>(values).keySet()) {
            Stage stage = stageOf(key);
            if (stage == null) {
                throw unknown(key, source);
            }
            byStage.computeIfAbsent(stage.prefix(), k -> new HashMap<>())
                    .put(key.substring(stage.prefix().length() + 1), values.get(key));
        }
        PipelineSettings out = base;
        for (Stage stage : STAGES) {
            Map<String, String> replaced = byStage.get(stage.prefix());
            if (replaced == null) {
                continue;
            }
            Set<String> accepted = accepted(stage);
            for (String key : new TreeMap<>(replaced).keySet()) {
                if (!accepted.contains(key)) {
                    throw unknown(stage.prefix() + "." + key, source);
                }
            }
            Object settings;
            try {
                settings = stage.reader().apply(stage.shipped().get().with(replaced, source));
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + stage.prefix() + " settings refused: " + e.getMessage(), e);
            }
            out = stage.place().apply(out, settings);
        }
        return out;
    }

    /** Every key a settings file may set, {@code stage.key}, with its shipped value, sorted. */
    public static Map<String, String> keys() {
        Map<String, String> out = new TreeMap<>();
        for (Stage stage : STAGES) {
            ResourceSettings shipped = stage.shipped().get();
            for (String key : accepted(stage)) {
                out.put(stage.prefix() + "." + key, shipped.text(key));
            }
        }
        return out;
    }

    /** Each stage's key prefix with the class-path resource of its shipped values, in pipeline order. */
    public static Map<String, String> stageResources() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Stage stage : STAGES) {
            out.put(stage.prefix(), stage.shipped().get().resource());
        }
        return out;
    }

    /** The keys of the stage's shipped file that its reader reads. */
    private static Set<String> accepted(Stage stage) {
        ResourceSettings shipped = stage.shipped().get();
        stage.reader().apply(shipped);
        return shipped.readKeys();
    }

    private static Stage stageOf(String key) {
        for (Stage stage : STAGES) {
            if (key.startsWith(stage.prefix() + ".") && key.length() > stage.prefix().length() + 1) {
                return stage;
            }
        }
        return null;
    }

    private static IllegalArgumentException unknown(String key, String source) {
        return new IllegalArgumentException("unknown setting " + key + " in " + source);
    }
}
