package org.crosscheck.scratch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scratch folders and {@code .part} files carry their process's id; only a dead process's are removed. */
class ScratchSpaceTest {

    @TempDir
    Path tmp;

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void removesTheFoldersAndPartFilesOfDeadProcessesOnly() throws Exception {
        long dead = deadPid();
        long live = ProcessHandle.current().pid();
        Path deadFolder = Files.createDirectories(tmp.resolve("crosscheck-stories-" + dead + "-1234/nested"));
        Files.writeString(deadFolder.resolve("_0.cfs"), "index bytes");
        Path deadUpload = Files.createDirectories(tmp.resolve("crosscheck-upload-" + dead + "-99"));
        Path liveFolder = Files.createDirectories(tmp.resolve("crosscheck-stories-" + live + "-5678"));
        Path withoutPid = Files.createDirectories(tmp.resolve("crosscheck-stories-8812734612"));
        Path someoneElses = Files.createDirectories(tmp.resolve("other-stories-" + dead + "-1"));

        Path emptyNative = Files.createDirectories(tmp.resolve("onnxruntime-java8812734612"));
        Path fullNative = Files.createDirectories(tmp.resolve("onnxruntime-java1234"));
        Files.writeString(fullNative.resolve("libonnxruntime.so"), "being loaded");
        Path freshNative = Files.createDirectories(tmp.resolve("onnxruntime-java5678"));
        for (Path p : new Path[] {emptyNative, fullNative}) {
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(600)));
        }

        assertThat(ScratchSpace.removeStale(tmp)).isEqualTo(3);

        assertThat(deadFolder.getParent()).doesNotExist();
        assertThat(deadUpload).doesNotExist();
        assertThat(liveFolder).isDirectory();
        assertThat(withoutPid).isDirectory();
        assertThat(someoneElses).isDirectory();
        assertThat(emptyNative).as("ONNX Runtime's empty folder").doesNotExist();
        assertThat(fullNative).as("one whose libraries are still there").isDirectory();
        assertThat(freshNative).as("one made a moment ago").isDirectory();

        Path target = tmp.resolve("stories.json");
        Path deadPart = Files.writeString(tmp.resolve(".stories.json." + dead + ".k3x.part"), "half");
        Path livePart = Files.writeString(tmp.resolve(".stories.json." + live + ".q7.part"), "being written");
        Path otherTarget = Files.writeString(tmp.resolve(".report.md." + dead + ".k3x.part"), "half");
        assertThat(ScratchSpace.removeStaleParts(target)).isEqualTo(1);
        assertThat(deadPart).doesNotExist();
        assertThat(livePart).exists();
        assertThat(otherTarget).exists();
    }

    @Test
    void foldersAreNamedWithThisProcessAndDeletedWhole() throws Exception {
        Path folder = ScratchSpace.folder("stories");
        try {
            assertThat(folder.getFileName().toString()).startsWith("crosscheck-stories-" + ProcessHandle.current().pid() + "-");
            Files.writeString(Files.createDirectories(folder.resolve("a/b")).resolve("c"), "x");
            ScratchSpace.removeStale(folder.getParent());
            assertThat(folder).as("a live process's folder stays").isDirectory();
        } finally {
            ScratchSpace.delete(folder);
        }
        assertThat(folder).doesNotExist();
        assertThat(ScratchSpace.partName(Path.of("/x/out.json"), 35)).isEqualTo(".out.json." + ProcessHandle.current().pid() + ".z.part");
    }
}
