package org.crosscheck.bench.corpus;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What every report of one generated story shares: its kind of event (whose words recur across
 * stories of that kind, as "fire" and "blaze" do), its key words (half its own, half its kind's
 * topic words), the people, places and organisation it names (about half of them recurring
 * figures, places and organisations that other stories name too), and its numbers. Derived from the story's seed alone, so that any
 * report can be regenerated without keeping the story in memory.
 */
final class NewsStoryFacts {

    static final int KINDS = 60;
    private static final int KIND_WORDS = 14;
    private static final int KEYWORDS = 18;
    private static final int TOPIC_WORDS = 40;

    final String[] kindWords;
    final String[] keywords;
    final String[] people;
    final String[] places;
    final int kind;
    String organisation;
    final String[] numbers;

    NewsStoryFacts(NewsVocabulary vocabulary, long storySeed) {
        this(vocabulary, storySeed, 0);
    }

    /**
     * The facts of a story; with a {@code parentSeed} (not 0) a sibling of that story: another
     * event of the same kind naming mostly the same people and places, with half its key words
     * (a second fire in the same town, the next round of the same talks). Siblings are
     * different gold stories that look alike, as real ones do.
     */
    NewsStoryFacts(NewsVocabulary vocabulary, long storySeed, long parentSeed) {
        SplittableRandom random = new SplittableRandom(storySeed);
        NewsStoryFacts parent = parentSeed == 0 ? null : new NewsStoryFacts(vocabulary, parentSeed, 0);
        int kind = parent != null ? parent.kind : random.nextInt(KINDS);
        this.kind = kind;
        SplittableRandom kindRandom = new SplittableRandom(0x4B1D0000L + kind);
        kindWords = new String[KIND_WORDS];
        for (int i = 0; i < KIND_WORDS; i++) {
            kindWords[i] = vocabulary.word(300 + kindRandom.nextInt(3000));
        }
        // a story's key words: half its own, half from its kind's topic words (shared with same-kind stories)
        String[] topic = new String[TOPIC_WORDS];
        for (int i = 0; i < TOPIC_WORDS; i++) {
            topic[i] = vocabulary.zipfFrom(kindRandom, 600);
        }
        keywords = new String[KEYWORDS];
        for (int i = 0; i < KEYWORDS; i++) {
            keywords[i] = i % 2 == 0 ? vocabulary.zipfFrom(random, 600) : topic[random.nextInt(TOPIC_WORDS)];
        }
        // recurring public figures, places and organisations appear in many stories
        people = new String[2 + random.nextInt(3)];
        for (int i = 0; i < people.length; i++) {
            people[i] = random.nextBoolean() ? vocabulary.figure(random) : NewsVocabulary.personName(random);
        }
        places = new String[1 + random.nextInt(2)];
        for (int i = 0; i < places.length; i++) {
            places[i] = random.nextInt(5) < 3 ? vocabulary.place(random) : NewsVocabulary.placeName(random);
        }
        organisation = random.nextInt(5) < 3 ? vocabulary.organisation(random) : NewsVocabulary.organisationName(random);
        numbers = new String[4];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = number(random);
        }
        if (parent != null) {
            for (int i = 0; i < KEYWORDS; i += 2) {
                keywords[i] = parent.keywords[i];
            }
            for (int i = 0; i < people.length; i++) {
                if (random.nextInt(4) < 3) {
                    people[i] = parent.people[i % parent.people.length];
                }
            }
            places[0] = parent.places[0];
            if (random.nextBoolean()) {
                organisation = parent.organisation;
            }
        }
    }

    private static String number(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> Integer.toString(2 + random.nextInt(60));
            case 1 -> String.format(Locale.ROOT, "%,d", 100 + random.nextInt(20_000));
            case 2 -> (1 + random.nextInt(9)) + "." + random.nextInt(10) + " million";
            case 3 -> (1 + random.nextInt(95)) + " percent";
            default -> "$" + (1 + random.nextInt(900)) + " million";
        };
    }
}
