package org.crosscheck.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The values of one {@code .properties} resource beside an owner class, read as UTF-8. Every
 * value is stripped of surrounding white space; a missing key or a malformed number fails with
 * an {@link IllegalStateException} that names the resource and the key. Immutable.
 */
public final class ResourceSettings {

    private final String resource;
    private final Map<String, String> values;
    /** The keys asked for so far: the values are fixed, this only records which of them a reader used. */
    private final Set<String> read = ConcurrentHashMap.newKeySet();

    private ResourceSettings(String resource, Map<String, String> values) {
        this.resource = resource;
        this.values = values;
    }

    /**
     * These values with some replaced, from {@code source} (a user's settings file): each key of
     * {@code replacements} must be a key of this resource, else an {@link IllegalArgumentException}
     * names the key and the source.
     */
    public ResourceSettings with(Map<String, String> replacements, String source) {
        Map<String, String> merged = new HashMap<>(values);
        replacements.forEach((key, value) -> {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("unknown setting " + key + " in " + source);
            }
            merged.put(key, value.strip());
        });
        return new ResourceSettings(source + " over " + resource, Map.copyOf(merged));
    }

    /** Where the values come from: the resource path, or a settings file over it. */
    public String resource() {
        return resource;
    }

    /** The keys read so far (by {@link #text}, {@link #integer}, {@link #decimal}), sorted. */
    public Set<String> readKeys() {
        return new TreeSet<>(read);
    }

    /** The settings in {@code resourceName}, looked up beside {@code owner} (its package folder). */
    public static ResourceSettings load(Class<?> owner, String resourceName) {
        String resource = path(owner, resourceName);
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(open(owner, resourceName), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, String> values = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            values.put(key, p.getProperty(key).strip());
        }
        return new ResourceSettings(resource, Map.copyOf(values));
    }

    /**
     * The entries of the word list {@code resourceName} beside {@code owner}, in file order: one
     * entry a line, stripped, blank lines and lines starting with {@code #} left out. Case is kept.
     */
    public static List<String> wordList(Class<?> owner, String resourceName) {
        try (InputStream in = open(owner, resourceName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path(owner, resourceName), e);
        }
    }

    /** The value of {@code key}, stripped. */
    public String text(String key) {
        String value = values.get(Objects.requireNonNull(key, "key"));
        read.add(key);
        if (value == null) {
            throw new IllegalStateException(resource + " lacks the key " + key);
        }
        return value;
    }

    /** The value of {@code key} as {@code true} or {@code false} (any case); anything else fails. */
    public boolean bool(String key) {
        String value = text(key);
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalStateException(resource + ": " + key + " is not true or false: '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    /** The value of {@code key} as a whole number. */
    public int integer(String key) {
        return number(key, "a whole number", Integer::valueOf);
    }

    /** The value of {@code key} as a decimal number. */
    public double decimal(String key) {
        return number(key, "a decimal number", Double::valueOf);
    }

    /** Every key starting with {@code prefix}, without the prefix, with its value. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new HashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return Map.copyOf(out);
    }

    private <T> T number(String key, String kind, Function<String, T> parse) {
        String value = text(key);
        try {
            return parse.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + ": " + key + " is not " + kind + ": '" + value + "'", e);
        }
    }

    private static InputStream open(Class<?> owner, String resourceName) {
        InputStream in = owner.getResourceAsStream(resourceName);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path(owner, resourceName));
        }
        return in;
    }

    private static String path(Class<?> owner, String resourceName) {
        return owner.getPackageName().replace('.', '/') + "/" + resourceName;
    }
}
