package org.crosscheck.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The counts and times of each stage of a run, for {@code summary.json}. */
final class JobStages {

    private final Map<String, long[]> stages = new LinkedHashMap<>(); // name -> {millis, records}
    private long started = System.nanoTime();

    /** Closes the stage that has run since the last call, with the records it gave. */
    void done(String stage, long records) {
        long now = System.nanoTime();
        stages.put(stage, new long[] {(now - started) / 1_000_000, records});
        started = now;
    }

    ArrayNode json(ObjectMapper mapper) {
        ArrayNode list = mapper.createArrayNode();
        stages.forEach((name, v) -> {
            ObjectNode n = list.addObject();
            n.put("stage", name);
            n.put("seconds", v[0] / 1000.0);
            n.put("records", v[1]);
        });
        return list;
    }
}
