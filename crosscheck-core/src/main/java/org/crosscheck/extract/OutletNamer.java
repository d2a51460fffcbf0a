package org.crosscheck.extract;

import com.google.common.net.InternetDomainName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the outlet of an article. In order: the user's {@link OutletDirectory} (by domain or file
 * name); a site name the document states (a hint, Open Graph {@code og:site_name}, the JSON-LD
 * publisher, a text's {@code Site:}/{@code Source:} line or the outlet of its byline line) that names
 * the page's domain; the registrable domain of its URL under the Public Suffix List, so that
 * {@code edition.example.com} and {@code example.com} are one outlet; a stated site name when there
 * is no URL; else {@code unknown}. The page's {@code twitter:site} account ("@Reuters") names the outlet
 * only after the stated names, and only when it is the domain's label written with capitals (an
 * account such as "@njdotcom" or "@digg" is a user name, not a better name than the domain). A stated name that does not name the domain is a section, place
 * or slogan of the site ("U.S." on a wire service's page), not its outlet.
 */
final class OutletNamer {

    private static final String UNKNOWN = Article.UNKNOWN_OUTLET;

    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[|•·–—-]\\s+|:\\s+");
    private static final Pattern URL_LIKE = Pattern.compile("(?i)^(https?:|www\\.).*");
    private static final Set<String> LINKING_WORDS = Set.of("the", "of", "and", "for", "a", "an", "de", "la", "le");
    private static final int MIN_SHARED_CHARS = 4;
    private static final int MIN_WHOLE_CHARS = 3;

    private final OutletDirectory directory;

    OutletNamer(OutletDirectory directory) {
        this.directory = directory;
    }

    /** The outlet of a document from its stated site names (most trusted first, nulls allowed), URL and source. */
    String name(List<String> statedNames, String url, String source) {
        return name(statedNames, null, url, source);
    }

    /** As {@link #name(List, String, String)}, with the page's social account ("@Reuters") or null. */
    String name(List<String> statedNames, String socialHandle, String url, String source) {
        String host = MetadataExtractor.host(url);
        var listed = directory.find(host, source);
        if (listed.isPresent()) {
            return listed.get().outlet();
        }
        String domain = registrableDomain(host);
        List<String> names = new ArrayList<>();
        for (String stated : statedNames) {
            String n = clean(stated);
            if (n != null && !n.equals(host) && !n.equals(domain)) { // "Space.com" is a name, "space.com" the host
                names.add(n);
            }
        }
        if (domain == null) {
            return names.isEmpty() ? UNKNOWN : names.get(0);
        }
        for (String n : names) {
            for (String part : PART_SEPARATOR.split(n)) { // the name before a tagline, else the whole
                if (!part.isBlank() && namesDomain(part.strip(), domain)) {
                    return part.strip();
                }
            }
        }
        String handle = socialHandle == null ? null : socialHandle.strip().replaceFirst("^@", "").replaceAll("^_+|_+$", "");
        if (handle != null && compact(handle).equals(label(domain)) && !handle.equals(handle.toLowerCase(Locale.ROOT))) {
            return handle;
        }
        return domain;
    }

    /** The outlet with no directory and one stated name (an article made without the extractor). */
    static String of(String statedName, String url) {
        return new OutletNamer(OutletDirectory.EMPTY).name(statedName == null ? List.of() : List.of(statedName), url, null);
    }

    /** The domain a registrar sells ("news.example.co.uk" gives "example.co.uk"); the host itself when not under a public suffix. */
    static String registrableDomain(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        if (!InternetDomainName.isValid(host)) {
            return host;
        }
        InternetDomainName name = InternetDomainName.from(host);
        return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : host;
    }

    /**
     * Whether a name is the domain's: one holds the other whole ("CNN", "cnn.com"), a word of four or more
     * letters of the name is in the domain ("Los Angeles Times", "latimes.com"), or the initials of its words
     * start the domain ("Wall Street Journal", "wsj.com").
     */
    static boolean namesDomain(String name, String domain) {
        String label = label(domain);
        String compact = compact(name);
        if (label.isEmpty() || compact.isEmpty()) {
            return false;
        }
        if (compact.equals(label)
                || compact.length() >= MIN_WHOLE_CHARS && (label.contains(compact) || compact.contains(label))) {
            return true;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= MIN_SHARED_CHARS && label.contains(word)) {
                return true;
            }
            if (!word.isEmpty() && !LINKING_WORDS.contains(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() >= 2 && label.startsWith(initials.toString());
    }

    /** The domain without its public suffix, letters and digits only ("la-times.co.uk" gives "latimes"). */
    private static String label(String domain) {
        String d = domain;
        if (InternetDomainName.isValid(domain)) {
            InternetDomainName name = InternetDomainName.from(domain);
            if (name.hasPublicSuffix() && !name.isPublicSuffix()) {
                String suffix = name.publicSuffix().toString();
                d = domain.substring(0, domain.length() - suffix.length());
            }
        }
        return compact(d);
    }

    private static String compact(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** A stated name without a leading "@" and surrounding space; null when blank or a URL. */
    private static String clean(String stated) {
        if (stated == null) {
            return null;
        }
        String n = TextFurniture.normalise(stated).replaceFirst("^@", "").strip();
        return n.isEmpty() || URL_LIKE.matcher(n).matches() ? null : n;
    }
}
