package org.crosscheck.bench.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words of the generated news stream: a ranked word list drawn with Zipf's law (exponent
 * about 1, as word frequencies in news are), whose top ranks are common English function and
 * news words and the rest invented lower-case words, shorter ones more frequent; and invented
 * proper names (people, places, organisations) built from syllables. Fixed: the same on every
 * run, whatever the stream's seed.
 */
final class NewsVocabulary {

    /** Common words at the top ranks, most frequent first (a list of everyday English words). */
    private static final String[] COMMON = ("the of and to a in that is was for on it with as said he at by "
            + "from his be have has an are were they not but this which or after who their will would been "
            + "more its also one two about over than new when year people last first up out into other could "
            + "some there all we what them no if can so officials police government week time told percent city "
            + "state country according between while before during since under just only most many three four "
            + "because where should may say says still years day she her him our against until local public "
            + "report reported statement spokesman spokeswoman minister president court company market school "
            + "council meeting area support plan plans group including later earlier next further expected "
            + "announced confirmed million billion workers residents members leaders found made took left set "
            + "called asked added went come back down off well even however several both each those these such "
            + "through around near across without within among").split(" ");

    private static final String[] ONSETS = {"b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k",
        "l", "m", "n", "p", "pl", "pr", "r", "s", "sh", "st", "t", "tr", "v", "w", "z", ""};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "ee"};
    private static final String[] CODAS = {"", "", "n", "r", "l", "s", "t", "m", "nd", "st", "ck", "ng", "x", "rt"};
    private static final String[] PLACE_SUFFIXES = {"ford", "ton", "ville", "burg", "dale", "mouth", "field", "wick",
        "port", "stead", "haven", "bridge", ""};
    private static final String[] ORG_FORMS = {"%s Council", "Ministry of %s", "%s Group", "%s Holdings",
        "%s University", "%s Transit Authority", "%s Party", "%s Health Trust", "%s Federation", "%s Bank"};

    private final String[] words;
    private final double exponent;
    private final Alias all;
    private final Map<Integer, Alias> tails = new HashMap<>();
    private final String[] figures = new String[3000];
    private final String[] knownPlaces = new String[2000];
    private final String[] organisations = new String[1000];

    NewsVocabulary(int size, double exponent) {
        SplittableRandom random = new SplittableRandom(0x70CAB);
        Set<String> seen = new HashSet<>(List.of(COMMON));
        List<String> list = new ArrayList<>(List.of(COMMON));
        while (list.size() < size) {
            // rank grows with length: 1-2 syllables first, up to 4 later
            int syllables = 1 + Math.min(2, (int) (Math.log10(list.size()) * random.nextDouble(0.3, 0.8)));
            String w = syllables(random, syllables, false);
            if (w.length() > 1 && seen.add(w)) {
                list.add(w);
            }
        }
        words = list.toArray(String[]::new);
        this.exponent = exponent;
        this.all = new Alias(0, words.length, exponent);
        SplittableRandom names = new SplittableRandom(0x4E4D35L);
        for (int i = 0; i < figures.length; i++) {
            figures[i] = personName(names);
        }
        for (int i = 0; i < knownPlaces.length; i++) {
            knownPlaces[i] = placeName(names);
        }
        for (int i = 0; i < organisations.length; i++) {
            organisations[i] = organisationName(names);
        }
    }

    /** A recurring public figure: a few are in the news all the time, most now and then. */
    String figure(SplittableRandom random) {
        return figures[powerLawIndex(random, figures.length)];
    }

    /** A recurring place. */
    String place(SplittableRandom random) {
        return knownPlaces[powerLawIndex(random, knownPlaces.length)];
    }

    /** A recurring organisation. */
    String organisation(SplittableRandom random) {
        return organisations[powerLawIndex(random, organisations.length)];
    }

    /** An index in {@code [0, n)} with probability falling about as 1/(index+1). */
    static int powerLawIndex(SplittableRandom random, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1.0, random.nextDouble()) - 1));
    }

    int size() {
        return words.length;
    }

    String word(int rank) {
        return words[rank];
    }

    /** A word drawn by Zipf's law over the whole list. */
    String zipf(SplittableRandom random) {
        return words[zipfRank(random)];
    }

    int zipfRank(SplittableRandom random) {
        return all.draw(random);
    }

    /** A word of rank {@code from} or lower, drawn by Zipf's law over that part of the list. */
    String zipfFrom(SplittableRandom random, int from) {
        return words[tails.computeIfAbsent(from, f -> new Alias(f, words.length, exponent)).draw(random)];
    }

    static String personName(SplittableRandom random) {
        return syllables(random, 1 + random.nextInt(2), true) + " " + syllables(random, 2 + random.nextInt(2), true);
    }

    static String placeName(SplittableRandom random) {
        return syllables(random, 1 + random.nextInt(2), true) + PLACE_SUFFIXES[random.nextInt(PLACE_SUFFIXES.length)];
    }

    static String organisationName(SplittableRandom random) {
        return String.format(Locale.ROOT, ORG_FORMS[random.nextInt(ORG_FORMS.length)], syllables(random, 2, true));
    }

    /** An outlet name such as "Valmont Courier". */
    static String siteName(SplittableRandom random) {
        String[] kinds = {"Courier", "Herald", "Times", "Post", "Gazette", "Daily", "News", "Observer", "Tribune",
            "Chronicle", "Wire", "Record", "Press", "Journal"};
        return syllables(random, 2, true) + " " + kinds[random.nextInt(kinds.length)];
    }

    private static String syllables(SplittableRandom random, int count, boolean capitalised) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            if (random.nextInt(3) == 0 || i == count - 1) {
                s.append(CODAS[random.nextInt(CODAS.length)]);
            }
        }
        if (capitalised && s.length() > 0) {
            s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        }
        return s.toString();
    }

    /** Walker's alias tables (Vose's construction): a Zipf-distributed rank in {@code [from, to)} in constant time. */
    private static final class Alias {
        private final int from;
        private final double[] keep;
        private final int[] alias;

        Alias(int from, int to, double exponent) {
            this.from = from;
            int n = to - from;
            double[] scaled = new double[n];
            double sum = 0;
            for (int r = 0; r < n; r++) {
                scaled[r] = 1.0 / Math.pow(from + r + 1, exponent);
                sum += scaled[r];
            }
            keep = new double[n];
            alias = new int[n];
            int[] small = new int[n];
            int[] large = new int[n];
            int smalls = 0;
            int larges = 0;
            for (int r = n - 1; r >= 0; r--) {
                scaled[r] *= n / sum;
                if (scaled[r] < 1) {
                    small[smalls++] = r;
                } else {
                    large[larges++] = r;
                }
            }
            while (smalls > 0 && larges > 0) {
                int s = small[--smalls];
                int l = large[--larges];
                keep[s] = scaled[s];
                alias[s] = l;
                scaled[l] = scaled[l] + scaled[s] - 1;
                if (scaled[l] < 1) {
                    small[smalls++] = l;
                } else {
                    large[larges++] = l;
                }
            }
            while (larges > 0) {
                keep[large[--larges]] = 1;
            }
            while (smalls > 0) {
                keep[small[--smalls]] = 1;
            }
        }

        int draw(SplittableRandom random) {
            int r = random.nextInt(keep.length);
            return from + (random.nextDouble() < keep[r] ? r : alias[r]);
        }
    }
}
