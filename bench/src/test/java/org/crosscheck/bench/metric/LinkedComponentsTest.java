package org.crosscheck.bench.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LinkedComponentsTest {

    @Test
    void itemsLinkedDirectlyOrThroughOthersShareTheSmallestIndexAsLabel() {
        LinkedComponents c = new LinkedComponents(6);
        c.link(4, 2);
        c.link(5, 4);
        c.link(3, 1);

        assertThat(IntStream.range(0, 6).mapToObj(c::label)).containsExactly("0", "1", "2", "1", "2", "2");
        c.link(3, 5); // joins the two chains: 1 is now the smallest of both
        assertThat(IntStream.range(0, 6).mapToObj(c::label)).containsExactly("0", "1", "1", "1", "1", "1");
    }
}
