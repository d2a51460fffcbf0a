package org.crosscheck.extract;

/** A document from which no article could be extracted; the message is the one-line reason. */
public final class ExtractionException extends Exception {

    public ExtractionException(String reason) {
        super(reason);
    }
}
