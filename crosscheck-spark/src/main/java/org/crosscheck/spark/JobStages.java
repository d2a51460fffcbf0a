package org.crosscheck.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts and times of each stage of a run, for {@code summary.json}: wall seconds, and the CPU
 * seconds of the driver's JVM, which in local mode runs every task too (on a loaded machine the
 * CPU seconds say what the stage cost when the wall time does not).
 */
final class JobStages {

    private static final OperatingSystemMXBean OS = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

    private final Map<String, long[]> stages = new LinkedHashMap<>(); // name -> {millis, records, cpu millis}
    private long started = System.nanoTime();
    private long cpuStarted = cpuNanos();

    /** Closes the stage that has run since the last call, with the records it gave. */
    void done(String stage, long records) {
        long now = System.nanoTime();
        long cpu = cpuNanos();
        stages.put(stage, new long[] {(now - started) / 1_000_000, records, (cpu - cpuStarted) / 1_000_000});
        started = now;
        cpuStarted = cpu;
    }

    private static long cpuNanos() {
        return OS == null ? 0 : Math.max(0, OS.getProcessCpuTime());
    }

    ArrayNode json(ObjectMapper mapper) {
        ArrayNode list = mapper.createArrayNode();
        stages.forEach((name, v) -> {
            ObjectNode n = list.addObject();
            n.put("stage", name);
            n.put("seconds", v[0] / 1000.0);
            n.put("records", v[1]);
            n.put("cpuSeconds", v[2] / 1000.0);
        });
        return list;
    }
}
