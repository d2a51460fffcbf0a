package org.crosscheck.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords sentences the way an outlet rewrites wire copy, so that little of the wording survives:
 * the attribution moved ("..., X said." or "..., said X." becomes "X said that ..." and back), an
 * opening phrase of time
 * or place moved to the end, most content words outside quotations swapped for WordNet synonyms (through
 * {@code synonyms}, which also decides what counts as a content word), two sentences merged into one and
 * one long sentence split in two. Seeded by the caller's {@link Random}.
 */
public final class Paraphraser {

    private static final Pattern SAID_AFTER = Pattern.compile(
            "^(.{20,}?),? (said|says|told reporters|added|according to) ((?:[A-Z]|the |a )[\\w.' -]{2,60}?)\\s*\\.$");
    private static final Pattern SUBJECT_SAID_AFTER = Pattern.compile(
            "^(.{20,}?), ((?:[A-Z]|the |a )[\\w.' -]{2,60}?) (said|says|added)\\s*\\.$");
    private static final Pattern SAID_BEFORE = Pattern.compile(
            "^([A-Z][\\w.'-]*(?: [\\w.'-]+){0,5}) (said|says|told reporters) (?:that )?(.{20,}?)\\s*\\.$");
    private static final Pattern OPENING = Pattern.compile("^((?:On|In|At|After|Before|Earlier|Later|During|Since) [^,]{3,40}), (.{20,}?)\\s*([.!?])$");
    /** A quotation: straight or curly double quotes, or the {@code `` ... ''} of tokenized text, to the sentence end when unclosed. */
    private static final Pattern QUOTED = Pattern.compile("``.*?(''|$)|\"[^\"]*(\"|$)|“[^”]*(”|$)");
    private static final Pattern SPLIT_AT = Pattern.compile(", (and|but|while|which|who|after|as) ");

    private final Random random;
    private final BiFunction<String, Double, String> synonyms;

    /** @param synonyms rewrites a sentence, swapping each content word for a synonym with the given probability */
    public Paraphraser(Random random, BiFunction<String, Double, String> synonyms) {
        this.random = random;
        this.synonyms = synonyms;
    }

    /** One sentence reworded: clause moves where a pattern fits, then synonyms at {@code rate}. */
    public String reword(String sentence, double rate) {
        String s = sentence.strip();
        Matcher m;
        if ((m = SUBJECT_SAID_AFTER.matcher(s)).matches()) {
            s = capitalised(m.group(2)) + " " + m.group(3) + " that " + decapitalised(m.group(1)) + ".";
        } else if ((m = SAID_AFTER.matcher(s)).matches()) {
            String verb = m.group(2).equals("according to") ? "said" : m.group(2);
            s = capitalised(m.group(3)) + " " + verb + " that " + decapitalised(m.group(1)) + ".";
        } else if ((m = SAID_BEFORE.matcher(s)).matches()) {
            s = capitalised(m.group(3)) + ", " + m.group(1) + " " + m.group(2) + ".";
        } else if ((m = OPENING.matcher(s)).matches()) {
            s = capitalised(m.group(2)) + " " + decapitalised(m.group(1)) + m.group(3);
        }
        return outsideQuotes(s, rate);
    }

    /** Synonyms swapped in outside quotations only: a rewrite keeps what people said word for word. */
    private String outsideQuotes(String sentence, double rate) {
        Matcher q = QUOTED.matcher(sentence);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (q.find()) {
            out.append(synonyms.apply(sentence.substring(last, q.start()), rate)).append(q.group());
            last = q.end();
        }
        return out.append(synonyms.apply(sentence.substring(last), rate)).toString();
    }

    /** Two sentences as one: the first without its full stop, then a joining word and the second. */
    public String merge(String first, String second) {
        String a = first.strip().replaceAll("\\s*[.!?]$", "");
        String joint = random.nextBoolean() ? ", and " : "; ";
        return a + joint + decapitalised(second.strip());
    }

    /** A long sentence split in two at a clause boundary, or empty when it has none far enough in. */
    public List<String> split(String sentence) {
        Matcher m = SPLIT_AT.matcher(sentence);
        while (m.find()) {
            if (m.start() > 30 && sentence.length() - m.end() > 30) {
                String head = sentence.substring(0, m.start()) + ".";
                String word = m.group(1);
                String connective = switch (word) {
                    case "and" -> "Also, ";
                    case "but" -> "However, ";
                    case "while" -> "Meanwhile, ";
                    case "which", "who" -> "This ";
                    case "after" -> "That came after ";
                    default -> "That was as ";
                };
                String tail = sentence.substring(m.end());
                return List.of(head, connective + ("which".equals(word) || "who".equals(word) ? tail : tail));
            }
        }
        return List.of();
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Lower-cases the first letter unless the first word looks like a name (a capital inside, or "I"). */
    static String decapitalised(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
            return s;
        }
        String first = s.split("\\s+", 2)[0];
        boolean commonStart = List.of("The", "A", "An", "It", "This", "That", "These", "Those", "He", "She", "They", "We",
                "There", "In", "On", "At", "After", "Before", "Earlier", "Later", "During", "Since").contains(first);
        return commonStart ? s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1) : s;
    }
}
