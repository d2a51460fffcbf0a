package org.crosscheck.extract;

import java.util.List;
import org.crosscheck.time.PartialDate;

/**
 * What the head of a plain-text article said about it, and its lines without the title, byline,
 * date and site lines (each replaced by a blank line); metadata fields may be null.
 */
record TextHead(String title, String byline, PartialDate published, String site, List<String> bodyLines) {

    TextHead {
        bodyLines = List.copyOf(bodyLines);
    }
}
