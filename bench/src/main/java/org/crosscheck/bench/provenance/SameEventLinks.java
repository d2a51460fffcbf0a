package org.crosscheck.bench.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.bench.corpus.DerivationCases;
import org.crosscheck.bench.corpus.EcbPlusCorpus;
import org.crosscheck.provenance.ProvenanceTracer;
import org.crosscheck.provenance.ReuseLink;

/**
 * Real same-event pairs: each gold event of ECB+ traced as one story (its articles undated), every
 * link checked against the judgments in {@code ecbplus-linked-pairs.tsv} (pairs of files read by
 * hand: {@code copy}, {@code rewrite} or {@code partial} when one reused the other's text, {@code
 * independent} when not, with a one-line reason). Pairs that share a run of eight words are
 * counted apart: many are one wire text carried by several sites, which a link is right to join.
 * A link on any other pair not judged reuse is false; one not judged at all is listed on standard
 * error to be read and judged.
 */
final class SameEventLinks {

    /** A judged pair. */
    record Judgment(String verdict, String reason) {

        boolean reuse() {
            return verdict.equals("copy") || verdict.equals("rewrite") || verdict.equals("partial");
        }
    }

    private SameEventLinks() {
    }

    /** The judgments shipped with the bench, by {@link DerivationCases#pairKey}. */
    static Map<String, Judgment> judgments() throws IOException {
        Map<String, Judgment> out = new TreeMap<>();
        try (InputStream in = SameEventLinks.class.getResourceAsStream("ecbplus-linked-pairs.tsv")) {
            if (in == null) {
                throw new IOException("no ecbplus-linked-pairs.tsv beside SameEventLinks");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 4) {
                    throw new IOException("ecbplus-linked-pairs.tsv: expected 4 fields in " + line);
                }
                out.put(DerivationCases.pairKey(f[0], f[1]), new Judgment(f[2], f[3]));
            }
        }
        return out;
    }

    /** Keys of pairs judged copies or rewrites of one another. */
    static Set<String> reusePairs(Map<String, Judgment> judged) {
        Set<String> out = new HashSet<>();
        judged.forEach((k, j) -> {
            if (j.reuse()) {
                out.add(k);
            }
        });
        return out;
    }

    /**
     * Every same-event pair of the documents as a case with no gold link (pairs judged reuse left
     * out), those sharing a run of words ({@link DerivationCases#sharesRun}) apart when {@code shared}.
     */
    static List<DerivationCases.Case> pairs(List<EcbPlusCorpus.Doc> docs, Map<String, Judgment> judged, boolean shared) {
        Map<String, List<EcbPlusCorpus.Doc>> byEvent = byEvent(docs);
        List<DerivationCases.Case> out = new ArrayList<>();
        for (List<EcbPlusCorpus.Doc> event : byEvent.values()) {
            for (int i = 0; i < event.size(); i++) {
                for (int j = i + 1; j < event.size(); j++) {
                    EcbPlusCorpus.Doc a = event.get(i);
                    EcbPlusCorpus.Doc b = event.get(j);
                    Judgment g = judged.get(DerivationCases.pairKey(a.file(), b.file()));
                    if ((g == null || !g.reuse())
                            && DerivationCases.sharesRun(DerivationCases.body(a), DerivationCases.body(b)) == shared) {
                        out.add(new DerivationCases.Case(a.file() + "~" + b.file(), DerivationCases.Recipe.INDEPENDENT, false,
                                a.article(), b.article(), null, null));
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, List<EcbPlusCorpus.Doc>> byEvent(List<EcbPlusCorpus.Doc> docs) {
        Map<String, List<EcbPlusCorpus.Doc>> byEvent = new TreeMap<>();
        for (EcbPlusCorpus.Doc d : docs) {
            byEvent.computeIfAbsent(d.event(), k -> new ArrayList<>()).add(d);
        }
        return byEvent;
    }

    /**
     * The tracer's result line: each event traced as one story; links on pairs that share no run
     * of words and are not judged reuse (false links), links on pairs that share one (likely copies
     * of one wire text), and judged reuse found. Links on unshared pairs not judged at all are
     * listed on standard error.
     */
    static String score(ProvenanceTracer tracer, List<EcbPlusCorpus.Doc> docs, Map<String, Judgment> judged) {
        Set<String> unshared = new HashSet<>();
        pairs(docs, judged, false).forEach(c -> unshared.add(DerivationCases.pairKey(c.source().id(), c.derived().id())));
        int sharedPairs = pairs(docs, judged, true).size();
        long reusePairs = reusePairs(judged).stream().filter(k -> docs.stream().anyMatch(d -> k.startsWith(d.file() + " "))).count();
        int falseLinks = 0;
        int sharedLinks = 0;
        int reuseFound = 0;
        int largest = 0;
        double largestSeconds = 0;
        for (List<EcbPlusCorpus.Doc> event : byEvent(docs).values()) {
            long t0 = System.nanoTime();
            List<ReuseLink> links = tracer.trace(event.stream().map(EcbPlusCorpus.Doc::article).toList());
            if (event.size() > largest) {
                largest = event.size();
                largestSeconds = (System.nanoTime() - t0) / 1e9;
            }
            for (ReuseLink link : links) {
                String key = DerivationCases.pairKey(link.from(), link.to());
                Judgment g = judged.get(key);
                if (g != null && g.reuse()) {
                    reuseFound++;
                } else if (unshared.contains(key)) {
                    falseLinks++;
                    if (g == null) {
                        System.err.printf(Locale.ROOT, "unjudged link %s\t%s\t%s %.2f%n", link.from(), link.to(),
                                link.kind().jsonName(), link.overlap());
                    }
                } else {
                    sharedLinks++;
                }
            }
        }
        return String.format(Locale.ROOT, "false links %d of %d pairs sharing no 8-word run (%.2f%%); links on %d of %d pairs"
                + " sharing one; judged reuse found %d of %d; largest event, %d articles, traced in %.1f s", falseLinks,
                unshared.size(), unshared.isEmpty() ? 0 : 100.0 * falseLinks / unshared.size(), sharedLinks, sharedPairs, reuseFound,
                reusePairs, largest, largestSeconds);
    }
}
