package org.crosscheck.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.extract.Article;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

    private final Fingerprinter fingerprinter = new Fingerprinter(DedupSettings.defaults());

    private Fingerprint print(String id, String text) {
        return fingerprinter.fingerprint(new Article(id, id + ".txt", null, null, null, null, null, "en", text));
    }

    @Test
    void findsExactAndNearCopiesButNotOtherTexts() {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults());
        assertThat(index.add(print("wire", MinHasherTest.WIRE))).isEmpty();
        assertThat(index.add(print("other", """
                A cycling club in Tarnwick raised money for a new bridge over the canal after the old \
                wooden one was closed for repairs last spring, its treasurer Ivo Mends said."""))).isEmpty();

        var exact = index.add(print("exact", MinHasherTest.WIRE.replace(",", " ,").toUpperCase()));
        assertThat(exact).singleElement().satisfies(d -> {
            assertThat(d.earlierId()).isEqualTo("wire");
            assertThat(d.exact()).isTrue();
        });

        var near = index.add(print("near", MinHasherTest.WIRE + " Copyright Valley Courier, all rights reserved."));
        assertThat(near).extracting(NearDuplicate::earlierId).containsExactly("exact", "wire");
        assertThat(near).allSatisfy(d -> assertThat(d.exact()).isFalse());
    }

    @Test
    void textHashIgnoresFormattingButNotWords() {
        Fingerprint a = print("a", MinHasherTest.WIRE);
        assertThat(print("b", MinHasherTest.WIRE.replace("\n", "  ")).textHash()).isEqualTo(a.textHash());
        assertThat(print("c", MinHasherTest.WIRE.replace("six", "seven")).textHash()).isNotEqualTo(a.textHash());
    }
}
