package org.crosscheck.language;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * {@link Lexicon} over WordNet 3.1 through extjwnl and its bundled data. Words are reduced to
 * all their WordNet base forms first ("closed" is "close" as a verb and "closed" as an
 * adjective). Two words are synonyms when a sense of one is a sense of the other; they are
 * antonyms when a sense of one has an ANTONYM pointer (lexical or semantic) to a sense of the
 * other. The dictionary loads once per JVM, on first use, and is shared.
 */
public final class WordNetLexicon implements Lexicon {

    private static final LazyModel<Dictionary> SHARED = LazyModel.of(WordNetLexicon::load);

    /** Part-of steps followed to find the wholes a place lies within (borough, city, state, country). */
    private static final int WITHIN_STEPS = 4;

    /** Synset offsets of every sense of a word, keyed by part of speech and word. */
    private static final Map<String, Set<Long>> SENSES = new ConcurrentHashMap<>();
    /** Synset offsets the senses of a word point to as antonyms. */
    private static final Map<String, Set<Long>> ANTONYMS = new ConcurrentHashMap<>();
    /** Ids of the broader senses of a word, keyed by part of speech and word. */
    private static final Map<String, Set<Long>> BROADER = new ConcurrentHashMap<>();
    /** Ids of the places a name names and of the wholes they are part of. */
    private static final Map<String, Set<Long>> PLACES = new ConcurrentHashMap<>();
    /** Noun senses derived from a verb's senses, by verb. */
    private static final Map<String, Set<Long>> DERIVED = new ConcurrentHashMap<>();
    /** Ids of the senses up to some hypernym steps above a noun's most frequent sense, by steps and noun. */
    private static final Map<String, Set<Long>> FIRST_SENSE_BROADER = new ConcurrentHashMap<>();
    /** Noun senses derived from the antonyms of a verb's senses, by verb. */
    private static final Map<String, Set<Long>> OPPOSITE_EVENTS = new ConcurrentHashMap<>();
    /** Verb senses a verb's senses cause, entail or fall under within two steps, by verb. */
    private static final Map<String, Set<Long>> LEADS_TO = new ConcurrentHashMap<>();
    /** A word with its base forms, by part of speech and word. */
    private static final Map<String, Set<String>> BASE_FORMS = new ConcurrentHashMap<>();
    /** How far up a noun's hypernyms its event may be named ("summit", "summit meeting", "meeting"). */
    private static final int EVENT_STEPS = 1;
    /** Irregular inflected forms of each lemma, per part of speech, read once from the exception lists. */
    private static final Map<PartOfSpeech, Map<String, List<String>>> IRREGULAR = new ConcurrentHashMap<>();

    @Override
    public boolean areSynonyms(String lemmaA, String lemmaB, PartOfSpeech pos) {
        String a = normalised(lemmaA);
        String b = normalised(lemmaB);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        Set<Long> common = new HashSet<>(senses(a, pos));
        common.retainAll(senses(b, pos));
        return !common.isEmpty();
    }

    @Override
    public boolean areAntonyms(String lemmaA, String lemmaB, PartOfSpeech pos) {
        String a = normalised(lemmaA);
        String b = normalised(lemmaB);
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return false;
        }
        return pointsTo(antonymTargets(a, pos), senses(b, pos)) || pointsTo(antonymTargets(b, pos), senses(a, pos));
    }

    /**
     * The other single-word lemmas of the word's most frequent sense in this part of speech (the
     * first sense of its first base form), in WordNet's order; empty when it has none. Used to
     * generate synonym rewrites for the provenance benchmark.
     */
    public List<String> synonyms(String word, PartOfSpeech pos) {
        String w = normalised(word);
        List<Synset> senses = w.isEmpty() ? List.of() : synsets(w, pos);
        if (senses.isEmpty()) {
            return List.of();
        }
        Dictionary dictionary = dictionary();
        synchronized (dictionary) {
            List<String> out = new java.util.ArrayList<>();
            for (net.sf.extjwnl.data.Word lemma : senses.get(0).getWords()) {
                String l = lemma.getLemma().toLowerCase(Locale.ROOT);
                if (!l.equals(w) && !l.contains(" ") && !l.contains("-") && !out.contains(l)) {
                    out.add(l);
                }
            }
            return List.copyOf(out);
        }
    }

    /**
     * The single-word lemmas that the word's most frequent sense in this part of speech (the first
     * sense of its first base form, as in {@link #synonyms}) names as its lexical antonyms ("lose"
     * for "win"); empty when it has none. Used to plant antonym conflicts in the conflicts
     * benchmark.
     */
    public List<String> antonyms(String word, PartOfSpeech pos) {
        String w = normalised(word);
        if (w.isEmpty()) {
            return List.of();
        }
        Dictionary dictionary = dictionary();
        synchronized (dictionary) {
            try {
                Set<String> out = new LinkedHashSet<>();
                for (Synset s : synsets(w, pos).stream().limit(1).toList()) {
                    for (net.sf.extjwnl.data.Word own : s.getWords()) {
                        if (!own.getLemma().equalsIgnoreCase(w)) {
                            continue;
                        }
                        for (Pointer p : own.getPointers(PointerType.ANTONYM)) {
                            if (p.getTarget() instanceof net.sf.extjwnl.data.Word target) {
                                String l = target.getLemma().toLowerCase(Locale.ROOT);
                                if (!l.contains(" ") && !l.contains("-")) {
                                    out.add(l);
                                }
                            }
                        }
                    }
                }
                return List.copyOf(out);
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed for " + word, e);
            }
        }
    }

    /**
     * The irregular inflected forms WordNet's exception lists give for a lemma ("won" for "win",
     * "fell" and "fallen" for "fall"), sorted; empty for a regular word. Used to inflect planted
     * antonyms in the conflicts benchmark.
     */
    public List<String> irregularForms(String lemma, PartOfSpeech pos) {
        String w = normalised(lemma);
        return IRREGULAR.computeIfAbsent(pos, WordNetLexicon::irregularTable).getOrDefault(w, List.of());
    }

    @Override
    public boolean isWord(String word, PartOfSpeech pos) {
        return !senseIds(word, pos).isEmpty();
    }

    @Override
    public Set<String> baseForms(String word, PartOfSpeech pos) {
        String w = normalised(word);
        return w.isEmpty() ? Set.of() : BASE_FORMS.computeIfAbsent(pos + "|" + w, k -> {
            Set<String> out = new LinkedHashSet<>();
            out.add(w);
            Dictionary dictionary = dictionary();
            synchronized (dictionary) {
                try {
                    out.addAll(dictionary.getMorphologicalProcessor().lookupAllBaseForms(wordNetPos(pos), w));
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet lookup failed for " + w, e);
                }
            }
            return Set.copyOf(out);
        });
    }

    /** Ids of every sense of the word (and of its base forms) in this part of speech; empty when unknown. */
    public Set<Long> senseIds(String word, PartOfSpeech pos) {
        String w = normalised(word);
        return w.isEmpty() ? Set.of() : senses(w, pos);
    }

    /**
     * Ids of the senses up to {@code steps} steps broader than the word's senses: their
     * hypernyms ("road" for "pavement", "thoroughfare" then "road" for "street"), and for
     * adjectives their similar senses (one step only: the head an adjective is similar to is
     * similar to all its other satellites). A word stands for another in a paraphrase when they share
     * a sense or one's sense is a broader sense of the other's; two words that only share a
     * broader sense ("pink" and "yellow") do not.
     */
    public Set<Long> broaderIds(String word, PartOfSpeech pos, int steps) {
        String w = normalised(word);
        if (w.isEmpty()) {
            return Set.of();
        }
        return BROADER.computeIfAbsent(pos + "|" + steps + "|" + w, k -> closure(synsets(w, pos), steps,
                (type, step) -> type == PointerType.HYPERNYM || type == PointerType.INSTANCE_HYPERNYM
                        || (type == PointerType.SIMILAR_TO && step == 0)));
    }

    /**
     * Ids of what a place name names and of the wholes it is part of, up to {@code steps} steps
     * ("London" is part of "England", which is part of the "United Kingdom"), with the nouns an
     * adjective pertains to ("British" to "Britain", "Ukrainian" to "Ukraine"). Empty when WordNet
     * does not know the word.
     */
    public Set<Long> placeIds(String word, int steps) {
        String w = normalised(word);
        if (w.isEmpty()) {
            return Set.of();
        }
        return PLACES.computeIfAbsent(steps + "|" + w, k -> {
            Set<Synset> start = new LinkedHashSet<>(synsets(w, PartOfSpeech.NOUN));
            start.addAll(pertainyms(w));
            return closure(List.copyOf(start), steps, (type, step) -> type == PointerType.PART_HOLONYM);
        });
    }

    @Override
    public boolean isWithin(String place, String whole) {
        if (normalised(place).equals(normalised(whole))) {
            return false;
        }
        Set<Long> wholes = placeIds(whole, 0);
        if (wholes.isEmpty()) {
            return false;
        }
        Set<Long> around = new HashSet<>(placeIds(place, WITHIN_STEPS));
        around.removeAll(placeIds(place, 0));
        around.retainAll(wholes);
        return !around.isEmpty();
    }

    @Override
    public boolean isKindOf(String noun, String broader, int steps) {
        Set<Long> wanted = senses(broader, PartOfSpeech.NOUN);
        if (wanted.isEmpty()) {
            return false;
        }
        // the most frequent sense only: "day" is also a writer's name, "foot" also the infantry
        Set<Long> above = FIRST_SENSE_BROADER.computeIfAbsent(steps + "|" + normalised(noun), k -> {
            List<Synset> senses = synsets(normalised(noun), PartOfSpeech.NOUN);
            return senses.isEmpty() ? Set.of() : closure(List.of(senses.get(0)), steps,
                    (type, step) -> type == PointerType.HYPERNYM || type == PointerType.INSTANCE_HYPERNYM);
        });
        return above.stream().anyMatch(wanted::contains);
    }

    @Override
    public boolean isKindOfAction(String verb, String broader, int steps) {
        Set<Long> wanted = senses(broader, PartOfSpeech.VERB);
        return !wanted.isEmpty() && broaderIds(verb, PartOfSpeech.VERB, steps).stream().anyMatch(wanted::contains);
    }

    @Override
    public boolean namesEvent(String noun, String verb) {
        String v = normalised(verb);
        String n = normalised(noun);
        if (v.isEmpty() || n.isEmpty()) {
            return false;
        }
        Set<Long> derived = DERIVED.computeIfAbsent(v, k -> {
            Set<Long> out = new HashSet<>();
            Dictionary dictionary = dictionary();
            synchronized (dictionary) {
                try {
                    for (Synset s : synsets(v, PartOfSpeech.VERB)) {
                        for (Pointer p : s.getPointers(PointerType.DERIVATION)) {
                            if (p.getTargetPOS() == POS.NOUN) {
                                out.add(p.getTargetOffset());
                            }
                        }
                    }
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet lookup failed for " + v, e);
                }
            }
            return Set.copyOf(out);
        });
        if (derived.isEmpty()) {
            return false;
        }
        Set<Long> named = new HashSet<>(broaderIds(n, PartOfSpeech.NOUN, EVENT_STEPS));
        named.retainAll(derived);
        return !named.isEmpty();
    }

    /**
     * The noun names an event opposite to the verb: a noun sense that WordNet derives from one of
     * the verb's antonyms, or one step narrower ("win" against "lose", "fall" against "rise").
     */
    public boolean namesOppositeEvent(String noun, String verb) {
        String v = normalised(verb);
        String n = normalised(noun);
        if (v.isEmpty() || n.isEmpty()) {
            return false;
        }
        Set<Long> opposite = OPPOSITE_EVENTS.computeIfAbsent(v, k -> {
            Set<Long> out = new HashSet<>();
            Dictionary dictionary = dictionary();
            synchronized (dictionary) {
                try {
                    for (Long target : antonymTargets(v, PartOfSpeech.VERB)) {
                        Synset antonym = dictionary.getSynsetAt(POS.VERB, target);
                        if (antonym == null) {
                            continue;
                        }
                        for (Pointer p : antonym.getPointers(PointerType.DERIVATION)) {
                            if (p.getTargetPOS() == POS.NOUN) {
                                out.add(p.getTargetOffset());
                            }
                        }
                    }
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet lookup failed for " + v, e);
                }
            }
            return Set.copyOf(out);
        });
        return !opposite.isEmpty() && pointsTo(opposite, broaderIds(n, PartOfSpeech.NOUN, EVENT_STEPS));
    }

    @Override
    public boolean pertainsTo(String adjective, String noun) {
        String a = normalised(adjective);
        String n = normalised(noun);
        if (a.isEmpty() || n.isEmpty() || a.equals(n)) {
            return false;
        }
        Dictionary dictionary = dictionary();
        synchronized (dictionary) {
            for (Synset s : pertainyms(a)) {
                for (net.sf.extjwnl.data.Word w : s.getWords()) {
                    if (normalised(w.getLemma()).equals(n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The nouns' senses that the adjective senses of a word pertain to. */
    private static Set<Synset> pertainyms(String word) {
        Set<Synset> out = new LinkedHashSet<>();
        Dictionary dictionary = dictionary();
        synchronized (dictionary) {
            try {
                for (Synset s : synsets(word, PartOfSpeech.ADJECTIVE)) {
                    for (Pointer p : s.getPointers(PointerType.PERTAINYM)) {
                        if (p.getTargetPOS() == POS.NOUN) {
                            out.add(p.getTargetSynset());
                        }
                    }
                }
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed for " + word, e);
            }
        }
        return out;
    }

    @Override
    public boolean leadsTo(String verb, String other) {
        String v = normalised(verb);
        String o = normalised(other);
        if (v.isEmpty() || o.isEmpty() || v.equals(o)) {
            return false;
        }
        // the most frequent sense only: "kill" is also to hurt ("these shoes are killing me")
        Set<Long> reached = LEADS_TO.computeIfAbsent(v, k -> {
            List<Synset> senses = synsets(k, PartOfSpeech.VERB);
            return senses.isEmpty() ? Set.of() : closure(List.of(senses.get(0)), 2,
                    (type, step) -> type == PointerType.CAUSE || type == PointerType.ENTAILMENT || type == PointerType.HYPERNYM);
        });
        return senses(o, PartOfSpeech.VERB).stream().anyMatch(reached::contains);
    }

    /** The offsets of the given senses and of the senses reached from them by the pointers followed at each step. */
    private static Set<Long> closure(List<Synset> start, int steps,
                                     java.util.function.BiPredicate<PointerType, Integer> follow) {
        Set<Long> out = new HashSet<>();
        Dictionary dictionary = dictionary();
        synchronized (dictionary) {
            try {
                List<Synset> frontier = start;
                start.forEach(s -> out.add(s.getOffset()));
                for (int step = 0; step < steps && !frontier.isEmpty(); step++) {
                    List<Synset> next = new java.util.ArrayList<>();
                    for (Synset s : frontier) {
                        for (Pointer p : s.getPointers()) {
                            if (follow.test(p.getType(), step) && p.getTargetPOS() == s.getPOS()
                                    && out.add(p.getTargetOffset())) {
                                next.add(p.getTargetSynset());
                            }
                        }
                    }
                    frontier = next;
                }
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed", e);
            }
        }
        return Set.copyOf(out);
    }

    private static Map<String, List<String>> irregularTable(PartOfSpeech pos) {
        Map<String, java.util.TreeSet<String>> forms = new java.util.TreeMap<>();
        Dictionary dictionary = dictionary();
        synchronized (dictionary) {
            try {
                java.util.Iterator<net.sf.extjwnl.data.Exc> it = dictionary.getExceptionIterator(wordNetPos(pos));
                while (it.hasNext()) {
                    net.sf.extjwnl.data.Exc exc = it.next();
                    for (String base : exc.getExceptions()) {
                        forms.computeIfAbsent(base.toLowerCase(Locale.ROOT), k -> new java.util.TreeSet<>())
                                .add(exc.getLemma().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet exception lists cannot be read", e);
            }
        }
        Map<String, List<String>> out = new java.util.HashMap<>();
        forms.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    private static boolean pointsTo(Set<Long> targets, Set<Long> senses) {
        for (Long t : targets) {
            if (senses.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static String normalised(String lemma) {
        return lemma == null ? "" : lemma.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Set<Long> senses(String word, PartOfSpeech pos) {
        return SENSES.computeIfAbsent(pos + "|" + word, k -> {
            Set<Long> out = new HashSet<>();
            for (Synset s : synsets(word, pos)) {
                out.add(s.getOffset());
            }
            return Set.copyOf(out);
        });
    }

    private static Set<Long> antonymTargets(String word, PartOfSpeech pos) {
        return ANTONYMS.computeIfAbsent(pos + "|" + word, k -> {
            Set<Long> out = new HashSet<>();
            POS wnPos = wordNetPos(pos);
            Dictionary dictionary = dictionary();
            synchronized (dictionary) {
                try {
                    for (Synset s : synsets(word, pos)) {
                        // synset pointers include the lexical ones of each word in the synset
                        for (Pointer p : s.getPointers(PointerType.ANTONYM)) {
                            if (p.getTargetPOS() == wnPos) {
                                out.add(p.getTargetOffset());
                            }
                        }
                    }
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet lookup failed for " + word, e);
                }
            }
            return Set.copyOf(out);
        });
    }

    /** Every sense of the word itself and of each of its base forms. */
    private static List<Synset> synsets(String word, PartOfSpeech pos) {
        POS wnPos = wordNetPos(pos);
        Dictionary dictionary = dictionary();
        synchronized (dictionary) {
            try {
                Set<String> forms = new LinkedHashSet<>();
                forms.add(word);
                forms.addAll(dictionary.getMorphologicalProcessor().lookupAllBaseForms(wnPos, word));
                Set<Synset> out = new LinkedHashSet<>();
                for (String form : forms) {
                    IndexWord indexWord = dictionary.getIndexWord(wnPos, form);
                    if (indexWord != null) {
                        out.addAll(indexWord.getSenses());
                    }
                }
                return List.copyOf(out);
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed for " + word, e);
            }
        }
    }

    private static POS wordNetPos(PartOfSpeech pos) {
        return switch (pos) {
            case NOUN -> POS.NOUN;
            case VERB -> POS.VERB;
            case ADJECTIVE -> POS.ADJECTIVE;
            case ADVERB -> POS.ADVERB;
        };
    }

    private static Dictionary dictionary() {
        return SHARED.get();
    }

    private static Dictionary load() {
        try {
            return Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot load the bundled WordNet data", e);
        }
    }
}
