package org.crosscheck.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;

/**
 * Small made-up articles for the store's tests: topic {@code t} is one news event (a made-up
 * place, a structure, what happened to it and a spokesperson); article {@code n} of it is one
 * outlet's report, worded a little differently. No text here comes from anywhere else.
 */
final class GeneratedArticles {

    private static final String[] PLACE_HEAD = {"Vel", "Ost", "Kar", "Brin", "Tam", "Hol", "Sker", "Dun"};
    private static final String[] PLACE_TAIL = {"mar", "wick", "ford", "haven", "by", "stead", "mouth", "gate"};
    private static final String[] THINGS = {"bridge", "ferry", "reservoir", "stadium", "library", "hospital", "tunnel",
        "railway", "market", "lighthouse"};
    private static final String[] EVENTS = {"collapsed", "flooded", "caught fire", "closed", "was evacuated"};
    private static final String[] FIRST = {"Ansel", "Mira", "Petra", "Ola", "Sanna", "Idris", "Tove", "Corin"};
    private static final String[] LAST_HEAD = {"Ander", "Bell", "Cor", "Dal", "Esk", "Fen", "Gar", "Hal"};
    private static final String[] LAST_TAIL = {"son", "ton", "ley", "wood", "ridge", "holm", "berg", "croft"};
    private static final String[] OUTLETS = {"Courier", "Gazette", "Herald", "Post", "Ledger", "Star", "Sentinel", "Mercury"};

    private GeneratedArticles() {
    }

    static String place(int t) {
        return PLACE_HEAD[t % 8] + PLACE_TAIL[(t / 8) % 8];
    }

    static String thing(int t) {
        return THINGS[t % THINGS.length];
    }

    static String person(int t) {
        return FIRST[t % 8] + " " + LAST_HEAD[(t / 8) % 8] + LAST_TAIL[t % 8];
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mer", "tis", "va", "run", "pel", "dor", "ash", "quen", "bri",
        "sol", "nek", "tha", "vor", "ilm", "gru", "zen", "oph", "wyl", "cas", "mi", "tor", "ela"};

    /** A made-up word of topic {@code t}; topics near each other get different ones. */
    static String word(int t, int k) {
        int a = (t * 3 + k) % SYLLABLES.length;
        int b = (t / 8 + k * 5) % SYLLABLES.length;
        int c = (t + k * 7) % SYLLABLES.length;
        return SYLLABLES[a] + SYLLABLES[b] + SYLLABLES[c] + "an";
    }

    static String id(int t, int n) {
        return "t" + t + "-a" + n;
    }

    static Article article(int t, int n) {
        String place = place(t);
        String thing = thing(t);
        String event = EVENTS[t % EVENTS.length];
        String person = person(t);
        String outlet = "The " + place + " " + OUTLETS[n % OUTLETS.length];
        int day = 1 + (t % 5); // within cold.days of each other: unordered input must not cool stories down
        String title = switch (n % 3) {
            case 0 -> place + " " + thing + " " + event + ", " + person + " says";
            case 1 -> "The " + thing + " at " + place + " " + event;
            default -> person + ": " + place + " " + thing + " " + event + " overnight";
        };
        String w1 = word(t, 1);
        String w2 = word(t, 2);
        String w3 = word(t, 3);
        String text = "The " + place + " " + thing + " " + event + " on Tuesday, " + person + " of " + place + " said. "
                + "The " + w1 + " " + w2 + " of " + place + " was hit.\n\n"
                + "Report " + n + " from " + outlet + ": " + (40 + t + n) + " " + w3 + " families near the " + place + " " + thing
                + " left for the " + w1 + " hall.\n\n"
                + person + " said the " + place + " " + thing + " would stay shut, and the " + w2 + " " + w3 + " with it.";
        return new Article(id(t, n), "generated/" + id(t, n) + ".txt", null, title, null,
                PartialDate.parseIso("2025-03-" + (day < 10 ? "0" : "") + day).orElseThrow(), outlet, "en", text);
    }

    /** Articles {@code from} (inclusive) to {@code to} (exclusive) of each topic from {@code 0} to {@code topics}. */
    static List<Article> articles(int topics, int from, int to) {
        List<Article> out = new ArrayList<>();
        for (int t = 0; t < topics; t++) {
            for (int n = from; n < to; n++) {
                out.add(article(t, n));
            }
        }
        return out;
    }

    /** The articles as JSON Lines input, one object a line with the interface's fields. */
    static String jsonl(List<Article> articles) {
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        for (Article a : articles) {
            out.append(json.createObjectNode().put("id", a.id()).put("title", a.title()).put("site", a.site())
                    .put("published", a.published().toString()).put("language", "en").put("text", a.text())).append('\n');
        }
        return out.toString();
    }
}
