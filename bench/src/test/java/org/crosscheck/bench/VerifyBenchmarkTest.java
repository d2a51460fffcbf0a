package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.verify.SentenceVerdict;
import org.crosscheck.verify.Verdict;
import org.crosscheck.verify.VerifyResult;
import org.junit.jupiter.api.Test;

class VerifyBenchmarkTest {

    private static SentenceVerdict sentence(Verdict v, List<String> facts, List<String> words) {
        return new SentenceVerdict("s", v, List.of(), facts, words);
    }

    @Test
    void theWordThresholdIsAppliedAsTheVerifierWould() {
        VerifyResult twoWords = new VerifyResult("x", Verdict.SUPPORTED,
                List.of(sentence(Verdict.SUPPORTED, List.of(), List.of("splattered", "pathway"))));
        assertThat(VerifyBenchmark.verdict(twoWords, 2)).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(VerifyBenchmark.verdict(twoWords, 3)).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void aNameNoSourceStatesOrAConflictDecideWhateverTheThreshold() {
        VerifyResult name = new VerifyResult("x", Verdict.SUPPORTED,
                List.of(sentence(Verdict.SUPPORTED, List.of("Qom"), List.of())));
        assertThat(VerifyBenchmark.verdict(name, 6)).isEqualTo(Verdict.UNSUPPORTED);
        VerifyResult conflict = new VerifyResult("x", Verdict.CONFLICTING, List.of(
                sentence(Verdict.SUPPORTED, List.of("Qom"), List.of()), sentence(Verdict.CONFLICTING, List.of(), List.of())));
        assertThat(VerifyBenchmark.verdict(conflict, 6)).isEqualTo(Verdict.CONFLICTING);
    }
}
