package org.crosscheck.claims;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.extract.Article;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.Token;

/**
 * Which tagged mentions of a story name entities, and of what type. The tagger reads one
 * sentence at a time; the story's own evidence corrects it:
 * <ul>
 * <li>a pair of names joined by a hyphen and set before a noun ("Norvish-Aldean talks") is a
 *     modifier, not a place, unless the pair is itself a country's name ("Guinea-Bissau");</li>
 * <li>a name followed by a possessive and capitalised words is that whole name ("Cooper's Meadow",
 *     not the person "Cooper") when the story tags the whole as one name elsewhere, or when both
 *     sides are tagged PERSON and the second is one word (a person's one-word person is no phrase;
 *     "Atlanta's Fulton County" and "Duke's J.J. Redick" stay two);</li>
 * <li>a one-word PERSON that is an outlet of the story (an article's site or a label of its web
 *     address), or that something is posted "on" or "via" while no person of the story has it as
 *     surname and no capitalised word follows it ("on Weibo", not "on Clark Ave"), is an organisation.</li>
 * </ul>
 */
final class NameReader {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "near", "outside", "inside", "behind", "beside", "opposite");

    private static final Pattern HYPHEN_PAIR = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.]*-\\p{Lu}[\\p{L}\\p{M}.]*");
    /** Prepositions a platform follows when something is posted or seen on it. */
    private static final Set<String> PLATFORM_PREPOSITIONS = Set.of("on", "via");

    private final Set<String> outlets = new HashSet<>();
    private final Map<String, EntityType> wholeNames = new HashMap<>();
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> countries;

    /**
     * @param countries  keys ({@link NameForms#key}) of every country form
     * @param articles   the story's articles
     * @param sentences  each article's annotated sentences, in the same order
     */
    NameReader(Set<String> countries, List<Article> articles, List<List<AnnotatedSentence>> sentences) {
        this.countries = countries;
        for (Article a : articles) {
            if (a.site() != null) {
                outlets.add(outletKey(a.site()));
            }
            hostLabels(a.url()).forEach(outlets::add);
        }
        for (List<AnnotatedSentence> article : sentences) {
            for (AnnotatedSentence s : article) {
                for (NamedMention m : s.mentions()) {
                    Optional<EntityType> type = ClaimExtractor.entityType(m.type());
                    if (type.isEmpty()) {
                        continue;
                    }
                    wholeNames.putIfAbsent(written(m.text()), type.get());
                    if (type.get() == EntityType.PERSON && m.text().strip().contains(" ")) {
                        surnames.add(NameForms.lastWord(NameForms.key(m.text().strip())));
                    }
                }
            }
        }
    }

    /** The names of one sentence, in order. */
    List<NameSpan> names(AnnotatedSentence s) {
        List<NameSpan> out = new ArrayList<>();
        int consumedTo = -1;
        for (NamedMention m : s.mentions()) {
            Optional<EntityType> tagged = ClaimExtractor.entityType(m.type());
            if (tagged.isEmpty() || m.firstToken() < consumedTo) {
                continue;
            }
            EntityType type = tagged.get();
            if (isModifierPair(s, m, type)) {
                continue;
            }
            Optional<NameSpan> whole = possessiveWhole(s, m, type);
            if (whole.isPresent()) {
                out.add(whole.get());
                consumedTo = lastNameToken(s, m.endToken() + 1) + 1;
                continue;
            }
            if (type == EntityType.PERSON && isOutlet(s, m)) {
                type = EntityType.ORGANIZATION;
            }
            out.add(new NameSpan(m.text(), type, m.start(), m.end()));
        }
        return out;
    }

    private boolean isModifierPair(AnnotatedSentence s, NamedMention m, EntityType type) {
        if ((type != EntityType.LOCATION && type != EntityType.OTHER) || !HYPHEN_PAIR.matcher(m.text().strip()).matches()
                || countries.contains(NameForms.key(m.text().strip()))) {
            return false;
        }
        return m.endToken() < s.tokens().size() && s.tokens().get(m.endToken()).tag().matches("NNS?");
    }

    /** "Cooper's Meadow" when the tagger split it as "Cooper" + possessive + "Meadow". */
    private Optional<NameSpan> possessiveWhole(AnnotatedSentence s, NamedMention m, EntityType type) {
        List<Token> tokens = s.tokens();
        int pos = m.endToken();
        if (pos + 1 >= tokens.size() || !isPossessive(tokens.get(pos), m.text()) || !isCapitalisedNoun(tokens.get(pos + 1))) {
            return Optional.empty();
        }
        int last = lastNameToken(s, pos + 1);
        int end = tokens.get(last).end();
        String joined = s.text().substring(m.start() - s.start(), end - s.start());
        EntityType known = wholeNames.get(written(joined));
        boolean splitByTagger = type == EntityType.PERSON && s.mentions().stream()
                .anyMatch(o -> o.firstToken() == pos + 1 && o.endToken() == pos + 2 && last == pos + 1
                        && ClaimExtractor.entityType(o.type()).orElse(null) == EntityType.PERSON);
        boolean placeAfterPreposition = known == null && !splitByTagger && afterPlacePreposition(tokens, m.firstToken());
        if (known == null && !splitByTagger && !placeAfterPreposition) {
            return Optional.empty();
        }
        EntityType joinedType = known != null ? known : placeAfterPreposition ? EntityType.LOCATION : EntityType.OTHER;
        return Optional.of(new NameSpan(joined, joinedType, m.start(), end));
    }

    /**
     * True when the name follows a preposition of place ("at Cooper's Meadow", "outside Sam's
     * Club"): what is at, in or near something named "X's Y" is a place, not the person X.
     */
    private static boolean afterPlacePreposition(List<Token> tokens, int first) {
        if (first == 0) {
            return false;
        }
        Token before = tokens.get(first - 1);
        return before.tag().equals("IN") && PLACE_PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT));
    }

    /** "'s" after a name, or a bare apostrophe after a name ending in s ("Jones' Farm"); not a quote mark ("Kimani 'Kiki'"). */
    private static boolean isPossessive(Token t, String name) {
        String p = t.text().replace('\u2019', '\'');
        return t.tag().equals("POS") && (p.equals("'s") || p.equals("'") && name.endsWith("s"));
    }

    /** The last of the capitalised proper nouns that run from {@code from}. */
    private static int lastNameToken(AnnotatedSentence s, int from) {
        int last = from;
        while (last + 1 < s.tokens().size() && isCapitalisedNoun(s.tokens().get(last + 1))) {
            last++;
        }
        return last;
    }

    private static boolean isCapitalisedNoun(Token t) {
        return t.tag().startsWith("NNP") && !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
    }

    private boolean isOutlet(AnnotatedSentence s, NamedMention m) {
        String text = m.text().strip();
        if (text.contains(" ")) {
            return false;
        }
        if (outlets.contains(outletKey(text))) {
            return true;
        }
        boolean afterPreposition = m.firstToken() > 0
                && PLATFORM_PREPOSITIONS.contains(s.tokens().get(m.firstToken() - 1).text().toLowerCase(Locale.ROOT));
        boolean nameGoesOn = m.endToken() < s.tokens().size() && isCapitalisedNoun(s.tokens().get(m.endToken()));
        return afterPreposition && !nameGoesOn && !surnames.contains(NameForms.key(text));
    }

    /** An outlet name without case, spaces, punctuation or a leading "the" ("The Skelholm Herald" -> "skelholmherald"). */
    static String outletKey(String name) {
        return name.toLowerCase(Locale.ROOT).strip().replaceFirst("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The labels of a web address's host that can name its outlet ("m.weibo.cn" -> "weibo"); none without one. */
    static List<String> hostLabels(String url) {
        if (url == null || url.isBlank()) {
            return List.of();
        }
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (host == null) {
            return List.of();
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.length - 1; i++) {
            if (labels[i].length() >= 3 && !labels[i].equals("www")) {
                out.add(outletKey(labels[i]));
            }
        }
        return out;
    }

    private static String written(String text) {
        return text.replace('\u2019', '\'').strip().replaceAll("\\s+", " ");
    }
}
