package org.crosscheck.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.crosscheck.language.AnnotatedSentence;

/**
 * The store's archive of sentence annotations (the second level of the annotator's cache, through
 * {@code pipeline.StoreAnnotations}): the sentences an ingest
 * annotated (CoreNLP's tokens, lemmas, tags, names, dates and dependencies), kept in the
 * {@code sentence_annotations} table as deflated JSON under a SHA-256 of the annotator's key, so
 * that checking a statement against stored articles reads them instead of annotating them again.
 * Fresh annotations wait in memory (at most {@link #MAX_WAITING}) until the ingest writes its
 * batch ({@link StoreWriter#keepAnnotations}); an archive is a cache, so a row that cannot be read
 * (an older build's form, or a store without the table) is a miss, never an error.
 */
public final class SentenceAnnotations {

    /** The most fresh annotations held for the next batch; past it, the newest are not kept. */
    static final int MAX_WAITING = 50_000;
    /**
     * The records' fields as they are (no derived getters such as {@code Token.isVerb}), read back
     * through their constructors; a field missing or unknown (another build's form) makes a miss.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();
    private static final TypeReference<List<AnnotatedSentence>> SENTENCES = new TypeReference<>() {
    };

    private final SqliteStore store;
    private final Map<String, byte[]> waiting = new LinkedHashMap<>();

    SentenceAnnotations(SqliteStore store) {
        this.store = store;
    }

    /** The sentences kept for the annotator's key, or null when none are (or they cannot be read). */
    public List<AnnotatedSentence> find(String key) {
        String hash = hash(key);
        synchronized (waiting) {
            byte[] body = waiting.get(hash);
            if (body != null) {
                return decode(body);
            }
        }
        try {
            return store.read(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT body FROM sentence_annotations WHERE key = ?")) {
                    s.setString(1, hash);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next() ? decode(r.getBytes(1)) : null;
                    }
                }
            });
        } catch (IllegalStateException e) { // no such table in a store written before it, opened read-only
            return null;
        }
    }

    /** Takes a fresh annotation, to be written with the ingest's next batch ({@link StoreWriter#keepAnnotations}). */
    public void keep(String key, List<AnnotatedSentence> sentences) {
        byte[] body = encode(sentences);
        synchronized (waiting) {
            if (waiting.size() < MAX_WAITING) {
                waiting.put(hash(key), body);
            }
        }
    }

    /** The annotations waiting to be written, by key hash; they wait no more. */
    Map<String, byte[]> drain() {
        synchronized (waiting) {
            Map<String, byte[]> out = new LinkedHashMap<>(waiting);
            waiting.clear();
            return out;
        }
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] encode(List<AnnotatedSentence> sentences) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(out, deflater)) {
            JSON.writeValue(deflated, sentences);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end(); // a deflater of its own is not ended by the stream
        }
        return out.toByteArray();
    }

    /** The sentences of a row, or null when it cannot be read. */
    static List<AnnotatedSentence> decode(byte[] body) {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(body))) {
            return List.copyOf(JSON.readValue(in, SENTENCES));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
