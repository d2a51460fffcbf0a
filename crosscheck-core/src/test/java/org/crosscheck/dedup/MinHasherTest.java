package org.crosscheck.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHasherTest {

    static final String WIRE = """
            Firefighters in Brackenford spent six hours on Tuesday fighting a blaze that destroyed a \
            furniture warehouse on Mill Lane, the county fire service said. No one was hurt, but \
            about forty workers were sent home and the road stayed closed into the evening. Chief \
            officer Dana Whitlock said the fire started near a loading bay and spread through the \
            roof. Investigators will return on Wednesday to look for the cause.""";

    private final MinHasher hasher = new MinHasher(DedupSettings.defaults());

    @Test
    void sameTextGivesSameSignatureOnEveryInstance() {
        assertThat(hasher.signature(WIRE)).containsExactly(new MinHasher(DedupSettings.defaults()).signature(WIRE));
        assertThat(hasher.signature(WIRE)).hasSize(128);
    }

    @Test
    void ignoresCaseAndPunctuation() {
        String shouted = WIRE.toUpperCase().replace(",", "").replace(".", " !");
        assertThat(MinHasher.estimateJaccard(hasher.signature(WIRE), hasher.signature(shouted))).isEqualTo(1.0);
    }

    @Test
    void copyWithFooterStaysNearAndUnrelatedTextFar() {
        double copy = MinHasher.estimateJaccard(hasher.signature(WIRE),
                hasher.signature(WIRE + " Follow the Valley Courier for more local news."));
        double unrelated = MinHasher.estimateJaccard(hasher.signature(WIRE), hasher.signature("""
                The city council of Ostrava Heights approved a new budget for its libraries on \
                Monday after a long debate about opening hours and the cost of heating old buildings."""));
        assertThat(copy).isGreaterThan(0.8);
        assertThat(unrelated).isLessThan(0.1);
    }

    @Test
    void estimateTracksTrueJaccardOfAHalfChangedText() {
        String[] words = WIRE.split(" ");
        StringBuilder half = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            half.append(i < words.length / 2 ? words[i] : "other" + i).append(' ');
        }
        double estimate = MinHasher.estimateJaccard(hasher.signature(WIRE), hasher.signature(half.toString()));
        // about half of the 5-shingles survive in the changed text: J is roughly 0.3
        assertThat(estimate).isBetween(0.15, 0.5);
    }

    @Test
    void shortTextIsOneShingle() {
        assertThat(MinHasher.estimateJaccard(hasher.signature("fire on Mill Lane"), hasher.signature("Fire on mill lane!")))
                .isEqualTo(1.0);
        assertThat(MinHasher.estimateJaccard(hasher.signature("fire on Mill Lane"), hasher.signature("fire on Mill Road")))
                .isLessThan(0.1);
    }
}
