package org.crosscheck.align;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

/** Ids that depend only on what they name: a prefix and a hash of the sorted member ids. */
final class StableIds {

    private StableIds() {
    }

    static String of(String prefix, String salt, Collection<String> memberIds) {
        String joined = salt + "\n" + String.join("\n", new TreeSet<>(memberIds));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
