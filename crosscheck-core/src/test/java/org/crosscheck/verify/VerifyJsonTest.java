package org.crosscheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.crosscheck.align.ConflictKind;
import org.junit.jupiter.api.Test;

class VerifyJsonTest {

    @Test
    void writesTheInterfaceFields() {
        Evidence conflict = new Evidence("a", "The ferry carried 240 passengers.", 10, 43, Evidence.Relation.CONFLICTS,
                ConflictKind.NUMBER, "the number of passengers: 420 in the statement, 240 in the source", 0.91234);
        Evidence support = new Evidence("b", "Crews went back to work.", 0, 24, Evidence.Relation.SUPPORTS, null, null, 0.8);
        VerifyResult result = new VerifyResult("j1", Verdict.CONFLICTING, List.of(
                new SentenceVerdict("The ferry carried 420 passengers.", Verdict.CONFLICTING, List.of(conflict), List.of(), List.of()),
                new SentenceVerdict("Crews returned to work.", Verdict.SUPPORTED, List.of(support), List.of(), List.of("returned"))));
        JsonNode json = VerifyJson.of(result);
        assertThat(json.get("id").asText()).isEqualTo("j1");
        assertThat(json.get("verdict").asText()).isEqualTo("conflicting");
        JsonNode first = json.get("sentences").get(0);
        assertThat(first.get("verdict").asText()).isEqualTo("conflicting");
        JsonNode e = first.get("evidence").get(0);
        assertThat(e.get("articleId").asText()).isEqualTo("a");
        assertThat(e.get("start").asInt()).isEqualTo(10);
        assertThat(e.get("end").asInt()).isEqualTo(43);
        assertThat(e.get("relation").asText()).isEqualTo("conflicts");
        assertThat(e.get("kind").asText()).isEqualTo("number");
        assertThat(e.get("similarity").asDouble()).isEqualTo(0.912);
        JsonNode second = json.get("sentences").get(1);
        assertThat(second.get("evidence").get(0).has("kind")).isFalse();
        assertThat(second.get("evidence").get(0).get("relation").asText()).isEqualTo("supports");
        assertThat(second.get("unstated").get(0).asText()).isEqualTo("returned");
    }

    @Test
    void theStatementsVerdictFollowsItsSentences() {
        assertThat(Verdict.of(List.of(Verdict.SUPPORTED, Verdict.UNSUPPORTED))).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(Verdict.of(List.of(Verdict.UNSUPPORTED, Verdict.CONFLICTING, Verdict.SUPPORTED))).isEqualTo(Verdict.CONFLICTING);
        assertThat(Verdict.of(List.of(Verdict.SUPPORTED, Verdict.SUPPORTED))).isEqualTo(Verdict.SUPPORTED);
    }
}
