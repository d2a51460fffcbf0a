package org.crosscheck.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Murmur3Hash64Test {

    @Test
    void matchesReferenceVectorsOfMurmurHash3X64() {
        // h1 of MurmurHash3_x64_128 with seed 0, as the reference C++ and Python mmh3 give it
        assertThat(Murmur3Hash64.hash("hello")).isEqualTo(0xcbd8a7b341bd9b02L);
        assertThat(Murmur3Hash64.hash("")).isZero();
    }

    @Test
    void hashesLongInputsStablyAndDistinctly() {
        String a = "the warehouse fire in Brackenford burned for six hours";
        assertThat(Murmur3Hash64.hash(a)).isEqualTo(Murmur3Hash64.hash(new String(a.toCharArray())));
        assertThat(Murmur3Hash64.hash(a)).isNotEqualTo(Murmur3Hash64.hash(a + "."));
    }

    @Test
    void mixIsABijectionOnSamples() {
        assertThat(Murmur3Hash64.mix(0)).isZero();
        assertThat(Murmur3Hash64.mix(1)).isNotEqualTo(Murmur3Hash64.mix(2));
    }
}
