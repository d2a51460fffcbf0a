package org.crosscheck.extract;


import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.language.LazyModel;
import org.crosscheck.settings.ResourceSettings;

/**
 * Thresholds and cue lists of the extraction cascade, as values. {@link #defaults()} reads them once
 * from the resource files beside this class ({@code extraction.properties}, the class/id cue lists,
 * {@code furniture-lines.txt}, {@code date-lines.txt}); every value there carries a comment on where
 * it came from.
 */
public record ExtractionSettings(
        int structuredMinChars, double structuredMaxLinkDensity, double domOverJsonLdRatio,
        double domOverJsonLdMaxRatio,
        int scoringMinParagraphChars, int scoringMinChars, double classWeight,
        double paragraphMaxLinkDensity, int widenMaxLevels, double widenMinParagraphShare,
        double blockMaxLinkDensity,
        int baselineMinParagraphChars, double baselineRescueRatio,
        int outputMinWords,
        int furnitureMaxWords, int furnitureMaxListLines, int furnitureMaxHeadlineWords,
        int headMaxLines, int headMaxTitleWords, int headMaxBylineWords,
        Set<String> positiveClassCues, Set<String> negativeClassCues, Set<String> removalClassCues,
        Set<String> keepClassCues, List<String> furnitureLines, List<String> dateLines) {

    private static final LazyModel<ExtractionSettings> DEFAULTS = LazyModel.of(ExtractionSettings::load);

    public ExtractionSettings {
        positiveClassCues = Set.copyOf(positiveClassCues);
        negativeClassCues = Set.copyOf(negativeClassCues);
        removalClassCues = Set.copyOf(removalClassCues);
        keepClassCues = Set.copyOf(keepClassCues);
        furnitureLines = List.copyOf(furnitureLines);
        dateLines = List.copyOf(dateLines);
    }

    /** The same settings with another least number of words an article must have. */
    public ExtractionSettings withOutputMinWords(int words) {
        return new ExtractionSettings(structuredMinChars, structuredMaxLinkDensity, domOverJsonLdRatio,
                domOverJsonLdMaxRatio, scoringMinParagraphChars, scoringMinChars, classWeight,
                paragraphMaxLinkDensity, widenMaxLevels, widenMinParagraphShare, blockMaxLinkDensity,
                baselineMinParagraphChars, baselineRescueRatio, words, furnitureMaxWords, furnitureMaxListLines,
                furnitureMaxHeadlineWords, headMaxLines, headMaxTitleWords, headMaxBylineWords, positiveClassCues,
                negativeClassCues, removalClassCues, keepClassCues, furnitureLines, dateLines);
    }

    /** The settings in the resource files, read once per JVM. */
    public static ExtractionSettings defaults() {
        return DEFAULTS.get();
    }

    private static ExtractionSettings load() {
        return from(shipped());
    }

    /** The shipped {@code extraction.properties}: the values {@link #from} reads, which a settings file may replace. */
    public static ResourceSettings shipped() {
        return ResourceSettings.load(ExtractionSettings.class, "extraction.properties");
    }

    /** The settings with the values of {@code p} (keys as in {@code extraction.properties}) and the shipped word lists. */
    public static ExtractionSettings from(ResourceSettings p) {
        return new ExtractionSettings(
                p.integer("structured.minChars"), p.decimal("structured.maxLinkDensity"),
                p.decimal("structured.domOverJsonLdRatio"), p.decimal("structured.domOverJsonLdMaxRatio"),
                p.integer("scoring.minParagraphChars"), p.integer("scoring.minChars"),
                p.decimal("scoring.classWeight"),
                p.decimal("scoring.paragraphMaxLinkDensity"), p.integer("scoring.widenMaxLevels"),
                p.decimal("scoring.widenMinParagraphShare"),
                p.decimal("block.maxLinkDensity"),
                p.integer("baseline.minParagraphChars"), p.decimal("baseline.rescueRatio"),
                p.integer("output.minWords"),
                p.integer("furniture.maxWords"), p.integer("furniture.maxListLines"),
                p.integer("furniture.maxHeadlineWords"),
                p.integer("head.maxLines"), p.integer("head.maxTitleWords"), p.integer("head.maxBylineWords"),
                words(lines("positive-class-cues.txt")), words(lines("negative-class-cues.txt")),
                words(lines("removal-class-cues.txt")), words(lines("keep-class-cues.txt")),
                lines("furniture-lines.txt"), lines("date-lines.txt"));
    }

    /** The non-blank, non-comment lines of a resource file beside this class, stripped. */
    static List<String> lines(String name) {
        return ResourceSettings.wordList(ExtractionSettings.class, name);
    }

    private static Set<String> words(List<String> lines) {
        Set<String> out = new TreeSet<>();
        lines.forEach(l -> out.add(l.toLowerCase(Locale.ROOT)));
        return out;
    }
}
