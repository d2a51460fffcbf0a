package org.crosscheck.extract;

import org.crosscheck.time.PartialDate;

/**
 * What a page's markup says about its article, before hints are applied; every field may be null.
 *
 * @param jsonLdBody the JSON-LD articleBody, for the main-text cascade
 * @param publisher  the JSON-LD publisher's name, a further name of the outlet beside {@code site}
 * @param socialHandle the {@code twitter:site} account ("@Reuters"), the last name of the outlet it offers
 */
record PageMetadata(String title, String byline, PartialDate published, String site, String url,
                    String language, String jsonLdBody, String publisher, String socialHandle) {
}
