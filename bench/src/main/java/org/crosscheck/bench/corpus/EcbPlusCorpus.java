package org.crosscheck.bench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.crosscheck.extract.Article;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads ECB+ in place ({@code ECB+/<topic>/<topic>_<n>ecb.xml} and {@code ..._<n>ecbplus.xml}):
 * each file's tokens joined back into sentences, and its gold event label (topic number and
 * half, from the file name). The leading URL sentence of {@code ecbplus} files is dropped: it
 * leaks the label. Documents come sorted by topic number, then file number, {@code ecb} before
 * {@code ecbplus}.
 */
public final class EcbPlusCorpus {

    private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)(ecbplus|ecb)\\.xml");

    /**
     * One article of the corpus.
     *
     * @param file      file name without {@code .xml}, such as {@code 36_4ecbplus}; unique
     * @param topic     topic number
     * @param event     gold event label: topic number and half, such as {@code 36ecbplus}
     * @param sentences sentence number to text, URL sentence left out, in order
     */
    public record Doc(String file, int topic, String event, Map<Integer, String> sentences) {

        public Doc {
            sentences = java.util.Collections.unmodifiableMap(new TreeMap<>(sentences));
        }

        /** The text: one sentence a line, sentences of the headline and body in order. */
        public String text() {
            return String.join("\n\n", sentences.values());
        }

        /** This document as an undated article whose id is the file name and whose title is its first sentence. */
        public Article article() {
            return article(false);
        }

        /**
         * This document as an undated article whose id is the file name and whose title is its first
         * sentence; with {@code titleInText} the text starts with the title sentence too.
         */
        public Article article(boolean titleInText) {
            String title = sentences.isEmpty() ? null : sentences.values().iterator().next();
            List<String> body = new ArrayList<>(sentences.values());
            if (!body.isEmpty() && !titleInText) {
                body.remove(0);
            }
            return new Article(file, file + ".xml", null, title, null, null, null, "en", String.join("\n\n", body));
        }

        /** The sentence number of the title of {@link #article()} (the first sentence), or -1 when there is none. */
        public int titleSentence() {
            return sentences.isEmpty() ? -1 : sentences.keySet().iterator().next();
        }

        /**
         * Where each body sentence lies in the text of {@link #article()}: sentence number to its
         * character span {@code [start, end)}, in order. The title sentence is not in the text.
         */
        public Map<Integer, int[]> bodySpans() {
            return bodySpans(false);
        }

        /** Where each sentence lies in the text of {@link #article(boolean)}, the title too with {@code titleInText}. */
        public Map<Integer, int[]> bodySpans(boolean titleInText) {
            Map<Integer, int[]> spans = new java.util.LinkedHashMap<>();
            int offset = 0;
            boolean first = !titleInText;
            for (Map.Entry<Integer, String> e : sentences.entrySet()) {
                if (first) {
                    first = false;
                    continue;
                }
                spans.put(e.getKey(), new int[] {offset, offset + e.getValue().length()});
                offset += e.getValue().length() + 2;
            }
            return spans;
        }
    }

    private EcbPlusCorpus() {
    }

    /** Every document under {@code dir} (the folder holding {@code ECB+/}, or {@code ECB+/} itself). */
    public static List<Doc> read(Path dir) throws IOException {
        Path root = Files.isDirectory(dir.resolve("ECB+")) ? dir.resolve("ECB+") : dir;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no ECB+ article files under " + root);
        }
        List<Doc> docs = new ArrayList<>(files.size());
        for (Path f : files) {
            docs.add(parse(f));
        }
        docs.sort(Comparator.comparingInt(Doc::topic).thenComparingInt(EcbPlusCorpus::number)
                .thenComparing(d -> d.event().endsWith("ecbplus")));
        return docs;
    }

    private static int number(Doc d) {
        Matcher m = NAME.matcher(d.file() + ".xml");
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }

    static Doc parse(Path file) throws IOException {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IOException("not an ECB+ file name: " + file);
        }
        int topic = Integer.parseInt(m.group(1));
        boolean plus = m.group(3).equals("ecbplus");
        Map<Integer, List<String>> tokens = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            NodeList list = f.newDocumentBuilder().parse(in).getElementsByTagName("token");
            for (int i = 0; i < list.getLength(); i++) {
                Element t = (Element) list.item(i);
                int sentence = Integer.parseInt(t.getAttribute("sentence"));
                tokens.computeIfAbsent(sentence, k -> new ArrayList<>()).add(t.getTextContent());
            }
        } catch (ParserConfigurationException | SAXException | NumberFormatException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<Integer, String> sentences = new TreeMap<>();
        boolean first = true;
        for (Map.Entry<Integer, List<String>> e : tokens.entrySet()) {
            String text = detokenize(e.getValue());
            if (first && plus && looksLikeUrl(text)) {
                first = false;
                continue;
            }
            first = false;
            if (!text.isBlank()) {
                sentences.put(e.getKey(), text);
            }
        }
        String name = file.getFileName().toString();
        return new Doc(name.substring(0, name.length() - 4), topic, topic + m.group(3), sentences);
    }

    private static boolean looksLikeUrl(String sentence) {
        String s = sentence.replace(" ", "");
        return s.startsWith("http") || s.startsWith("www.");
    }

    /** Tokens joined by spaces, with no space before closing punctuation or after opening brackets. */
    static String detokenize(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        boolean quoteOpen = false;
        String previous = null;
        for (String t : tokens) {
            boolean noSpace = previous == null
                    || t.matches("[.,;:!?%)\\]}]+|'s|'S|n't|'re|'ve|'ll|'d|'m")
                    || previous.matches("[(\\[{$]")
                    || (t.equals("\"") && quoteOpen)
                    || (previous.equals("\"") && quoteOpen && !t.equals("\""));
            if (t.equals("\"")) {
                quoteOpen = !quoteOpen;
            }
            if (!noSpace) {
                out.append(' ');
            }
            out.append(t);
            previous = t;
        }
        return out.toString();
    }
}
