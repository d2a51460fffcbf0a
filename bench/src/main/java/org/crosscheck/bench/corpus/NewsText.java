package org.crosscheck.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the text of generated reports. Not English prose, but shaped like news to a tokenizer:
 * sentences of 8 to 32 words with commas, a capital letter and a full stop; paragraphs of two to
 * four sentences separated by a blank line; capitalised names of people, places and an
 * organisation; numbers; common words drawn by Zipf's law beside the story's and its kind's words.
 * Also the two ways an outlet reuses a report: a wire copy with small edits (a few words, a
 * dateline, a credit line, rarely the last paragraph) and a rewrite (sentences dropped, reordered
 * and reworded, new ones added).
 */
final class NewsText {

    private static final int FOCUS = 10;

    private final NewsVocabulary vocabulary;

    NewsText(NewsVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A fresh report of about {@code words} words. */
    String report(NewsStoryFacts facts, SplittableRandom random, int words) {
        // each outlet's report stresses some of the story's key words, not all
        String[] focus = new String[FOCUS];
        for (int i = 0; i < FOCUS; i++) {
            focus[i] = pick(facts.keywords, random);
        }
        List<String> sentences = new ArrayList<>();
        int written = 0;
        while (written < words) {
            String s = sentence(facts, focus, random);
            sentences.add(s);
            written += 1 + count(s, ' ');
        }
        return paragraphs(sentences, random);
    }

    /** A headline of six to eleven words. */
    String title(NewsStoryFacts facts, SplittableRandom random) {
        StringBuilder t = new StringBuilder();
        t.append(random.nextBoolean() ? pick(facts.places, random) : pick(facts.people, random));
        int n = 5 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            t.append(' ');
            int r = random.nextInt(10);
            t.append(r < 3 ? pick(facts.kindWords, random) : r < 7 ? pick(facts.keywords, random)
                    : r < 8 ? facts.numbers[random.nextInt(facts.numbers.length)] : vocabulary.zipf(random));
        }
        return t.toString();
    }

    /** A wire copy: the source with at most three words changed, and maybe a dateline, a credit line, or its last paragraph dropped. */
    String wireCopy(String source, NewsStoryFacts facts, String site, SplittableRandom random) {
        List<String> paragraphs = new ArrayList<>(List.of(source.split("\n\n")));
        if (paragraphs.size() >= 6 && random.nextInt(5) == 0) {
            paragraphs.remove(paragraphs.size() - 1);
        }
        int edits = random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int p = random.nextInt(paragraphs.size());
            String[] w = paragraphs.get(p).split(" ");
            int i = random.nextInt(w.length);
            String replaced = vocabulary.zipf(random);
            w[i] = w[i].endsWith(".") ? replaced + "." : w[i].endsWith(",") ? replaced + "," : replaced;
            paragraphs.set(p, String.join(" ", w));
        }
        if (random.nextInt(5) < 2) {
            paragraphs.set(0, pick(facts.places, random).toUpperCase(java.util.Locale.ROOT) + " (" + site + ") - "
                    + paragraphs.get(0));
        }
        if (random.nextInt(5) < 2) {
            paragraphs.add("Reporting by " + NewsVocabulary.personName(random) + "; editing by "
                    + NewsVocabulary.personName(random) + ".");
        }
        return String.join("\n\n", paragraphs);
    }

    /** A rewrite: about six in ten source sentences kept, some swapped, a quarter of their words changed, a few new sentences. */
    String rewrite(String source, NewsStoryFacts facts, SplittableRandom random) {
        List<String> kept = new ArrayList<>();
        for (String paragraph : source.split("\n\n")) {
            for (String s : paragraph.split("(?<=\\.) ")) {
                if (random.nextInt(10) < 6) {
                    kept.add(reword(s, facts, random));
                }
            }
        }
        for (int i = 0; i + 1 < kept.size(); i++) {
            if (random.nextInt(4) == 0) {
                String a = kept.get(i);
                kept.set(i, kept.get(i + 1));
                kept.set(i + 1, a);
            }
        }
        int added = 1 + random.nextInt(4);
        for (int i = 0; i < added; i++) {
            kept.add(random.nextInt(kept.size() + 1), sentence(facts, facts.keywords, random));
        }
        return paragraphs(kept, random);
    }

    private String reword(String sentence, NewsStoryFacts facts, SplittableRandom random) {
        String[] w = sentence.split(" ");
        for (int i = 1; i < w.length; i++) {
            if (random.nextInt(4) == 0 && Character.isLowerCase(w[i].charAt(0))) {
                String replaced = random.nextBoolean() ? pick(facts.keywords, random) : vocabulary.zipf(random);
                w[i] = w[i].endsWith(".") ? replaced + "." : w[i].endsWith(",") ? replaced + "," : replaced;
            }
        }
        return String.join(" ", w);
    }

    private String sentence(NewsStoryFacts facts, String[] keywords, SplittableRandom random) {
        int n = 8 + random.nextInt(12) + random.nextInt(13);
        StringBuilder s = new StringBuilder(n * 7);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(i > 3 && random.nextInt(14) == 0 ? ", " : " ");
            }
            int r = random.nextInt(100);
            String w;
            if (r < 55) {
                w = vocabulary.zipf(random);
            } else if (r < 71) {
                w = pick(keywords, random);
            } else if (r < 80) {
                w = pick(facts.kindWords, random);
            } else if (r < 85) {
                w = pick(facts.people, random);
            } else if (r < 89) {
                w = pick(facts.places, random);
            } else if (r < 91) {
                w = facts.organisation;
            } else if (r < 94) {
                w = facts.numbers[random.nextInt(facts.numbers.length)];
            } else {
                w = vocabulary.zipfFrom(random, 2000);
            }
            if (i == 0) {
                s.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                s.append(w);
            }
        }
        return s.append('.').toString();
    }

    private static String paragraphs(List<String> sentences, SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int inParagraph = 0;
        int target = 2 + random.nextInt(3);
        for (String s : sentences) {
            if (inParagraph == target) {
                text.append("\n\n");
                inParagraph = 0;
                target = 2 + random.nextInt(3);
            } else if (inParagraph > 0) {
                text.append(' ');
            }
            text.append(s);
            inParagraph++;
        }
        return text.toString();
    }

    private static String pick(String[] options, SplittableRandom random) {
        return options[random.nextInt(options.length)];
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
