package org.crosscheck.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NerTagTest {

    @Test
    void theTaggersStringsBecomeTags() {
        assertThat(NerTag.of("PERSON")).isEqualTo(NerTag.PERSON);
        assertThat(NerTag.of("STATE_OR_PROVINCE")).isEqualTo(NerTag.STATE_OR_PROVINCE);
        assertThat(NerTag.of("O")).isEqualTo(NerTag.NONE);
        assertThat(NerTag.of(null)).isEqualTo(NerTag.NONE);
        assertThat(NerTag.of("SPACECRAFT")).isEqualTo(NerTag.OTHER);
    }

    @Test
    void placesAndTimesAreGroupedAsTheReadersNeedThem() {
        assertThat(NerTag.CITY.isPlace()).isTrue();
        assertThat(NerTag.LOCATION.isPlace()).isTrue();
        assertThat(NerTag.ORGANIZATION.isPlace()).isFalse();
        assertThat(NerTag.DURATION.isTemporal()).isTrue();
        assertThat(NerTag.NUMBER.isTemporal()).isFalse();
        assertThat(NerTag.NONE.isEntity()).isFalse();
        assertThat(NerTag.MISC.isEntity()).isTrue();
        assertThat(TimexType.of("SET")).isEqualTo(TimexType.SET);
    }
}
