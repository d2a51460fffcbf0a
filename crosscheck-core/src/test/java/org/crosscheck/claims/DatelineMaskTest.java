package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineMaskTest {

    @Test
    void blanksWireDatelinesAndCaptionTagsKeepingOffsets() {
        String text = "TARNSBY (AP) \u2014 The bridge closed.\n\nKESTREL BAY, Northland - Crews left.\n\nFILE - A lorry.";
        String masked = DatelineMask.mask(text);
        assertThat(masked).hasSameSizeAs(text);
        assertThat(masked.strip()).startsWith("The bridge closed.");
        assertThat(masked).contains("\n\n" + " ".repeat("KESTREL BAY, Northland - ".length()) + "Crews left.");
        assertThat(masked).endsWith(" ".repeat("FILE - ".length()) + "A lorry.");
    }

    @Test
    void leavesOrdinarySentencesAlone() {
        String text = "NTSB inspectors arrived on Friday - two days late.\n\nThe Mayor spoke.";
        assertThat(DatelineMask.mask(text)).isEqualTo(text);
    }
}
