package org.crosscheck.bench.outlets;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.bench.corpus.DerivationCases;
import org.crosscheck.bench.corpus.Paraphraser;
import org.crosscheck.extract.Article;
import org.crosscheck.time.PartialDate;

/**
 * A seeded stream of invented news with a planted copy network ({@code bench/outlets}): each event
 * is broken by one of two wires; other outlets copy a given source (its text with small edits, the
 * last sentences sometimes left out), rewrite it (clauses moved, synonyms, sentences merged, split,
 * dropped and moved, sometimes an exclusive sentence added) or report it themselves, each with a
 * known probability and lag. One outlet dates its articles by the day only. Same seed, same stream.
 */
final class OutletStream {

    static final String NORTHWIND = "Northwind Wire";
    static final String CORVALE = "Corvale Press Agency";
    static final List<String> WIRES = List.of(NORTHWIND, CORVALE);
    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 7, 0);
    private static final double REWRITE_SYNONYMS = 0.4;
    private static final double COPY_EDIT = 0.25;
    private static final double COPY_OMIT = 0.3;
    private static final double REWRITE_EXCLUSIVE = 0.4;
    private static final double OWN_EXCLUSIVE = 0.3;
    private static final Pattern CHOICE = Pattern.compile("\\{([^{}]*\\|[^{}]*)\\}");

    /** How an article's text was made. */
    enum Make { ORIGINAL, COPY, REWRITE }

    /**
     * What one outlet does with an event: with {@code probability}, {@code make} its article from
     * {@code source}'s (an outlet; null for its own report) {@code minLag} to {@code maxLag} hours
     * after the source, or after the wire for its own report.
     */
    record Habit(String outlet, String source, Make make, double probability, int minLag, int maxLag) {
    }

    /** The planted network, sources before the outlets that take from them. */
    static final List<Habit> HABITS = List.of(
            new Habit("Harbor Ledger", NORTHWIND, Make.COPY, 0.7, 1, 3),
            new Habit("Valley Courier", CORVALE, Make.COPY, 0.6, 2, 6),
            new Habit("Elmstead Gazette", NORTHWIND, Make.REWRITE, 0.5, 2, 8),
            new Habit("Elmstead Gazette", CORVALE, Make.REWRITE, 0.3, 2, 8),
            new Habit("Brightwater Daily", CORVALE, Make.REWRITE, 0.5, 3, 9),
            new Habit("Dalby Digest", "Elmstead Gazette", Make.COPY, 0.5, 1, 4),
            new Habit("Ashford Tribune", null, Make.ORIGINAL, 0.35, 3, 12),
            new Habit("Ferncliff Post", null, Make.ORIGINAL, 0.25, 5, 20));
    /** The outlet whose articles carry a date without a time of day. */
    static final String DAY_ONLY = "Valley Courier";

    /**
     * One generated article and its truth.
     *
     * @param event        the event it reports, from 0
     * @param make         how its text was made
     * @param sourceId     the article it copies or rewrites, or null
     * @param sourceOutlet that article's outlet, or null
     */
    record Planted(Article article, int event, Make make, String sourceId, String sourceOutlet) {
        String outlet() {
            return article.outlet();
        }
    }

    private static final String[] PLACE_HEADS = {"Kel", "Dun", "Mar", "Ost", "Vel", "Bran", "Tor", "Hal", "Ems", "Lin", "Gar",
        "Rav", "Sol", "Fen", "Ard", "Bel", "Cor", "Dre", "Eld", "Frost", "Glen", "Hurn", "Isel", "Jor"};
    private static final String[] PLACE_TAILS = {"vik", "mouth", "ford", "by", "stead", "holm", "wick", "dale", "haven", "ton",
        "more", "bridge", "wold", "minster"};
    private static final String[] FIRST = {"Edda", "Ottilie", "Sabine", "Marten", "Jonas", "Liesel", "Anouk", "Pieter", "Ilse",
        "Rasmus", "Greta", "Tobias", "Maren", "Lukas", "Freya", "Hugo", "Agnes", "Viggo", "Selma", "Casper"};
    private static final String[] LAST = {"Norlind", "Brask", "Halloway", "Vesterby", "Kroll", "Amsel", "Dahlgren", "Ferreby",
        "Lundqvist", "Mortensen", "Okafor", "Pellworm", "Ruskin", "Strand", "Tiller", "Wendt", "Quarles", "Ibsdal"};
    private static final String[] ORG_TAILS = {"Holdings", "Group", "Lines", "Works", "Trust", "Motors"};

    private final Random random;
    private final DerivationCases edits;
    private final Paraphraser paraphraser;
    private final Set<String> usedPlaces = new HashSet<>();
    /** The current event's own-report sentences, shuffled: each independent outlet takes its own half. */
    private List<Integer> ownOrder = List.of();

    OutletStream(long seed) {
        this.random = new Random(seed);
        this.edits = new DerivationCases(seed ^ 0x5EEDL);
        this.paraphraser = new Paraphraser(random, edits::synonymRewrite);
    }

    /**
     * The articles of {@code events} events, two days apart, in publication order. The kinds of event
     * come round in one shuffled order, so that two events of one kind (whose texts share their
     * templates' wording, as two real reports of different events do not) are twelve days apart,
     * beyond the week a story stays open to new articles.
     */
    List<Planted> generate(int events) {
        List<Planted> out = new ArrayList<>();
        List<OutletEventKinds> kinds = new ArrayList<>(OutletEventKinds.ALL);
        java.util.Collections.shuffle(kinds, random);
        for (int e = 0; e < events; e++) {
            out.addAll(event(e, kinds.get(e % kinds.size())));
        }
        out.sort(Comparator.comparing((Planted p) -> p.article().published().toString()).thenComparing(p -> p.article().id()));
        return out;
    }

    private List<Planted> event(int e, OutletEventKinds kind) {
        Map<String, String> slots = slots(e);
        LocalDateTime wireTime = START.plusDays(2L * e).plusMinutes(random.nextInt(180));
        String wire = WIRES.get(random.nextInt(WIRES.size()));
        List<String> wireText = new ArrayList<>(kind.wire());
        if (random.nextBoolean()) {
            wireText.remove(1 + random.nextInt(wireText.size() - 1));
        }
        Map<String, Planted> byOutlet = new HashMap<>();
        ownOrder = new ArrayList<>(java.util.stream.IntStream.range(0, kind.own().size()).boxed().toList());
        java.util.Collections.shuffle(ownOrder, random);
        int ownHalves = 0;
        Map<String, LocalDateTime> timeOf = new HashMap<>();
        List<Planted> out = new ArrayList<>();
        Planted first = planted(e, wire, wireTime, fill(kind.headline(), slots), fill(wireText, slots), Make.ORIGINAL, null);
        byOutlet.put(wire, first);
        timeOf.put(wire, wireTime);
        out.add(first);
        for (Habit h : HABITS) {
            if (byOutlet.containsKey(h.outlet()) || (h.source() != null && !byOutlet.containsKey(h.source()))
                    || random.nextDouble() >= h.probability()) {
                continue;
            }
            LocalDateTime after = h.source() == null ? wireTime : timeOf.get(h.source());
            LocalDateTime at = after.plusMinutes(60L * h.minLag() + random.nextInt(60 * (h.maxLag() - h.minLag()) + 1));
            Planted p = switch (h.make()) {
                case COPY -> copy(e, h.outlet(), at, byOutlet.get(h.source()));
                case REWRITE -> rewrite(e, h.outlet(), at, byOutlet.get(h.source()), slots);
                case ORIGINAL -> {
                    List<String> own = new ArrayList<>(fill(ownHalf(kind, ownHalves++), slots));
                    if (random.nextDouble() < OWN_EXCLUSIVE) {
                        own.add(fill(OutletEventKinds.EXCLUSIVES.get(random.nextInt(OutletEventKinds.EXCLUSIVES.size())), slots));
                    }
                    yield planted(e, h.outlet(), at, fill(kind.ownHeadline(), slots), own, Make.ORIGINAL, null);
                }
            };
            byOutlet.put(h.outlet(), p);
            timeOf.put(h.outlet(), at);
            out.add(p);
        }
        return out;
    }

    /** The {@code half}-th (0 or 1) of a disjoint split of the event's own-report sentences, in template order. */
    private List<String> ownHalf(OutletEventKinds kind, int half) {
        int size = kind.own().size() / 2;
        return ownOrder.subList(half * size, half * size + size).stream().sorted().map(kind.own()::get).toList();
    }

    private Planted copy(int e, String outlet, LocalDateTime at, Planted source) {
        List<String> sentences = new ArrayList<>(List.of(source.article().text().split("\n\n")));
        if (random.nextDouble() < COPY_OMIT && sentences.size() > 4) {
            int drop = 1 + random.nextInt(2);
            sentences = new ArrayList<>(sentences.subList(0, sentences.size() - drop));
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (random.nextDouble() < COPY_EDIT) {
                sentences.set(i, edits.lightEdit(sentences.get(i)));
            }
        }
        String title = random.nextBoolean() ? source.article().title() : edits.lightEdit(source.article().title());
        return planted(e, outlet, at, title, sentences, Make.COPY, source);
    }

    private Planted rewrite(int e, String outlet, LocalDateTime at, Planted source, Map<String, String> slots) {
        List<String> kept = new ArrayList<>(List.of(source.article().text().split("\n\n")));
        if (random.nextBoolean() && kept.size() > 4) {
            kept.remove(1 + random.nextInt(kept.size() - 1));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            double r = random.nextDouble();
            if (r < 0.15 && i + 1 < kept.size()) {
                out.add(paraphraser.reword(paraphraser.merge(kept.get(i), kept.get(i + 1)), REWRITE_SYNONYMS));
                i++;
                continue;
            }
            List<String> parts = r < 0.3 ? paraphraser.split(kept.get(i)) : List.of();
            if (parts.isEmpty()) {
                out.add(paraphraser.reword(kept.get(i), REWRITE_SYNONYMS));
            } else {
                parts.forEach(p -> out.add(paraphraser.reword(p, REWRITE_SYNONYMS)));
            }
        }
        if (out.size() > 3) {
            String moved = out.remove(1 + random.nextInt(out.size() - 1));
            out.add(1 + random.nextInt(out.size()), moved);
        }
        if (random.nextDouble() < REWRITE_EXCLUSIVE) {
            String exclusive = fill(OutletEventKinds.EXCLUSIVES.get(random.nextInt(OutletEventKinds.EXCLUSIVES.size())), slots);
            out.add(1 + random.nextInt(out.size()), exclusive);
        }
        String title = paraphraser.reword(source.article().title(), REWRITE_SYNONYMS);
        return planted(e, outlet, at, title, out, Make.REWRITE, source);
    }

    private Planted planted(int e, String outlet, LocalDateTime at, String title, List<String> sentences, Make make, Planted source) {
        String id = String.format(Locale.ROOT, "o%08x", random.nextInt() & 0x7fffffff);
        PartialDate published = outlet.equals(DAY_ONLY) ? PartialDate.of(at.toLocalDate())
                : PartialDate.of(at.atOffset(ZoneOffset.UTC));
        Article a = new Article(id, id + ".txt", null, title, null, published, outlet, "en", String.join("\n\n", sentences), outlet);
        return new Planted(a, e, make, source == null ? null : source.article().id(), source == null ? null : source.outlet());
    }

    private Map<String, String> slots(int e) {
        Map<String, String> slots = new HashMap<>();
        String place = place();
        slots.put("place", place);
        slots.put("place2", place());
        slots.put("official", person());
        slots.put("witness", person());
        slots.put("local", person());
        slots.put("org", PLACE_HEADS[random.nextInt(PLACE_HEADS.length)] + PLACE_TAILS[random.nextInt(PLACE_TAILS.length)].substring(0, 2)
                + " " + ORG_TAILS[random.nextInt(ORG_TAILS.length)]);
        slots.put("n1", Integer.toString(20 + random.nextInt(380)));
        slots.put("n2", Integer.toString(3 + random.nextInt(60)));
        LocalDate day = START.toLocalDate().plusDays(2L * e);
        slots.put("day", day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        slots.put("day2", day.plusDays(3).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        return slots;
    }

    private String place() {
        for (int tries = 0; ; tries++) {
            String p = PLACE_HEADS[random.nextInt(PLACE_HEADS.length)] + PLACE_TAILS[random.nextInt(PLACE_TAILS.length)];
            if (usedPlaces.add(p) || tries > 50) {
                return p;
            }
        }
    }

    private String person() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private List<String> fill(List<String> templates, Map<String, String> slots) {
        return templates.stream().map(t -> fill(t, slots)).toList();
    }

    /** The template with its slots filled and one of each {@code {a|b|c}} chosen. */
    private String fill(String template, Map<String, String> slots) {
        String s = template;
        for (Map.Entry<String, String> e : slots.entrySet()) {
            s = s.replace("{" + e.getKey() + "}", e.getValue());
        }
        Matcher m = CHOICE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] options = m.group(1).split("\\|");
            m.appendReplacement(out, Matcher.quoteReplacement(options[random.nextInt(options.length)]));
        }
        return m.appendTail(out).toString();
    }
}
