package org.corroborate.engine.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.engine.Chars;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.engine.ingest.PublicationDates;
import org.corroborate.model.Metadata;
import org.corroborate.model.Published;
import org.corroborate.model.Span;

/**
 * Finds the blocks of plain text scraped from a web page: each non-blank line is one block, classified as
 * title, heading, paragraph, caption or a kind of boilerplate by what such lines look like on news sites
 * ({@link BoilerplateLines}: "READ MORE: …", "Show More", "Gallery Credit: …", "More From …", tag lines, image
 * credits), plus what only a scrape shows: a gallery's title and blurb before its "Gallery Credit" line, picture
 * captions printed as "X in Y | Label" or ending in their credit ("… (Piers Oyelaran/The Courier)"), lines
 * repeated verbatim or inside longer lines, the headlines of a link list under its header, and the author block
 * that runs from a "Written by …" line in the second half of the text to its end. The text itself is never
 * changed: every block is a span of it, and its origin is that same span.
 *
 * <p>Also reads what those lines say about the article: the outlet ("More From KISS FM 96.9", else the holder of
 * a copyright line), the byline ("Written by …", "By …"), the publication date (a date line among the first
 * lines: "Posted Oct 15, 2024 5:45 PM") and the title (a first line that is not a sentence, followed by more
 * text). Thread-safe: holds no state.
 */
public final class PlainTextCleaner {

    /** The blocks found and the metadata the text itself gives. */
    public record Result(List<Block> blocks, Metadata metadata) {
        public Result {
            blocks = List.copyOf(blocks);
        }
    }

    /** "Enrique Iglesias in Hero | Interscope Records": a picture's subject, a bar, and its source. */
    private static final Pattern CAPTION = Pattern.compile("^(.{3,160}?)\\s+\\|\\s+(\\p{Lu}[^|.!?]{1,60})$");

    /**
     * A date line gives the publication date only among the first lines, where pages print it under the headline
     * and byline; a date line further down dates something else (an update, a related story).
     */
    private static final int DATE_LINE_WITHIN = 8;
    /** A line of a link list is a headline: longer lines are prose, and end the list. */
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What surrounds a word's letters and digits: quotation marks, brackets, punctuation. */
    private static final Pattern WORD_EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /** More short lines than this with one opening are not repeats (see {@link #markContainedLines}). */
    private static final int MAX_LINES_PER_OPENING = 8;

    public Result clean(String text) {
        List<Span> lines = lines(text);
        BlockKind[] kinds = new BlockKind[lines.size()];
        Optional<String> outlet = Optional.empty();
        Optional<String> copyrightHolder = Optional.empty();
        Optional<String> byline = Optional.empty();
        Optional<Published> published = Optional.empty();
        int authorFrom = authorBlockStart(text, lines);
        int last = authorFrom >= 0 ? authorFrom : lines.size();
        if (authorFrom >= 0) {
            byline = BoilerplateLines.writtenBy(lines.get(authorFrom).of(text));
        }
        for (int i = 0; i < last; i++) {
            String line = lines.get(i).of(text);
            Optional<BlockKind> said = BoilerplateLines.classify(line);
            if (said.isPresent()) {
                kinds[i] = said.get();
                switch (said.get()) {
                    case PROMOTION -> {
                        if (outlet.isEmpty()) {
                            outlet = BoilerplateLines.outletOfMoreFrom(line);
                        }
                    }
                    case AUTHOR -> {
                        if (byline.isEmpty()) {
                            byline = BoilerplateLines.byline(line);
                        }
                        if (published.isEmpty() && i < DATE_LINE_WITHIN) {
                            published = PublicationDates.parse(line); // "By Jane Doe — Oct 12, 2024, 3:30 PM"
                        }
                    }
                    case NOTICE -> {
                        if (copyrightHolder.isEmpty()) {
                            copyrightHolder = OutletNames.ofCopyright(line);
                        }
                    }
                    case OTHER_BOILERPLATE -> {
                        if (published.isEmpty() && i < DATE_LINE_WITHIN) {
                            published = PublicationDates.parse(line);
                        }
                    }
                    case GALLERY -> markGalleryStart(text, lines, kinds, i);
                    default -> {
                        // the kind is all this line says
                    }
                }
            } else if (CAPTION.matcher(line).matches() && !endsSentence(line) || BoilerplateLines.isCreditedCaption(line)) {
                kinds[i] = BlockKind.CAPTION;
            }
        }
        for (int i = last; i < lines.size() && copyrightHolder.isEmpty(); i++) {
            copyrightHolder = OutletNames.ofCopyright(lines.get(i).of(text)); // the author block ends in the notice
        }
        markLinkLists(text, lines, kinds, last);
        markRepeats(text, lines, kinds, last);

        List<Block> blocks = new ArrayList<>();
        Optional<String> title = Optional.empty();
        for (int i = 0; i < last; i++) {
            String line = lines.get(i).of(text);
            BlockKind kind = kinds[i];
            if (kind == null) {
                boolean first = blocks.isEmpty();
                if (first && (isHeadline(line) || isTitledSentence(line)) && lines.size() > 1) {
                    kind = BlockKind.TITLE;
                    title = Optional.of(line);
                } else if (!first && isHeadline(line) && isTitleCase(line)) {
                    kind = BlockKind.HEADING;
                } else {
                    kind = BlockKind.PARAGRAPH;
                }
            }
            Span span = lines.get(i);
            Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (previous != null && kind == BlockKind.GALLERY && previous.kind() == BlockKind.GALLERY) {
                Span merged = previous.span().cover(span);
                blocks.set(blocks.size() - 1, new Block(merged, kind, Optional.of(merged)));
            } else {
                blocks.add(new Block(span, kind, Optional.of(span)));
            }
        }
        if (authorFrom >= 0) {
            Span from = new Span(lines.get(authorFrom).start(), lines.get(lines.size() - 1).end());
            blocks.add(new Block(from, BlockKind.AUTHOR, Optional.of(from)));
        }
        return new Result(blocks, Metadata.EMPTY.withTitle(title).withByline(byline)
                .withOutlet(outlet.isPresent() ? outlet : copyrightHolder).withPublished(published));
    }

    /**
     * The line where the closing author block starts: the last "Written by …" line in the second half of the
     * text, after which news sites print the author's article count and bio; -1 when there is none.
     */
    private static int authorBlockStart(String text, List<Span> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Span line = lines.get(i);
            if (line.start() < text.length() / 2) {
                return -1;
            }
            if (BoilerplateLines.writtenBy(line.of(text)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A gallery on a news page is its title line, maybe a line of description, then "Gallery Credit: …";
     * the title is the nearest line before the credit that is not a sentence, at most two lines back.
     */
    private static void markGalleryStart(String text, List<Span> lines, BlockKind[] kinds, int credit) {
        for (int back = 1; back <= 2 && credit - back >= 0; back++) {
            int j = credit - back;
            if (kinds[j] != null) {
                return;
            }
            if (isHeadline(lines.get(j).of(text))) {
                for (int k = j; k < credit; k++) {
                    kinds[k] = BlockKind.GALLERY;
                }
                return;
            }
        }
    }

    /**
     * The lines right under a link-list header ("Related Stories", "More in Arts"), with no blank line between,
     * are that list's headlines, as a scrape prints a box of links to other articles.
     */
    private static void markLinkLists(String text, List<Span> lines, BlockKind[] kinds, int last) {
        for (int i = 0; i < last; i++) {
            if (!BoilerplateLines.isLinkListHeader(lines.get(i).of(text))) {
                continue;
            }
            kinds[i] = BlockKind.RELATED;
            for (int j = i + 1; j < last && kinds[j] == null && sameGroup(text, lines.get(j - 1), lines.get(j))
                    && wordCount(lines.get(j).of(text)) <= MAX_HEADLINE_WORDS; j++) {
                kinds[j] = BlockKind.RELATED;
            }
        }
    }

    /** True when no blank line separates two consecutive lines. */
    private static boolean sameGroup(String text, Span above, Span below) {
        return text.substring(above.end(), below.start()).chars().filter(c -> c == '\n').count() <= 1;
    }

    /**
     * Lines that repeat what the text already says become {@link BlockKind#REPEATED}: the second and later copies
     * of a line of three or more words (a caption printed twice counts once), and a line of four or more words
     * found whole inside another line (ignoring case, as a pull quote capitalises its first word), such as a pull quote repeating a sentence of a quotation or a picture's
     * alt text printed above its caption. The first line, the title, is never a repeat.
     */
    private static void markRepeats(String text, List<Span> lines, BlockKind[] kinds, int last) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < last; i++) {
            String line = lines.get(i).of(text);
            if (wordCount(line) >= 3 && !seen.add(line) && (kinds[i] == null || kinds[i] == BlockKind.CAPTION)) {
                kinds[i] = BlockKind.REPEATED;
            }
        }
        markContainedLines(text, lines, kinds, last);
    }

    /**
     * Marks the short lines found whole inside a longer line. Each candidate is looked up by its first three
     * words, so the cost stays linear in the text's words however many lines it has.
     */
    private static void markContainedLines(String text, List<Span> lines, BlockKind[] kinds, int last) {
        Map<String, List<Integer>> candidatesByStart = new HashMap<>();
        String[] cores = new String[last];
        for (int i = 1; i < last; i++) {
            if (kinds[i] != null && kinds[i] != BlockKind.CAPTION) {
                continue;
            }
            String core = withoutQuotationMarks(lines.get(i).of(text)).toLowerCase(Locale.ROOT);
            List<String> words = words(core);
            if (words.size() >= 4 && words.size() <= MAX_HEADLINE_WORDS) {
                cores[i] = core;
                candidatesByStart.computeIfAbsent(String.join(" ", words.subList(0, 3)), k -> new ArrayList<>()).add(i);
            }
        }
        // Many lines opening with the same three words are a list or a template, not repeats; dropping them
        // keeps a hostile text of such lines from costing a comparison per pair.
        candidatesByStart.values().removeIf(candidates -> candidates.size() > MAX_LINES_PER_OPENING);
        if (candidatesByStart.isEmpty()) {
            return;
        }
        for (int j = 0; j < last; j++) {
            if (kinds[j] != null && !kinds[j].isBody() && kinds[j] != BlockKind.CAPTION) {
                continue;
            }
            String other = lines.get(j).of(text).toLowerCase(Locale.ROOT);
            List<String> words = words(other);
            for (int w = 0; w + 3 <= words.size(); w++) {
                List<Integer> candidates = candidatesByStart.get(String.join(" ", words.subList(w, w + 3)));
                if (candidates == null) {
                    continue;
                }
                for (int i : candidates) {
                    if (i != j && other.length() > cores[i].length() + 1 && other.contains(cores[i])) {
                        kinds[i] = BlockKind.REPEATED;
                    }
                }
            }
        }
    }

    /** The words of a line, without the punctuation around each. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String w : SPACES.split(line)) {
            String bare = WORD_EDGES.matcher(w).replaceAll("");
            if (!bare.isEmpty()) {
                words.add(bare);
            }
        }
        return words;
    }

    /** The line without its enclosing quotation marks and closing punctuation: what a pull quote repeats. */
    private static String withoutQuotationMarks(String line) {
        return line.strip().replaceAll("^[\"“‘']+", "").replaceAll("[\"”’'.!?,]+$", "").strip();
    }

    /** The non-blank lines, each trimmed of surrounding white space. */
    static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int s = start;
            int e = end;
            while (s < e && Chars.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && Chars.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(new Span(s, e));
            }
            start = end + 1;
        }
        return lines;
    }

    /** A line that is not a sentence: it ends without a full stop and is short enough for a headline. */
    static boolean isHeadline(String line) {
        int words = wordCount(line);
        return words >= 2 && words <= 40 && !endsSentence(line) && !line.startsWith("•");
    }

    /**
     * A first line in title case that ends with a full stop: some archives stop every headline ("Black Lawmakers
     * Rip Donald Trump As A ‘Disgusting Fraud.’", as PolNeAR's text files give their titles). A lede is a sentence
     * in sentence case, and a title case line of more than one sentence is no headline.
     */
    static boolean isTitledSentence(String line) {
        int words = wordCount(line);
        return words >= 2 && words <= 25 && isTitleCase(line) && !line.matches(".*[.!?][\"'”’]?\\s+\\p{Lu}.*");
    }

    static boolean endsSentence(String line) {
        String s = line.replaceAll("[\"'”’)\\]]+$", "");
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") || s.endsWith(":") || s.endsWith("…");
    }

    /** Most words capitalised, as in "Enrique Iglesias Is Set To Perform In Dubai". */
    static boolean isTitleCase(String line) {
        String[] words = line.split("\\s+");
        int capitalised = 0;
        int counted = 0;
        for (String word : words) {
            String w = word.replaceAll("^[^\\p{L}\\d]+", "");
            if (w.isEmpty() || w.length() <= 3 && Character.isLowerCase(w.charAt(0))) {
                continue; // short function words ("in", "of", "the") may stay lower case
            }
            counted++;
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                capitalised++;
            }
        }
        return counted > 0 && capitalised * 10 >= counted * 8;
    }

    static int wordCount(String line) {
        return BoilerplateLines.wordCount(line);
    }
}
