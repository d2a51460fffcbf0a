package org.crosscheck.extract;

import java.util.List;
import org.crosscheck.time.PartialDate;

/**
 * What the head of a plain-text article said about it, and its lines without the title, byline,
 * date and site lines (each replaced by a blank line); metadata fields may be null. {@code bylineOutlet}
 * is the outlet a byline line names after its author ("By Ana Ruiz, Northgate Herald").
 */
record TextHead(String title, String byline, PartialDate published, String site, String bylineOutlet,
                List<String> bodyLines) {

    TextHead {
        bodyLines = List.copyOf(bodyLines);
    }
}
