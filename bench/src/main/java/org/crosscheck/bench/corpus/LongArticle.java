package org.crosscheck.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * One very long generated news article, as plain text, an HTML page or a JSON Lines line: a
 * headline, a byline, a date and then two-sentence paragraphs of English-shaped reporting about a
 * fixed cast of invented people, towns and organisations (who said what, how many, where and
 * when), so that the claims stage finds a claim in almost every sentence and the same names come
 * back throughout. Grown paragraph by paragraph to a size in bytes; the same seed gives the same
 * article, byte for byte, on every run and machine.
 */
public final class LongArticle {

    private static final String[] ROLES = {"mayor", "director", "spokeswoman", "chair", "chief engineer",
        "treasurer", "head teacher", "police commander", "harbour master", "council leader"};
    private static final String[] THINGS = {"bridge", "road", "school", "clinic", "market", "ferry", "pipeline",
        "dam", "library", "depot", "reservoir", "tram line"};
    private static final String[] DONE = {"closed", "repaired", "flooded", "inspected", "evacuated", "rebuilt",
        "opened", "damaged", "sold", "cleared"};
    private static final String[] PLANS = {"reopen", "replace", "inspect", "close", "expand", "sell", "rebuild"};
    private static final String[] COUNTED = {"families", "workers", "vehicles", "homes", "pupils", "boats",
        "shops", "volunteers"};
    private static final String[] UNITS = {"metres", "kilometres", "percent", "days", "tonnes"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /**
     * The formats the article is written in, by name: {@code txt}, {@code html}, {@code jsonl}, and
     * {@code runon}, plain text whose sentences are joined by ", and" into one paragraph with no
     * sentence end (the per-sentence steps see the longest sentences the text bounds allow).
     */
    public enum Format {
        TEXT("txt", "txt"), HTML("html", "html"), JSON_LINES("jsonl", "jsonl"), RUN_ON("runon", "txt");

        public final String name;
        public final String extension;

        Format(String name, String extension) {
            this.name = name;
            this.extension = extension;
        }
    }

    private final SplittableRandom random;
    private final String[] people;
    private final String[] places;
    private final String[] organisations;
    private final String title;
    private final String byline;

    public LongArticle(long seed) {
        this.random = new SplittableRandom(seed);
        this.people = names(60, NewsVocabulary::personName);
        this.places = names(30, NewsVocabulary::placeName);
        this.organisations = names(15, NewsVocabulary::organisationName);
        this.title = "Months of repairs across " + places[0] + " and " + places[1] + " as the "
                + organisations[0] + " counts the cost";
        this.byline = NewsVocabulary.personName(random);
    }

    /** The article in {@code format}, at least {@code bytes} bytes long (UTF-8; the text is ASCII). */
    public String write(Format format, int bytes) {
        List<String> paragraphs = new ArrayList<>();
        int size = wrapper(format, List.of()).length();
        while (size < bytes) {
            String p = sentence() + " " + sentence();
            if (format == Format.RUN_ON) {
                p = p.replace(".\" ", ",\" ").replace(". ", ", and ").replaceAll("\\.$", ", and");
            }
            paragraphs.add(p);
            size += p.length() + (format == Format.HTML ? 8 : format == Format.JSON_LINES ? 4 + quotes(p)
                    : format == Format.RUN_ON ? 1 : 2);
        }
        return wrapper(format, paragraphs);
    }

    private String wrapper(Format format, List<String> paragraphs) {
        String date = "2026-03-04";
        switch (format) {
            case TEXT:
                return title + "\nBy " + byline + "\nMarch 4, 2026\n\n" + String.join("\n\n", paragraphs) + "\n";
            case RUN_ON:
                return title + "\nBy " + byline + "\nMarch 4, 2026\n\n" + String.join(" ", paragraphs) + "\n";
            case HTML: {
                StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
                        + "<title>" + title + "</title><meta property=\"article:published_time\" content=\"" + date
                        + "T08:00:00+00:00\"><meta name=\"author\" content=\"" + byline + "\"></head>\n<body><article><h1>"
                        + title + "</h1>\n");
                for (String p : paragraphs) {
                    h.append("<p>").append(p).append("</p>\n");
                }
                return h.append("</article></body></html>\n").toString();
            }
            default:
                return "{\"id\":\"long-article\",\"title\":\"" + title + "\",\"byline\":\"" + byline
                        + "\",\"published\":\"" + date + "\",\"text\":\""
                        + String.join("\\n\\n", paragraphs).replace("\"", "\\\"") + "\"}\n";
        }
    }

    private static int quotes(String p) {
        return (int) p.chars().filter(c -> c == '"').count();
    }

    private String sentence() {
        String person = pick(people);
        String place = pick(places);
        String org = pick(organisations);
        int n = 2 + random.nextInt(480);
        switch (random.nextInt(8)) {
            case 0:
                return person + ", the " + pick(ROLES) + " of " + place + ", said on " + pick(WEEKDAYS) + " that " + n
                        + " " + pick(COUNTED) + " had been " + pick(DONE) + " since " + pick(MONTHS) + ".";
            case 1:
                return "The " + org + " reported that " + n + " " + pick(COUNTED) + " were " + pick(DONE) + " near "
                        + place + " on " + pick(MONTHS) + " " + (1 + random.nextInt(28)) + ".";
            case 2:
                return person + " told reporters in " + place + " that the " + pick(THINGS) + " would " + pick(PLANS)
                        + " by " + pick(MONTHS) + ".";
            case 3:
                return "According to the " + org + ", " + n + " " + pick(COUNTED) + " were " + pick(DONE) + " at "
                        + place + " on " + pick(WEEKDAYS) + ".";
            case 4:
                return "Residents of " + place + " said the " + pick(THINGS) + " had been " + pick(DONE) + " for " + n
                        + " " + pick(UNITS) + ".";
            case 5:
                return "\"We will " + pick(PLANS) + " the " + pick(THINGS) + " in " + place + ",\" said " + person
                        + ", a " + pick(ROLES) + " with the " + org + ".";
            case 6:
                return person + " denied that the " + org + " had " + pick(DONE) + " the " + pick(THINGS) + " in "
                        + place + ".";
            default:
                return "In " + (2015 + random.nextInt(11)) + ", the " + org + " spent " + n + " million on the "
                        + pick(THINGS) + " in " + place + ", " + person + " said.";
        }
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private String[] names(int count, Function<SplittableRandom, String> name) {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = name.apply(random);
        }
        return out;
    }
}
