package org.crosscheck.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Mozilla Readability on jsdom, run by Node.js from {@code bench/node/}: installs the pinned
 * packages when they are missing, runs {@code readability.mjs} and reads its predictions and pass
 * times back. Every way it cannot run is a {@link Skipped} with the reason.
 */
final class NodeReadability {

    /** Why the Node system did not run. */
    static final class Skipped extends Exception {
        Skipped(String reason) {
            super(reason);
        }
    }

    /** What the Node run gave: raw textContent per page id, failures, and the timed passes' seconds. */
    record Result(String name, Map<String, String> predictions, int failed, List<Double> passSeconds) {
    }

    private NodeReadability() {
    }

    static Result run(Path nodeDir, Path dataDir, Path outFile, int passes) throws Skipped {
        try {
            String version = output(nodeDir, 30, "node", "--version");
            if (!Files.isDirectory(nodeDir.resolve("node_modules/@mozilla/readability"))
                    || !Files.isDirectory(nodeDir.resolve("node_modules/jsdom"))) {
                String lock = Files.exists(nodeDir.resolve("package-lock.json")) ? "ci" : "install";
                exec(nodeDir, 600, "npm", lock, "--no-audit", "--no-fund");
            }
            exec(nodeDir, 1800, "node", "readability.mjs", dataDir.toAbsolutePath().toString(),
                    outFile.toAbsolutePath().toString(), Integer.toString(passes));
            JsonNode json = new ObjectMapper().readTree(outFile.toFile());
            Map<String, String> predictions = new HashMap<>();
            json.path("predictions").fields().forEachRemaining(e -> predictions.put(e.getKey(), e.getValue().asText("")));
            List<Double> seconds = new ArrayList<>();
            json.path("passSeconds").forEach(n -> seconds.add(n.asDouble()));
            String name = "Readability.js " + json.path("version").asText("?") + " (jsdom "
                    + json.path("jsdomVersion").asText("?") + ", node " + version.strip() + ")";
            return new Result(name, predictions, json.path("failed").asInt(), seconds);
        } catch (IOException e) {
            throw new Skipped(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Skipped("interrupted");
        }
    }

    private static void exec(Path dir, long timeoutSeconds, String... command) throws IOException, InterruptedException, Skipped {
        output(dir, timeoutSeconds, command);
    }

    /** Runs a command, returning its output; a non-zero exit or a timeout is a {@link Skipped}. */
    private static String output(Path dir, long timeoutSeconds, String... command)
            throws IOException, InterruptedException, Skipped {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new Skipped("'" + command[0] + "' not found");
        }
        p.getOutputStream().close();
        byte[] bytes = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new Skipped(String.join(" ", command) + " timed out");
        }
        String out = new String(bytes, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            String[] lines = out.strip().split("\n");
            throw new Skipped(String.join(" ", command) + " failed (exit " + p.exitValue() + "): "
                    + lines[lines.length - 1]);
        }
        return out;
    }
}
