package org.corroborate.engine.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
 * captions printed as "X in Y | Label", lines repeated verbatim, and the author block that runs from a
 * "Written by …" line in the second half of the text to its end. The text itself is never changed: every block
 * is a span of it, and its origin is that same span.
 *
 * <p>Also reads what those lines say about the article: the outlet ("More From KISS FM 96.9", else the holder of
 * a copyright line), the byline ("Written by …", "By …"), the publication date (a date line among the first
 * lines: "Posted Oct 15, 2024 5:45 PM") and the title (a first line that is not a sentence, followed by more
 * text).
 * Thread-safe: holds no state.
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
            } else if (CAPTION.matcher(line).matches() && !endsSentence(line)) {
                kinds[i] = BlockKind.CAPTION;
            }
        }
        for (int i = last; i < lines.size() && copyrightHolder.isEmpty(); i++) {
            copyrightHolder = OutletNames.ofCopyright(lines.get(i).of(text)); // the author block ends in the notice
        }
        markRepeats(text, lines, kinds, last);

        List<Block> blocks = new ArrayList<>();
        Optional<String> title = Optional.empty();
        for (int i = 0; i < last; i++) {
            String line = lines.get(i).of(text);
            BlockKind kind = kinds[i];
            if (kind == null) {
                boolean first = blocks.isEmpty();
                if (first && isHeadline(line) && lines.size() > 1) {
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
     * The second and later copies of a line of three or more words become {@link BlockKind#REPEATED}, so a
     * caption printed twice counts once.
     */
    private static void markRepeats(String text, List<Span> lines, BlockKind[] kinds, int last) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < last; i++) {
            String line = lines.get(i).of(text);
            if (wordCount(line) >= 3 && !seen.add(line) && (kinds[i] == null || kinds[i] == BlockKind.CAPTION)) {
                kinds[i] = BlockKind.REPEATED;
            }
        }
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
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
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
