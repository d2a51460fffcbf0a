package org.crosscheck.ingest;

/** An input, or a part of one, cannot be read; the message is the one-sentence reason reported. */
final class UnreadableInputException extends Exception {

    UnreadableInputException(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }

    /** The first line of a library's message, so that a reason stays one line. */
    static String firstLine(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error instanceof java.io.EOFException ? "unexpected end of file" : error.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
