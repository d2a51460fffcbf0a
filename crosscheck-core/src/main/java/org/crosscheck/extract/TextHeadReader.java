package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.DateLineReader.DateLine;
import org.crosscheck.time.PartialDate;

/**
 * Reads the head of a plain-text article: among its first non-empty lines, in any order, a title
 * (the first standalone headline-like line), a byline ("By Ana Ruiz", "Ana Ruiz, Health
 * Correspondent"), a date line, and a "Site: X" (or "Source:", "Publisher:", "Outlet:") line; a
 * byline's words after the author that name no role ("By Ana Ruiz, Northgate Herald") name the outlet. Those lines leave the text; a standfirst (the
 * first content paragraph after the title) stays. A publication date wins over an "Updated" one.
 */
final class TextHeadReader {

    private static final Pattern BY = Pattern.compile("^by:?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_AND_ROLE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}),\\s+(.{2,60})$");
    private static final Pattern SITE = Pattern.compile("^(site|source|publisher|outlet)\\s*:\\s*(.{2,80})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|•·]\\s+");
    private static final Set<String> NAME_PARTICLES = Set.of(
            "and", "&", "de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "al", "bin", "y");

    private final DateLineReader dates;
    private final TextFurniture furniture;
    private final Set<String> roles = new TreeSet<>();
    private final int maxLines;
    private final int maxTitleWords;
    private final int maxBylineWords;

    TextHeadReader(ExtractionSettings settings, DateLineReader dates, TextFurniture furniture) {
        this.dates = dates;
        this.furniture = furniture;
        ExtractionSettings.lines("byline-roles.txt").forEach(r -> roles.add(r.toLowerCase(Locale.ROOT)));
        this.maxLines = settings.headMaxLines();
        this.maxTitleWords = settings.headMaxTitleWords();
        this.maxBylineWords = settings.headMaxBylineWords();
    }

    /** The head's metadata and the remaining lines. */
    TextHead read(List<String> lines) {
        List<String> body = new ArrayList<>(lines);
        String title = null;
        String byline = null;
        String site = null;
        String bylineOutlet = null;
        DateLine date = null;
        boolean contentSeen = false;
        int seen = 0;
        for (int i = 0; i < body.size() && seen < maxLines; i++) {
            String line = TextFurniture.normalise(body.get(i));
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            boolean standalone = isBlank(body, i - 1) && isBlank(body, i + 1);
            Optional<DateLine> d = dates.read(line);
            Optional<String> b = bylineOf(line);
            Matcher s = SITE.matcher(line);
            if (d.isPresent()) {
                if (date == null || (date.updated() && !d.get().updated())) {
                    date = d.get();
                }
            } else if (b.isPresent()) {
                bylineOutlet = byline == null ? outletAfterAuthor(line).orElse(null) : bylineOutlet;
                byline = byline == null ? b.get() : byline;
            } else if (s.matches()) {
                site = site == null ? s.group(2).strip() : site;
            } else if (!combined(line).isEmpty()) {
                List<Object> parts = combined(line);
                for (Object part : parts) {
                    if (part instanceof DateLine dl && date == null) {
                        date = dl;
                    } else if (part instanceof String name && byline == null) {
                        byline = name;
                    }
                }
            } else if (!contentSeen && title == null && isTitle(line, body, i)) {
                title = line;
            } else {
                contentSeen = true;
                if (!standalone) {
                    break; // a wrapped paragraph: the body has begun
                }
                continue;
            }
            body.set(i, "");
        }
        PartialDate published = date == null ? null : date.date();
        return new TextHead(title, byline, published, site, bylineOutlet, body);
    }

    /** "Ana Ruiz | 18 February 2024": a byline and a date on one line, else empty. */
    private List<Object> combined(String line) {
        String[] parts = SEPARATOR.split(line);
        if (parts.length < 2) {
            return List.of();
        }
        List<Object> out = new ArrayList<>();
        for (String part : parts) {
            Optional<DateLine> d = dates.read(part);
            Optional<String> b = bylineOf(part);
            if (d.isPresent()) {
                out.add(d.get());
            } else if (b.isPresent()) {
                out.add(b.get());
            } else {
                return List.of();
            }
        }
        return out;
    }

    private boolean isTitle(String line, List<String> lines, int i) {
        int next = i + 1;
        boolean endsBlock = next >= lines.size() || lines.get(next).isBlank()
                || dates.read(lines.get(next)).isPresent() || bylineOf(TextFurniture.normalise(lines.get(next))).isPresent()
                || SITE.matcher(TextFurniture.normalise(lines.get(next))).matches();
        return endsBlock && TextFurniture.words(line) <= maxTitleWords && !line.endsWith(".")
                && !line.endsWith(",") && !furniture.isFurniture(line);
    }

    /** The author name(s) when the line is a byline. */
    Optional<String> bylineOf(String line) {
        if (TextFurniture.words(line) > maxBylineWords + 4) {
            return Optional.empty();
        }
        Matcher by = BY.matcher(line);
        if (by.matches()) {
            String names = by.group(1).split(",")[0].strip();
            return looksLikeNames(names) ? Optional.of(MetadataExtractor.cleanByline(names)) : Optional.empty();
        }
        Matcher nr = NAME_AND_ROLE.matcher(line);
        if (nr.matches() && hasRole(nr.group(2))) {
            return Optional.of(nr.group(1));
        }
        return Optional.empty();
    }

    /** "Northgate Herald" of "By Ana Ruiz, Northgate Herald": capitalised words after the author that name no role. */
    private Optional<String> outletAfterAuthor(String bylineLine) {
        Matcher by = BY.matcher(bylineLine);
        if (!by.matches()) {
            return Optional.empty();
        }
        String[] parts = by.group(1).split(",", 2);
        if (parts.length < 2) {
            return Optional.empty();
        }
        String rest = parts[1].strip();
        return !rest.isEmpty() && !hasRole(rest) && looksLikeNames(rest) ? Optional.of(rest) : Optional.empty();
    }

    private boolean looksLikeNames(String names) {
        String[] words = names.split("\\s+");
        if (words.length == 0 || words.length > maxBylineWords) {
            return false;
        }
        boolean capitalised = false;
        for (String w : words) {
            if (NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
            capitalised = true;
        }
        return capitalised;
    }

    private boolean hasRole(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (roles.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(List<String> lines, int i) {
        return i < 0 || i >= lines.size() || lines.get(i).isBlank();
    }
}
