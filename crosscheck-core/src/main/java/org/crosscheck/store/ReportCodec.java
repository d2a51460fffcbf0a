package org.crosscheck.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.crosscheck.report.StoryReport;
import org.crosscheck.time.PartialDate;

/**
 * How the store keeps a {@link StoryReport} in its {@code stories.json} column: the record itself,
 * every component by its name (Jackson's record binding), a {@link PartialDate} as its ISO text.
 * This is the store's own form, read back into the same record; the story object of the public
 * interface is written from the record by the report and the server, never kept here. A job that
 * analyses stories elsewhere ({@code crosscheck spark}) writes its reports in this form for
 * {@code ingest --from}.
 */
public final class ReportCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SimpleModule("partial-dates")
            .addSerializer(PartialDate.class, new JsonSerializer<>() {
                @Override
                public void serialize(PartialDate date, JsonGenerator out, SerializerProvider provider) throws IOException {
                    out.writeString(date.toString());
                }
            })
            .addDeserializer(PartialDate.class, new JsonDeserializer<>() {
                @Override
                public PartialDate deserialize(JsonParser in, DeserializationContext context) throws IOException {
                    String text = in.getValueAsString();
                    return PartialDate.parseIso(text).orElseThrow(() -> new IOException("not a date: " + text));
                }
            }));

    private ReportCodec() {
    }

    /** The report in the store's form, one line of JSON. */
    public static String write(StoryReport report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write story " + report.id(), e);
        }
    }

    /** The report written by {@link #write}. */
    public static StoryReport read(String json) throws IOException {
        return MAPPER.readValue(json, StoryReport.class);
    }
}
