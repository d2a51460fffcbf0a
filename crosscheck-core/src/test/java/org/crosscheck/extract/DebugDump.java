package org.crosscheck.extract;

import org.junit.jupiter.api.Test;

class DebugDump {
    @Test
    void dump() {
        System.out.println("=== HTML\n" + Fixtures.extract(Fixtures.html(Fixtures.resource("furniture-page.html"))));
        System.out.println("=== TEXT\n" + Fixtures.extract(Fixtures.text(Fixtures.resource("furniture-article.txt"))));
    }
}
