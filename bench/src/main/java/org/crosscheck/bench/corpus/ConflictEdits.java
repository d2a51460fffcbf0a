package org.crosscheck.bench.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.CoreNlpAnnotator;
import org.crosscheck.language.Lexicon;
import org.crosscheck.language.NamedMention;
import org.crosscheck.language.NerTag;
import org.crosscheck.language.TimeMention;
import org.crosscheck.language.TimexType;
import org.crosscheck.language.Token;
import org.crosscheck.language.WordNetLexicon;

/**
 * The single-sentence edits of the conflicts benchmark, each on a sentence as CoreNLP reads it:
 * the edits that plant a conflict (another date, number, person or place, negation added or
 * removed, the verb swapped for a WordNet antonym) and the harmless ones (a less precise date, a
 * number written as words, WordNet synonyms). Each returns the edited sentence, or empty when
 * the sentence has no slot for it.
 */
public final class ConflictEdits {

    public static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    public static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b([1-9]|[12][0-9]|3[01])(st|nd|rd|th)?\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<NerTag> NUMERIC = EnumSet.of(NerTag.NUMBER, NerTag.MONEY, NerTag.PERCENT);
    private static final Set<NerTag> NAMES = EnumSet.of(NerTag.PERSON, NerTag.LOCATION, NerTag.ORGANIZATION, NerTag.MISC,
            NerTag.CITY, NerTag.COUNTRY, NerTag.STATE_OR_PROVINCE);
    private static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    private final Random random;
    private final CoreNlpAnnotator annotator;
    private final WordNetLexicon lexicon;

    public ConflictEdits(Random random, CoreNlpAnnotator annotator, WordNetLexicon lexicon) {
        this.random = random;
        this.annotator = annotator;
        this.lexicon = lexicon;
    }

    /** Another weekday, day of month or month in a date the sentence states. */
    public Optional<String> changeDate(AnnotatedSentence s) {
        for (TimeMention t : s.times()) {
            if (t.type() != TimexType.DATE) {
                continue;
            }
            String text = t.text();
            for (String day : WEEKDAYS) {
                int at = text.indexOf(day);
                if (at >= 0) {
                    String other = pickOther(WEEKDAYS, day);
                    return Optional.of(replace(s, t.start() + at, t.start() + at + day.length(), other));
                }
            }
            for (String month : MONTHS) {
                int at = text.indexOf(month);
                if (at < 0) {
                    continue;
                }
                Matcher d = DAY_OF_MONTH.matcher(text);
                if (d.find() && random.nextBoolean()) {
                    int day = Integer.parseInt(d.group(1));
                    int other = day;
                    while (other == day) {
                        other = 1 + random.nextInt(28);
                    }
                    String suffix = d.group(2) == null ? "" : ordinalSuffix(other);
                    return Optional.of(replace(s, t.start() + d.start(), t.start() + d.end(), other + suffix));
                }
                return Optional.of(replace(s, t.start() + at, t.start() + at + month.length(), pickOther(MONTHS, month)));
            }
        }
        return Optional.empty();
    }

    /** A count, amount or percentage the sentence states, made two to four times larger. */
    public Optional<String> changeNumber(AnnotatedSentence s) {
        for (NamedMention m : s.mentions()) {
            if (!NUMERIC.contains(m.type())) {
                continue;
            }
            Matcher d = NUMBER.matcher(m.text());
            if (!d.find() || inDate(s, m.start() + d.start())) {
                continue;
            }
            String digits = d.group();
            double value = Double.parseDouble(digits.replace(",", ""));
            if (value == 0) {
                continue;
            }
            double factor = 2 + random.nextInt(3);
            String changed;
            if (digits.contains(".")) {
                int decimals = digits.length() - digits.indexOf('.') - 1;
                changed = String.format(Locale.ROOT, "%." + decimals + "f", value * factor);
            } else if (digits.contains(",")) {
                changed = String.format(Locale.ROOT, "%,d", Math.round(value * factor));
            } else {
                changed = Long.toString(Math.round(value * factor));
            }
            return Optional.of(replace(s, m.start() + d.start(), m.start() + d.end(), changed));
        }
        return Optional.empty();
    }

    /**
     * A name of the given CoreNLP type ({@code PERSON}, {@code LOCATION}) replaced by a name from
     * {@code pool} that the article does not hold and that shares no word with it. A one-word
     * name takes the last word of the replacement (a surname for a surname).
     */
    public Optional<String> swapName(AnnotatedSentence s, NerTag type, List<String> pool, String articleText) {
        for (NamedMention m : s.mentions()) {
            if (m.type() != type) {
                continue;
            }
            List<String> words = List.of(m.text().split(" "));
            List<String> shuffled = new ArrayList<>(pool);
            java.util.Collections.shuffle(shuffled, random);
            for (String candidate : shuffled) {
                String[] cw = candidate.split(" ");
                String name = words.size() == 1 ? cw[cw.length - 1] : candidate;
                if (words.size() > 1 && cw.length < 2 || articleText.contains(name)) {
                    continue;
                }
                boolean sharesWord = false;
                for (String w : name.split(" ")) {
                    sharesWord |= words.contains(w) || articleText.contains(w);
                }
                if (!sharesWord) {
                    return Optional.of(replace(s, m.start(), m.end(), name));
                }
            }
        }
        return Optional.empty();
    }

    /** The main verb negated ("did not arrest", "was not arrested"), or its "not" removed. */
    public Optional<String> toggleNegation(AnnotatedSentence s) {
        Optional<Token> root = s.root();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Token r = root.get();
        for (Token t : s.children(r.index(), "advmod")) {
            if (t.text().equalsIgnoreCase("not")) {
                int from = t.start();
                String text = s.text();
                while (from > s.start() && text.charAt(from - 1 - s.start()) == ' ') {
                    from--;
                }
                return Optional.of(replace(s, from, t.end(), ""));
            }
            if (t.lemma().equalsIgnoreCase("not") || t.text().equalsIgnoreCase("never")) {
                return Optional.empty(); // "n't", "never": left alone
            }
        }
        List<Token> aux = new ArrayList<>(s.children(r.index(), "aux"));
        aux.addAll(s.children(r.index(), "cop"));
        aux.removeIf(t -> t.index() > r.index() || t.tag().equals("TO"));
        aux.sort((a, b) -> Integer.compare(a.index(), b.index()));
        if (!aux.isEmpty()) {
            Token first = aux.get(0);
            return Optional.of(replace(s, first.end(), first.end(), " not"));
        }
        if (!r.isVerb() || !r.text().chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        if (r.lemma().equals("be")) {
            return Optional.of(replace(s, r.end(), r.end(), " not"));
        }
        String support = switch (r.tag()) {
            case "VBD" -> "did";
            case "VBZ" -> "does";
            case "VBP" -> "do";
            default -> null;
        };
        if (support == null || r.lemma().equals("have") && !r.tag().equals("VBD")) {
            return Optional.empty();
        }
        return Optional.of(replace(s, r.start(), r.end(), support + " not " + r.lemma()));
    }

    /**
     * A verb (the main verb first) replaced by a WordNet antonym in the same inflection: the
     * irregular forms WordNet lists for the antonym, else its regular forms. A form is kept only
     * when CoreNLP reads the edited sentence with the antonym as that token's lemma and the
     * original token's part-of-speech tag.
     */
    public Optional<String> antonym(AnnotatedSentence s) {
        List<Token> verbs = new ArrayList<>();
        s.root().filter(Token::isVerb).ifPresent(verbs::add);
        for (Token t : s.tokens()) {
            if (t.isVerb() && !verbs.contains(t)) {
                verbs.add(t);
            }
        }
        for (Token v : verbs) {
            if (!v.text().chars().allMatch(Character::isLowerCase) || v.lemma().equals("be") || v.lemma().equals("have")) {
                continue;
            }
            for (String opposite : lexicon.antonyms(v.lemma(), Lexicon.PartOfSpeech.VERB)) {
                for (String form : inflections(opposite, v.tag())) {
                    String edited = replace(s, v.start(), v.end(), form);
                    int at = v.start() - s.start();
                    if (readsAs(edited, at, opposite, v.tag())) {
                        return Optional.of(edited);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private boolean readsAs(String sentence, int offset, String lemma, String tag) {
        for (AnnotatedSentence a : annotator.annotate(sentence, null)) {
            for (Token t : a.tokens()) {
                if (t.start() == offset) {
                    return t.lemma().equalsIgnoreCase(lemma) && t.tag().equals(tag);
                }
            }
        }
        return false;
    }

    /** Candidate forms of a verb lemma for a Penn tag, irregular forms first. */
    List<String> inflections(String lemma, String tag) {
        List<String> out = new ArrayList<>();
        switch (tag) {
            case "VB", "VBP" -> out.add(lemma);
            case "VBZ" -> out.add(lemma.matches(".*(s|sh|ch|x|z|o)") ? lemma + "es"
                    : lemma.matches(".*[^aeiou]y") ? lemma.substring(0, lemma.length() - 1) + "ies" : lemma + "s");
            case "VBG" -> {
                out.add(lemma.endsWith("e") && !lemma.endsWith("ee") ? lemma.substring(0, lemma.length() - 1) + "ing" : lemma + "ing");
                if (cvc(lemma)) {
                    out.add(lemma + lemma.charAt(lemma.length() - 1) + "ing");
                }
            }
            case "VBD", "VBN" -> {
                List<String> irregular = lexicon.irregularForms(lemma, Lexicon.PartOfSpeech.VERB);
                if (!irregular.isEmpty()) {
                    out.addAll(irregular);
                } else {
                    out.add(lemma.endsWith("e") ? lemma + "d"
                            : lemma.matches(".*[^aeiou]y") ? lemma.substring(0, lemma.length() - 1) + "ied" : lemma + "ed");
                    if (cvc(lemma)) {
                        out.add(lemma + lemma.charAt(lemma.length() - 1) + "ed");
                    }
                }
            }
            default -> { }
        }
        return out;
    }

    private static boolean cvc(String w) {
        return w.matches(".*[^aeiou][aeiou][bdgklmnprt]");
    }

    /** A date with a month and a day of month said at month precision ("February 18" to "February"). */
    public Optional<String> lessPreciseDate(AnnotatedSentence s) {
        for (TimeMention t : s.times()) {
            if (t.type() != TimexType.DATE || MONTHS.stream().noneMatch(t.text()::contains)) {
                continue;
            }
            Matcher d = Pattern.compile("\\b(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\\b,?").matcher(t.text());
            if (d.find()) {
                int from = t.start() + d.start();
                int to = t.start() + d.end();
                String text = s.text();
                if (from > s.start() && text.charAt(from - 1 - s.start()) == ' ') {
                    from--;
                } else if (to < s.end() && text.charAt(to - s.start()) == ' ') {
                    to++;
                }
                return Optional.of(replace(s, from, to, ""));
            }
        }
        return Optional.empty();
    }

    /** A whole number from 2 to 99 written in digits, written as words ("12" to "twelve"). */
    public Optional<String> numberAsWords(AnnotatedSentence s) {
        for (NamedMention m : s.mentions()) {
            if (m.type() != NerTag.NUMBER || !m.text().matches("\\d{1,2}") || inDate(s, m.start())) {
                continue;
            }
            int value = Integer.parseInt(m.text());
            if (value >= 2) {
                return Optional.of(replace(s, m.start(), m.end(), words(value)));
            }
        }
        return Optional.empty();
    }

    /** English words for 1 to 99. */
    static String words(int n) {
        if (n < 20) {
            return UNITS[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
    }

    /** Words that carry a negation: a synonym ("never" to "ne'er") could read as another polarity. */
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("never", "nothing", "nobody", "none",
            "neither", "nowhere", "without", "cannot");

    /**
     * Lower-case content words outside names, numbers, dates and negations replaced by a WordNet
     * synonym of their most frequent sense with probability {@code rate}.
     */
    public String synonyms(AnnotatedSentence s, double rate) {
        return synonyms(s, rate, -1, -1);
    }

    /**
     * The sentence with WordNet synonyms as {@link #synonyms(AnnotatedSentence, double)}, leaving
     * alone every word that overlaps {@code [keepFrom, keepTo)} (offsets in the annotated text).
     */
    public String synonyms(AnnotatedSentence s, double rate, int keepFrom, int keepTo) {
        StringBuilder out = new StringBuilder();
        String text = s.text();
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            String w = m.group();
            int at = s.start() + m.start();
            out.append(text, last, m.start());
            last = m.end();
            Token token = tokenAt(s, at);
            boolean protectedWord = at < keepTo && at + w.length() > keepFrom || token == null || token.ner().isEntity() || s.timeAt(token.index()).isPresent()
                    || !token.text().equals(w);
            List<String> options = protectedWord || w.length() < 4 || !Character.isLowerCase(w.charAt(0))
                    || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w) || NEGATIONS.contains(w.toLowerCase(java.util.Locale.ROOT))
                    ? List.of() : synonymsOf(w, token.tag());
            out.append(!options.isEmpty() && random.nextDouble() < rate ? options.get(random.nextInt(options.size())) : w);
        }
        out.append(text.substring(last));
        return out.toString();
    }

    private List<String> synonymsOf(String word, String tag) {
        Lexicon.PartOfSpeech pos = tag.startsWith("NN") ? Lexicon.PartOfSpeech.NOUN
                : tag.startsWith("JJ") ? Lexicon.PartOfSpeech.ADJECTIVE
                : tag.startsWith("RB") ? Lexicon.PartOfSpeech.ADVERB : null;
        // verbs keep their inflection only as the base form: a synonym of "closed" would lose it
        return pos == null || tag.equals("NNS") ? List.of() : lexicon.synonyms(word, pos);
    }

    private static Token tokenAt(AnnotatedSentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.start() == offset) {
                return t;
            }
        }
        return null;
    }

    private static boolean inDate(AnnotatedSentence s, int offset) {
        return s.times().stream().anyMatch(t -> offset >= t.start() && offset < t.end());
    }

    /** The names of the given CoreNLP type in the sentence, as written. */
    public static List<String> names(AnnotatedSentence s, NerTag type) {
        return s.mentions().stream().filter(m -> m.type() == type).map(NamedMention::text).toList();
    }

    /** Every name (people, organisations, places, other) in the sentence, as written. */
    static List<String> allNames(AnnotatedSentence s) {
        return s.mentions().stream().filter(m -> NAMES.contains(m.type())).map(NamedMention::text).toList();
    }

    private String pickOther(List<String> options, String not) {
        String o = not;
        while (o.equals(not)) {
            o = options.get(random.nextInt(options.size()));
        }
        return o;
    }

    private static String ordinalSuffix(int n) {
        return n % 10 == 1 && n != 11 ? "st" : n % 10 == 2 && n != 12 ? "nd" : n % 10 == 3 && n != 13 ? "rd" : "th";
    }

    /** The sentence with the text offsets {@code from..to} replaced. */
    static String replace(AnnotatedSentence s, int from, int to, String with) {
        return s.text().substring(0, from - s.start()) + with + s.text().substring(to - s.start());
    }
}
