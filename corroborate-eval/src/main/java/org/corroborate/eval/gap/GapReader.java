package org.corroborate.eval.gap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.model.Span;

/**
 * Reads GAP's tab-separated files: a header line, then one example per line with the eleven columns ID, Text,
 * Pronoun, Pronoun-offset, A, A-offset, A-coref, B, B-offset, B-coref, URL. The URL column is read past and
 * never kept (the snippet-context setting forbids it). A line that breaks the format fails with its file, line
 * number and the reason. Thread-safe: holds no state.
 */
public final class GapReader {

    /** The two files GAP releases for development: {@code gap-development.tsv} and {@code gap-validation.tsv}. */
    public static final List<String> DEVELOPMENT_FILES = List.of("gap-development.tsv", "gap-validation.tsv");

    public List<GapExample> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GAP file " + file, e);
        }
        List<GapExample> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(parse(line));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Every example of {@link #DEVELOPMENT_FILES} in {@code folder}, in file order. */
    public List<GapExample> readDevelopment(Path folder) {
        List<GapExample> all = new ArrayList<>();
        for (String name : DEVELOPMENT_FILES) {
            all.addAll(read(folder.resolve(name)));
        }
        return all;
    }

    static GapExample parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 10) {
            throw new IllegalArgumentException("expected 11 tab-separated columns, found " + f.length);
        }
        String text = f[1];
        return new GapExample(f[0], text, span(f[2], f[3], text, "pronoun"),
                new GapExample.Candidate(f[4], span(f[4], f[5], text, "A"), bool(f[6])),
                new GapExample.Candidate(f[7], span(f[7], f[8], text, "B"), bool(f[9])));
    }

    private static Span span(String words, String offset, String text, String column) {
        int start = Integer.parseInt(offset.strip());
        Span span = new Span(start, start + words.length());
        if (span.end() > text.length() || !span.of(text).equals(words)) {
            throw new IllegalArgumentException(column + " '" + words + "' is not at offset " + start + " of the text");
        }
        return span;
    }

    private static boolean bool(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected TRUE or FALSE, found '" + value + "'");
        };
    }
}
