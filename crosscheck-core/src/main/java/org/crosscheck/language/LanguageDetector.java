package org.crosscheck.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.crosscheck.settings.ResourceSettings;
import org.crosscheck.settings.ShippedModel;

/**
 * The language of a text as an ISO 639-1 code ("en", "de"), by OpenNLP's language detector and its
 * langdetect-183 model, loaded once per JVM on first use. Short texts and unsure guesses give no
 * answer rather than a wrong one; the limits are in {@code language-detection.properties}.
 * Thread-safe.
 */
public final class LanguageDetector {

    private static final String MODEL = "/langdetect-183.bin";

    private static final LazyModel<LanguageDetectorModel> SHARED_MODEL = LazyModel.of(LanguageDetector::load);

    private final ThreadLocal<LanguageDetectorME> detector;
    private final int minChars;
    private final int maxChars;
    private final double minConfidence;
    private final double minMargin;
    private final Map<String, String> twoLetter = new HashMap<>();

    public LanguageDetector() {
        ResourceSettings p = ResourceSettings.load(LanguageDetector.class, "language-detection.properties");
        this.minChars = p.integer("minChars");
        this.maxChars = p.integer("maxChars");
        this.minConfidence = p.decimal("minConfidence");
        this.minMargin = p.decimal("minMargin");
        for (String code : Locale.getISOLanguages()) {
            try {
                twoLetter.put(new Locale(code).getISO3Language(), code);
            } catch (MissingResourceException e) {
                // a code without a three-letter form: nothing to map
            }
        }
        twoLetter.putAll(p.withPrefix("alias."));
        LanguageDetectorModel model = model();
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** The ISO 639-1 code of the text's language, or empty when the text is too short or the guess unsure. */
    public Optional<String> detect(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() < minChars) {
            return Optional.empty();
        }
        if (t.length() > maxChars) {
            t = t.substring(0, maxChars);
        }
        Language[] ranked = detector.get().predictLanguages(t);
        if (ranked.length == 0) {
            return Optional.empty();
        }
        double best = ranked[0].getConfidence();
        double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        if (best < minConfidence || best < minMargin * second) {
            return Optional.empty();
        }
        return Optional.ofNullable(twoLetter.get(ranked[0].getLang()));
    }

    private static LanguageDetectorModel model() {
        return SHARED_MODEL.get();
    }

    private static LanguageDetectorModel load() {
        return ShippedModel.read(LanguageDetector.class, MODEL, LanguageDetectorModel::new);
    }
}
