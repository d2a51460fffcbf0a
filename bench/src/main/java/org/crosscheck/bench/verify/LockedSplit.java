package org.crosscheck.bench.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The articles set aside as a locked test split: those whose
 * {@code sha256("crosscheck-locked:" + id)} sorts first, in hex. They are never used for
 * features, training or thresholds; only the final model is scored on them.
 */
public final class LockedSplit {

    private LockedSplit() {
    }

    /** The {@code count} locked ids among {@code ids}. */
    public static Set<String> of(Iterable<String> ids, int count) {
        TreeSet<String> all = new TreeSet<>(Comparator.comparing(LockedSplit::key).thenComparing(Comparator.naturalOrder()));
        ids.forEach(all::add);
        return Set.copyOf(List.copyOf(all).subList(0, Math.min(count, all.size())));
    }

    static String key(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("crosscheck-locked:" + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
