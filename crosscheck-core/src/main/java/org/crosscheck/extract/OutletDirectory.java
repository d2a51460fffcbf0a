package org.crosscheck.extract;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The outlets a user names in an {@code --outlets} file: CSV rows {@code pattern,outlet,kind,country,owner}
 * (kind, country and owner optional; a first row starting with {@code pattern} is a header; {@code #}
 * starts a comment). A pattern with a glob character ({@code * ? [ {}) is matched against an input's
 * file name; any other pattern is a domain and matches it and its subdomains. The first matching row wins.
 */
public final class OutletDirectory {

    /** The kinds an outlet may be said to be. */
    public static final Set<String> KINDS = Set.of("wire", "newspaper", "broadcaster", "digital", "aggregator");

    /** A directory that names nothing. */
    public static final OutletDirectory EMPTY = new OutletDirectory(List.of());

    /** One row: who the outlet is; kind, country and owner may be null. */
    public record Entry(String pattern, String outlet, String kind, String country, String owner) {
    }

    private record Rule(Entry entry, PathMatcher fileGlob, String domain) {
    }

    private final List<Rule> rules;

    private OutletDirectory(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rows of a CSV file; a row without an outlet or with an unknown kind is an error that names its line. */
    public static OutletDirectory read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return parse(in, csv.toString());
        }
    }

    static OutletDirectory parse(Reader in, String name) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).build();
        List<Rule> rules = new ArrayList<>();
        for (CSVRecord row : format.parse(in)) {
            String pattern = cell(row, 0);
            if (row.getRecordNumber() == 1 && "pattern".equalsIgnoreCase(pattern)) {
                continue;
            }
            String outlet = cell(row, 1);
            if (pattern == null || outlet == null) {
                throw new IOException(name + " line " + row.getParser().getCurrentLineNumber()
                        + ": a row needs a pattern and an outlet name");
            }
            String kind = cell(row, 2) == null ? null : cell(row, 2).toLowerCase(Locale.ROOT);
            if (kind != null && !KINDS.contains(kind)) {
                throw new IOException(name + " line " + row.getParser().getCurrentLineNumber() + ": kind '" + kind
                        + "' is not one of " + String.join(", ", KINDS.stream().sorted().toList()));
            }
            Entry entry = new Entry(pattern, outlet, kind, cell(row, 3), cell(row, 4));
            boolean glob = pattern.matches(".*[*?\\[{].*");
            rules.add(new Rule(entry, glob ? FileSystems.getDefault().getPathMatcher("glob:" + pattern) : null,
                    glob ? null : pattern.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")));
        }
        return new OutletDirectory(rules);
    }

    /** The first row whose domain is the host's (or a parent of it) or whose glob matches the source's file name. */
    public Optional<Entry> find(String host, String source) {
        String fileName = fileName(source);
        for (Rule r : rules) {
            if (r.domain() != null && host != null && (host.equals(r.domain()) || host.endsWith("." + r.domain()))) {
                return Optional.of(r.entry());
            }
            if (r.fileGlob() != null && fileName != null && r.fileGlob().matches(Path.of(fileName))) {
                return Optional.of(r.entry());
            }
        }
        return Optional.empty();
    }

    /** The last name of a source ("dir/a.txt", "a.warc.gz#3" or "stdin:2" give "a.txt", "a.warc.gz", null). */
    private static String fileName(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String s = source.replaceFirst("#.*$", "").replace('\\', '/');
        String last = s.substring(s.lastIndexOf('/') + 1);
        try {
            return last.isBlank() ? null : Path.of(last).toString();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static String cell(CSVRecord row, int i) {
        if (i >= row.size()) {
            return null;
        }
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }
}
