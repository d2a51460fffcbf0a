package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.extract.Article;
import org.crosscheck.report.JsonReport;
import org.junit.jupiter.api.Test;

/** The store's article object keeps the outlet the extraction named, and an older object without one still gets one. */
class StoredOutletTest {

    @Test
    void theOutletNamedAtExtractionSurvivesTheStore() {
        Article a = new Article("a1", "inbox/northwind-0412.txt", null, "Pier closes", null, null, null, "en",
                "The pier closed on Monday.", "Northwind Wire");
        ObjectNode stored = JsonReport.article(a);
        assertThat(stored.get("outlet").asText()).isEqualTo("Northwind Wire");
        assertThat(StoreWriter.article(stored).outlet()).isEqualTo("Northwind Wire");
    }

    @Test
    void anObjectStoredBeforeOutletsExistedIsNamedFromItsSiteAndUrl() {
        ObjectNode older = JsonReport.article(new Article("a2", "b.html", "https://edition.harbourpost.co.uk/pier",
                "Pier closes", null, null, "harbourpost.co.uk", "en", "The pier closed on Monday."));
        older.remove("outlet");
        assertThat(StoreWriter.article(older).outlet()).isEqualTo("harbourpost.co.uk");
    }
}
