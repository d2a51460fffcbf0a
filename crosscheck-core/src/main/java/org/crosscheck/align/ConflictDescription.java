package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Claim;

/**
 * One sentence saying what outlets disagree on, built from the claim's slots and the sides:
 * "Outlets disagree on the date (the Kessler bridge / close): 2024-03-04 (2 articles) vs
 * 2024-03-05 (1 article)." The verb is shown as its lemma; nothing is invented.
 */
final class ConflictDescription {

    private ConflictDescription() {
    }

    static String of(Finding finding, Claim example, List<ConflictSide> sides) {
        List<String> slots = new ArrayList<>();
        String aspect = finding.aspect();
        if (example.actor() != null && !aspect.equals("actor")) {
            slots.add(example.actor());
        }
        if (example.action() != null && !aspect.equals("action")) {
            slots.add(example.action());
        }
        if (example.object() != null && !aspect.equals("object")) {
            slots.add(example.object());
        }
        // a slot that already holds a disputed value ("12 people") would only repeat one side
        slots.removeIf(slot -> sides.stream().anyMatch(side -> slot.contains(side.value().split(" ")[0])));
        StringBuilder sb = new StringBuilder("Outlets disagree on ").append(finding.topic());
        if (!slots.isEmpty()) {
            sb.append(" (").append(String.join(" / ", slots)).append(')');
        }
        sb.append(": ");
        for (int i = 0; i < sides.size(); i++) {
            if (i > 0) {
                sb.append(" vs ");
            }
            int n = sides.get(i).articleIds().size();
            sb.append(sides.get(i).value()).append(" (").append(n).append(n == 1 ? " article)" : " articles)");
        }
        return sb.append('.').toString();
    }
}
