package org.crosscheck.language;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.crosscheck.settings.ShippedModel;

/**
 * Fast sentence splitting with OpenNLP's English model, keeping character offsets. Paragraph
 * breaks (blank lines) always end a sentence. Thread-safe: each thread gets its own detector
 * over the shared model.
 */
public final class SentenceSplitter {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final LazyModel<SentenceModel> SHARED = LazyModel.of(SentenceSplitter::load);

    private final ThreadLocal<SentenceDetectorME> detector;

    public SentenceSplitter() {
        SentenceModel model = model();
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    private static SentenceModel model() {
        return SHARED.get();
    }

    private static SentenceModel load() {
        return ShippedModel.read(SentenceSplitter.class, MODEL, SentenceModel::new);
    }

    /** The sentences of a text, in order, with offsets into it; blank stretches are dropped. */
    public List<TextSpan> split(String text) {
        List<TextSpan> out = new ArrayList<>();
        int paragraphStart = 0;
        int n = text.length();
        while (paragraphStart < n) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = n;
            }
            splitParagraph(text, paragraphStart, paragraphEnd, out);
            paragraphStart = paragraphEnd + 2;
        }
        return out;
    }

    private void splitParagraph(String text, int from, int to, List<TextSpan> out) {
        String paragraph = text.substring(from, to);
        if (paragraph.isBlank()) {
            return;
        }
        for (Span span : detector.get().sentPosDetect(paragraph)) {
            int start = from + span.getStart();
            int end = from + span.getEnd();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(new TextSpan(start, end, text.substring(start, end)));
            }
        }
    }
}
