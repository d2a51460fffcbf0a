package org.crosscheck.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * The one way a shipped model file (weights fitted by a bench command, a tagger's binary model)
 * is read from the jar: a resource beside an owner class, handed to the model's own reader. A
 * file that is missing, or that its reader cannot read (a malformed number, a weight it lacks, a
 * damaged binary), fails with one {@link IllegalStateException} whose message names the
 * resource and, for a malformed file, what was wrong with it.
 */
public final class ShippedModel {

    /** Reads a model from the bytes of its resource. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private ShippedModel() {
    }

    /** The model in {@code resourceName} beside {@code owner} (or at the classpath's root when it starts with /), read by {@code reader}. */
    public static <T> T read(Class<?> owner, String resourceName, Reader<T> reader) {
        String resource = resourceName.startsWith("/") ? resourceName.substring(1)
                : owner.getPackageName().replace('.', '/') + "/" + resourceName;
        try (InputStream in = owner.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("shipped model " + resource + " is missing from the classpath");
            }
            return reader.read(in);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw malformed(resource, e);
        } catch (IllegalStateException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("shipped model " + resource) ? e : malformed(resource, e);
        }
    }

    /** The model whose values are the {@code .properties} resource {@code resourceName} beside {@code owner}. */
    public static <T> T properties(Class<?> owner, String resourceName, Function<ResourceSettings, T> reader) {
        return read(owner, resourceName, in -> reader.apply(ResourceSettings.load(owner, resourceName)));
    }

    private static IllegalStateException malformed(String resource, Exception e) {
        return new IllegalStateException("shipped model " + resource + " cannot be read: " + e.getMessage(), e);
    }
}
