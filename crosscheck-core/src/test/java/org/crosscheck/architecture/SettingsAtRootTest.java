package org.crosscheck.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Settings compose at the root: no stage reads its own shipped settings. In the main sources of
 * the core and of the app a settings-like {@code Xxx.defaults()} call ({@code XxxSettings},
 * {@code XxxLimits}, {@code XxxWindow}) appears only in {@code PipelineSettings} (the presets)
 * and in a class for itself; the command line and the server start from a preset of
 * {@code PipelineSettings}; every stage takes its settings in its constructor.
 */
class SettingsAtRootTest {

    private static final Pattern DEFAULTS_CALL = Pattern.compile("\\b([A-Z]\\w*(?:Settings|Limits|Window))\\.defaults\\(\\)");

    @Test
    void onlyThePipelineSettingsAndTheSettingsThemselvesCallDefaults() throws IOException {
        assertThat(callsOutsideTheRoot(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void theAppStartsFromThePipelineSettingsToo() throws IOException {
        assertThat(callsOutsideTheRoot(Path.of("../crosscheck-app/src/main/java"))).isEmpty();
    }

    @Test
    void theScanFindsACallInAStage() throws IOException {
        Path stage = Files.createTempDirectory("settings-scan").resolve("org/example/align");
        Files.createDirectories(stage);
        Files.writeString(stage.resolve("ClaimComparison.java"), """
                package org.example.align;
                final class ClaimComparison {
                    private final Object settings = AlignmentSettings.defaults();
                }
                """);
        Files.writeString(stage.resolve("AlignmentSettings.java"), """
                package org.example.align;
                record AlignmentSettings(double x) {
                    static AlignmentSettings defaults() { return AlignmentSettings.defaults(); }
                    static Object other() { return DedupSettings.defaults(); }
                }
                """);
        Files.writeString(stage.resolve("Opener.java"), """
                package org.example.align;
                final class Opener {
                    Object settings = PipelineSettings.defaults();
                    Object limits = IngestLimits.defaults();
                    Object window = DedupWindow.defaults();
                }
                """);
        assertThat(callsOutsideTheRoot(stage.getParent().getParent().getParent()))
                .containsExactlyInAnyOrder("org/example/align/ClaimComparison.java: AlignmentSettings.defaults()",
                        "org/example/align/AlignmentSettings.java: DedupSettings.defaults()",
                        "org/example/align/Opener.java: IngestLimits.defaults()", "org/example/align/Opener.java: DedupWindow.defaults()");
    }

    /**
     * Each call of another class's {@code defaults()} outside {@code PipelineSettings}, as "path: call";
     * {@code PipelineSettings.defaults()}, the preset, may be called anywhere.
     */
    private static List<String> callsOutsideTheRoot(Path sources) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                if (name.equals("PipelineSettings")) {
                    continue;
                }
                Matcher m = DEFAULTS_CALL.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(name) && !m.group(1).equals("PipelineSettings")) {
                        found.add(sources.relativize(file).toString().replace('\\', '/') + ": " + m.group());
                    }
                }
            }
        }
        return found;
    }
}
