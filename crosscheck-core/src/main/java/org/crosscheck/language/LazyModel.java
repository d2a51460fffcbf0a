package org.crosscheck.language;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value that is costly to make (a tagger, a dictionary, a list read from the jar), made on
 * first use by one thread while others wait, then handed to every caller. Held in a static field,
 * it is loaded once per JVM.
 *
 * @param <T> the value's type
 */
public final class LazyModel<T> implements Supplier<T> {

    private final Supplier<? extends T> loader;
    private volatile T value;

    private LazyModel(Supplier<? extends T> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** A holder that calls {@code loader} once, on the first {@link #get()}; a loader that throws is tried again next time. */
    public static <T> LazyModel<T> of(Supplier<? extends T> loader) {
        return new LazyModel<>(loader);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(loader.get(), "the loader gave nothing");
                    value = v;
                }
            }
        }
        return v;
    }
}
