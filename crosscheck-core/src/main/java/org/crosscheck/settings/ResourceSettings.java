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
import java.util.function.Function;

/**
 * The values of one {@code .properties} resource beside an owner class, read as UTF-8. Every
 * value is stripped of surrounding white space; a missing key or a malformed number fails with
 * an {@link IllegalStateException} that names the resource and the key. Immutable.
 */
public final class ResourceSettings {

    private final String resource;
    private final Map<String, String> values;

    private ResourceSettings(String resource, Map<String, String> values) {
        this.resource = resource;
        this.values = values;
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
        if (value == null) {
            throw new IllegalStateException(resource + " lacks the key " + key);
        }
        return value;
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
