package org.crosscheck.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WitnessGroupsTest {

    private static ReuseLink link(String from, String to) {
        return new ReuseLink(from, to, ReuseKind.REWRITE, 0.8);
    }

    @Test
    void aChainOfReuseIsOneWitnessNamedByItsSmallestId() {
        WitnessGroups groups = WitnessGroups.of(List.of("d", "c", "b", "a", "e"), List.of(link("d", "c"), link("c", "b")));
        assertThat(groups.groupOf("b")).isEqualTo("b");
        assertThat(groups.groupOf("c")).isEqualTo("b");
        assertThat(groups.groupOf("d")).isEqualTo("b");
        assertThat(groups.groupOf("a")).isEqualTo("a");
        assertThat(groups.countIndependent(List.of("a", "b", "c", "d", "e"))).isEqualTo(3);
    }

    @Test
    void groupsDoNotDependOnLinkOrder() {
        List<ReuseLink> links = List.of(link("x", "y"), link("z", "y"), link("w", "v"));
        WitnessGroups forward = WitnessGroups.of(List.of("v", "w", "x", "y", "z"), links);
        WitnessGroups backward = WitnessGroups.of(List.of("z", "y", "x", "w", "v"), List.of(links.get(2), links.get(1), links.get(0)));
        for (String id : List.of("v", "w", "x", "y", "z")) {
            assertThat(forward.groupOf(id)).isEqualTo(backward.groupOf(id));
        }
        assertThat(forward.groupOf("z")).isEqualTo("x");
    }

    @Test
    void anArticleNeverLinkedOrUnknownIsItsOwnWitness() {
        WitnessGroups groups = WitnessGroups.of(List.of("a", "b"), List.of());
        assertThat(groups.groupOf("a")).isEqualTo("a");
        assertThat(groups.groupOf("unknown")).isEqualTo("unknown");
        assertThat(groups.countIndependent(List.of("a", "b", "a"))).isEqualTo(2);
    }
}
