package org.corroborate.eval.polnear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Span;

/**
 * Reads PolNeAR's core compartments: {@code data/metadata.tsv} lists each article with its compartment and
 * annotators; {@code data/<compartment>/text/<name>.txt} holds its text and
 * {@code data/<compartment>/attributions/<name>_<annotator>.ann} one annotator's BRAT standoff annotation.
 *
 * <p>The few articles annotated by several annotators (to measure agreement) are read once, with the
 * annotation of the first annotator {@code metadata.tsv} lists who has a file. Of each {@code .ann} file only
 * the text-bound lines ({@code T}) and the attribution events ({@code E}) are read; the text a {@code T} line
 * repeats may run over several lines, so other lines (that overflow, annotator notes) are skipped. BRAT offsets
 * count code points; they are turned into Java char offsets, and each span is checked against the text it
 * names, so that an offset error fails loudly instead of scoring garbage. Thread-safe.
 */
public final class PolnearReader {

    /** Where PolNeAR's data lies inside {@code ../shared}. */
    public static final String DATA = "data/polnear/data";

    private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t([\\w-]+) (\\d+ \\d+(?:;\\d+ \\d+)*)\\t(.*)$");
    private static final Pattern EVENT = Pattern.compile("^(E\\d+)\\t(.*)$");
    private static final Pattern ROLE = Pattern.compile("([A-Za-z-]+?)\\d*:(T\\d+)");

    /** The articles of {@code compartments} ({@code train}, {@code dev}) under PolNeAR's {@code data} folder. */
    public List<PolnearArticle> read(Path data, Set<String> compartments) {
        Path metadata = data.resolve("metadata.tsv");
        List<String> lines;
        try {
            lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PolNeAR's article list " + metadata, e);
        }
        List<PolnearArticle> articles = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length < 4 || !compartments.contains(f[0])) {
                continue;
            }
            articles.add(article(data.resolve(f[0]), f[0], f[1], List.of(f[3].split("\\|"))));
        }
        return articles;
    }

    private PolnearArticle article(Path folder, String compartment, String name, List<String> annotators) {
        Path textFile = folder.resolve("text").resolve(name + ".txt");
        for (String annotator : annotators) {
            Path ann = folder.resolve("attributions").resolve(name + "_" + annotator + ".ann");
            if (Files.exists(ann)) {
                try {
                    String text = Files.readString(textFile, StandardCharsets.UTF_8);
                    return parse(name, compartment, annotator, text, Files.readString(ann, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read PolNeAR article " + name, e);
                }
            }
        }
        throw new IllegalArgumentException("PolNeAR article " + name + " has no annotation file in " + folder
                + " for any of its annotators " + annotators);
    }

    /** One article from its text and the content of its {@code .ann} file. */
    public PolnearArticle parse(String name, String compartment, String annotator, String text, String ann) {
        Map<String, List<Span>> bound = new HashMap<>();
        List<GoldAttribution> attributions = new ArrayList<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            Matcher t = TEXT_BOUND.matcher(line);
            if (t.matches()) {
                List<Span> spans = new ArrayList<>();
                for (String range : t.group(3).split(";")) {
                    String[] se = range.split(" ");
                    spans.add(new Span(charOffset(text, Integer.parseInt(se[0])), charOffset(text, Integer.parseInt(se[1]))));
                }
                check(name, t.group(1), text, spans.get(0), t.group(4));
                bound.put(t.group(1), spans);
                continue;
            }
            Matcher e = EVENT.matcher(line);
            if (e.matches()) {
                events.add(new String[] {e.group(1), e.group(2)});
            }
        }
        for (String[] event : events) {
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            List<Span> content = new ArrayList<>();
            Matcher role = ROLE.matcher(event[1]);
            while (role.find()) {
                List<Span> spans = bound.get(role.group(2));
                if (spans == null) {
                    throw new IllegalArgumentException("PolNeAR " + name + ": event " + event[0] + " names "
                            + role.group(2) + ", which the file does not define");
                }
                switch (role.group(1)) {
                    case "Source" -> source.addAll(spans);
                    case "Cue" -> cue.addAll(spans);
                    case "Content" -> content.addAll(spans);
                    default -> { } // the trigger (Attribution, Attribution-no-source) repeats the cue
                }
            }
            if (!content.isEmpty()) {
                content.sort(null);
                attributions.add(new GoldAttribution(event[0], source, cue, content));
            }
        }
        attributions.sort((a, b) -> a.contentCover().compareTo(b.contentCover()));
        return new PolnearArticle(name, compartment, annotator, text, attributions);
    }

    /** The char offset of code point {@code codePoint}; the same number unless the text holds surrogate pairs. */
    private static int charOffset(String text, int codePoint) {
        return text.offsetByCodePoints(0, codePoint);
    }

    /** The annotation repeats the first line of the text it spans; it must be what the offsets point at. */
    private static void check(String name, String id, String text, Span first, String repeated) {
        if (first.end() > text.length()) {
            throw new IllegalArgumentException("PolNeAR " + name + ": " + id + " " + first + " reaches past the text ("
                    + text.length() + " chars)");
        }
        String at = first.of(text);
        if (!at.startsWith(repeated) && !repeated.startsWith(at)) {
            throw new IllegalArgumentException("PolNeAR " + name + ": " + id + " " + first + " says '" + repeated
                    + "' but the text there is '" + at + "'");
        }
    }
}
