package org.crosscheck.bench;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What every report of one generated story shares: its kind of event (whose words recur across
 * stories of that kind, as "fire" and "blaze" do), its own key words, the people, places and
 * organisation it names, and its numbers. Derived from the story's seed alone, so that any
 * report can be regenerated without keeping the story in memory.
 */
final class NewsStoryFacts {

    static final int KINDS = 60;
    private static final int KIND_WORDS = 14;
    private static final int KEYWORDS = 18;

    final String[] kindWords;
    final String[] keywords;
    final String[] people;
    final String[] places;
    final String organisation;
    final String[] numbers;

    NewsStoryFacts(NewsVocabulary vocabulary, long storySeed) {
        SplittableRandom random = new SplittableRandom(storySeed);
        int kind = random.nextInt(KINDS);
        SplittableRandom kindRandom = new SplittableRandom(0x4B1D0000L + kind);
        kindWords = new String[KIND_WORDS];
        for (int i = 0; i < KIND_WORDS; i++) {
            kindWords[i] = vocabulary.word(300 + kindRandom.nextInt(3000));
        }
        keywords = new String[KEYWORDS];
        for (int i = 0; i < KEYWORDS; i++) {
            keywords[i] = vocabulary.zipfFrom(random, 600);
        }
        people = new String[2 + random.nextInt(3)];
        for (int i = 0; i < people.length; i++) {
            people[i] = NewsVocabulary.personName(random);
        }
        places = new String[1 + random.nextInt(2)];
        for (int i = 0; i < places.length; i++) {
            places[i] = NewsVocabulary.placeName(random);
        }
        organisation = NewsVocabulary.organisationName(random);
        numbers = new String[4];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = number(random);
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
