package org.crosscheck.bench.alignment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.crosscheck.bench.corpus.EcbPlusCorpus;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the event coreference annotation of ECB+ in place, beside {@link EcbPlusCorpus} (which
 * reads the text): for each sentence of an article, the cross-document event chains it mentions,
 * and the list of validated sentences ({@code ECBplus_coreference_sentences.csv}).
 *
 * <p>An event chain is the {@code instance_id} of the target of a {@code CROSS_DOC_COREF} relation
 * (the relation's {@code note} when the target has none); a sentence mentions the chain when one of
 * the relation's source markables is an event mention ({@code ACTION_*} or {@code NEG_*}) with a
 * token in that sentence. {@code INTRA_DOC_COREF} relations never leave their document and are not
 * read.
 */
public final class EcbPlusCoref {

    private static final Pattern FILE = Pattern.compile("\\d+_\\d+(ecbplus|ecb)\\.xml");
    static final String SENTENCES_CSV = "ECBplus_coreference_sentences.csv";

    private EcbPlusCoref() {
    }

    /** Whether a markable tag is an event mention (an action, negated or not). */
    static boolean isEvent(String tag) {
        return tag.startsWith("ACTION_") || tag.startsWith("NEG_");
    }

    /** Sentence number to the cross-document event chains mentioned in it, for one article file. */
    static Map<Integer, Set<String>> eventChains(Path file) throws IOException {
        org.w3c.dom.Document xml;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            xml = f.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, Integer> tokenSentence = new HashMap<>();
        NodeList tokens = xml.getElementsByTagName("token");
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            try {
                tokenSentence.put(t.getAttribute("t_id"), Integer.parseInt(t.getAttribute("sentence")));
            } catch (NumberFormatException e) {
                throw new IOException("bad sentence number in " + file + ": " + t.getAttribute("sentence"), e);
            }
        }
        // markable id -> tag, sentences of its tokens, instance id (descriptors only)
        Map<String, String> tag = new HashMap<>();
        Map<String, Set<Integer>> sentences = new HashMap<>();
        Map<String, String> instance = new HashMap<>();
        NodeList markables = xml.getElementsByTagName("Markables");
        for (int m = 0; m < markables.getLength(); m++) {
            for (Node n = markables.item(m).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e) || !e.hasAttribute("m_id")) {
                    continue;
                }
                String id = e.getAttribute("m_id");
                tag.put(id, e.getTagName());
                if (e.hasAttribute("instance_id") && !e.getAttribute("instance_id").isBlank()) {
                    instance.put(id, e.getAttribute("instance_id"));
                }
                NodeList anchors = e.getElementsByTagName("token_anchor");
                for (int a = 0; a < anchors.getLength(); a++) {
                    Integer s = tokenSentence.get(((Element) anchors.item(a)).getAttribute("t_id"));
                    if (s != null) {
                        sentences.computeIfAbsent(id, k -> new TreeSet<>()).add(s);
                    }
                }
            }
        }
        Map<Integer, Set<String>> chains = new TreeMap<>();
        NodeList relations = xml.getElementsByTagName("CROSS_DOC_COREF");
        for (int r = 0; r < relations.getLength(); r++) {
            Element rel = (Element) relations.item(r);
            String chain = null;
            NodeList targets = rel.getElementsByTagName("target");
            if (targets.getLength() > 0) {
                chain = instance.get(((Element) targets.item(0)).getAttribute("m_id"));
            }
            if (chain == null && !rel.getAttribute("note").isBlank()) {
                chain = rel.getAttribute("note");
            }
            if (chain == null) {
                continue;
            }
            NodeList sources = rel.getElementsByTagName("source");
            for (int s = 0; s < sources.getLength(); s++) {
                String id = ((Element) sources.item(s)).getAttribute("m_id");
                if (tag.containsKey(id) && isEvent(tag.get(id))) {
                    for (int sentence : sentences.getOrDefault(id, Set.of())) {
                        chains.computeIfAbsent(sentence, k -> new TreeSet<>()).add(chain);
                    }
                }
            }
        }
        return chains;
    }

    /**
     * The validated sentences: article file name without {@code .xml} (such as {@code 1_10ecbplus})
     * to its sentence numbers, from a {@code Topic,File,Sentence Number} CSV whose File column
     * leaves out the topic ({@code 10ecbplus}).
     */
    static Map<String, Set<Integer>> validatedSentences(Path csv) throws IOException {
        Map<String, Set<Integer>> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || (i == 0 && line.startsWith("Topic"))) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length < 3) {
                throw new IOException(csv + ":" + (i + 1) + ": expected Topic,File,Sentence Number");
            }
            try {
                int topic = Integer.parseInt(f[0].strip());
                String file = f[1].strip();
                if (!file.startsWith(topic + "_")) {
                    file = topic + "_" + file;
                }
                out.computeIfAbsent(file, k -> new TreeSet<>()).add(Integer.parseInt(f[2].strip()));
            } catch (NumberFormatException e) {
                throw new IOException(csv + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * The gold of the alignment benchmark: every validated sentence of the given documents that
     * {@link EcbPlusCorpus} kept (the URL sentence and blank sentences are not), with the event
     * chains it mentions (possibly none).
     *
     * @param dir the folder holding {@code ECB+/} and the CSV of validated sentences
     */
    static Map<AlignmentPairs.Unit, Set<String>> gold(Path dir, List<EcbPlusCorpus.Doc> docs) throws IOException {
        Path csv = dir.resolve(SENTENCES_CSV);
        if (!Files.isRegularFile(csv) && dir.getParent() != null) {
            csv = dir.getParent().resolve(SENTENCES_CSV);
        }
        if (!Files.isRegularFile(csv)) {
            throw new IOException("no " + SENTENCES_CSV + " in " + dir);
        }
        Map<String, Set<Integer>> validated = validatedSentences(csv);
        Path root = Files.isDirectory(dir.resolve("ECB+")) ? dir.resolve("ECB+") : dir;
        Map<String, Path> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> FILE.matcher(p.getFileName().toString()).matches())
                    .forEach(p -> files.put(p.getFileName().toString(), p));
        }
        Map<AlignmentPairs.Unit, Set<String>> gold = new TreeMap<>();
        for (EcbPlusCorpus.Doc doc : docs) {
            Set<Integer> numbers = validated.getOrDefault(doc.file(), Set.of());
            if (numbers.isEmpty()) {
                continue;
            }
            Path file = files.get(doc.file() + ".xml");
            if (file == null) {
                throw new IOException("no file for " + doc.file());
            }
            Map<Integer, Set<String>> chains = eventChains(file);
            for (int n : numbers) {
                if (doc.sentences().containsKey(n)) {
                    gold.put(AlignmentPairs.Unit.of(doc, n), Set.copyOf(chains.getOrDefault(n, Set.of())));
                }
            }
        }
        return gold;
    }
}
