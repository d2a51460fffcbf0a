package org.crosscheck.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Derives the stable id of a document whose container gives none: the first 16 hex characters
 * of SHA-256 over {@code fileName + "#" + recordKey + "\n" + body}, where {@code fileName} is
 * the file's name without its directories and without a trailing {@code .gz} ({@code -} for
 * standard input), {@code recordKey} is the record number inside the file (empty for a file
 * that holds one document) and {@code body} is the decoded body. The absolute path is left out
 * on purpose: it differs between machines, and the same bytes must give the same id everywhere.
 */
final class ArticleIds {

    private ArticleIds() {
    }

    static String derive(String fileName, String recordKey, String body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((fileName + "#" + recordKey + "\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
