package org.corroborate.engine.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Metadata;
import org.corroborate.model.Span;

/**
 * Finds the blocks of plain text scraped from a web page: each non-blank line is one block, classified as
 * title, heading, paragraph, caption or a kind of boilerplate by what such lines look like on news sites
 * ("READ MORE: …", "Gallery Credit: …", "More From …", "Written by …", tag lines, "X in Y | Label" captions,
 * lines repeated verbatim). The text itself is never changed.
 *
 * <p>Also reads what those lines say about the article: the outlet ("More From KISS FM 96.9"), the byline
 * ("Written by Hashim Asraff") and the title (a first line that is not a sentence). Thread-safe: holds no
 * state.
 */
public final class PlainTextCleaner {

    /** The blocks found and the metadata the text itself gives. */
    public record Result(List<Block> blocks, Metadata metadata) {
        public Result {
            blocks = List.copyOf(blocks);
        }
    }

    private static final Pattern READ_MORE = Pattern.compile(
            "(?i)^(read more|read also|also read|related|see also|more|watch|listen|recommended|trending)\\s*[:|–—-]\\s*\\S.*");
    private static final Pattern MORE_FROM = Pattern.compile("(?i)^more (?:from|on|at)\\s+(.+?)\\s*$");
    private static final Set<String> PROMOTION_LINES = Set.of(
            "show more", "show less", "featured video", "load more", "continue reading", "advertisement",
            "sponsored", "sponsored content", "recommended", "recommended for you", "trending", "trending now",
            "most popular", "most read", "watch now", "video", "click to expand", "view gallery",
            "view comments", "read full article", "skip to content", "skip ad");
    private static final Set<String> SHARE_LINES = Set.of(
            "share", "share this", "share this article", "share this story", "tweet", "email", "print",
            "copy link", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(credits?|photo credits?|image credits?|photo|photos|image|picture|source|via)\\s*:\\s*\\S.*");
    private static final Pattern GALLERY_CREDIT = Pattern.compile("(?i)^gallery credit\\s*:.*");
    private static final Pattern WRITTEN_BY = Pattern.compile(
            "^(?:Written by|WRITTEN BY|Posted by|Reported by)\\s+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})\\s*$");
    private static final Pattern BY_LINE = Pattern.compile(
            "^(?:By|BY)\\s+(\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]+|and|&))*)\\s*(?:[,|–—-].*)?$");
    private static final Pattern NOTICE = Pattern.compile(
            "(?i)^(©|copyright\\b|all rights reserved|we use cookies|this (web)?site uses cookies|by using this site).*");
    private static final Pattern NEWSLETTER = Pattern.compile("(?i)^(sign up|subscribe)\\b.*(newsletter|inbox|email|updates).*");
    private static final Pattern TAG_LINE = Pattern.compile("^[\\p{Ll}\\d][\\p{Ll}\\d .'’&-]*(?:,\\s*[\\p{Ll}\\d][\\p{Ll}\\d .'’&-]*)+$");
    private static final Pattern TAGS_PREFIX = Pattern.compile("(?i)^(tags|tagged|topics|filed under)\\s*:\\s*\\S.*");
    private static final Pattern CAPTION = Pattern.compile("^(.{3,160}?)\\s+\\|\\s+(\\p{Lu}[^|.!?]{1,60})$");

    public Result clean(String text) {
        List<Span> lines = lines(text);
        BlockKind[] kinds = new BlockKind[lines.size()];
        Optional<String> outlet = Optional.empty();
        Optional<String> byline = Optional.empty();
        int authorFrom = -1;

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).of(text);
            String lower = line.toLowerCase(Locale.ROOT).replaceAll("[\\s:]+$", "");
            Matcher m;
            if ((m = WRITTEN_BY.matcher(line)).matches() && authorFrom < 0 && lines.get(i).start() > text.length() / 2) {
                byline = Optional.of(m.group(1));
                authorFrom = i;
                break;
            } else if ((m = MORE_FROM.matcher(line)).matches() && wordCount(line) <= 8) {
                kinds[i] = BlockKind.PROMOTION;
                if (outlet.isEmpty()) {
                    outlet = Optional.of(stripTrailing(m.group(1)));
                }
            } else if (READ_MORE.matcher(line).matches()) {
                kinds[i] = BlockKind.READ_MORE;
            } else if (PROMOTION_LINES.contains(lower)) {
                kinds[i] = BlockKind.PROMOTION;
            } else if (SHARE_LINES.contains(lower)) {
                kinds[i] = BlockKind.SHARE;
            } else if (GALLERY_CREDIT.matcher(line).matches()) {
                kinds[i] = BlockKind.GALLERY;
                markGalleryStart(text, lines, kinds, i);
            } else if (CREDIT.matcher(line).matches() && wordCount(line) <= 12) {
                kinds[i] = BlockKind.CREDIT;
            } else if ((m = BY_LINE.matcher(line)).matches() && wordCount(line) <= 10) {
                kinds[i] = BlockKind.AUTHOR;
                if (byline.isEmpty()) {
                    byline = Optional.of(m.group(1));
                }
            } else if (NOTICE.matcher(line).matches() && wordCount(line) <= 40) {
                kinds[i] = BlockKind.NOTICE;
            } else if (NEWSLETTER.matcher(line).matches() && wordCount(line) <= 25) {
                kinds[i] = BlockKind.NEWSLETTER;
            } else if (TAGS_PREFIX.matcher(line).matches() || TAG_LINE.matcher(line).matches() && wordCount(line) <= 20) {
                kinds[i] = BlockKind.TAGS;
            } else if (CAPTION.matcher(line).matches() && !endsSentence(line)) {
                kinds[i] = BlockKind.CAPTION;
            }
        }

        markRepeats(text, lines, kinds);
        List<Block> blocks = new ArrayList<>();
        Optional<String> title = Optional.empty();
        int last = authorFrom >= 0 ? authorFrom : lines.size();
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
                blocks.set(blocks.size() - 1, new Block(previous.span().cover(span), kind));
            } else {
                blocks.add(new Block(span, kind));
            }
        }
        if (authorFrom >= 0) {
            Span from = lines.get(authorFrom);
            blocks.add(new Block(new Span(from.start(), lines.get(lines.size() - 1).end()), BlockKind.AUTHOR));
        }
        Metadata metadata = Metadata.EMPTY.withTitle(title).withByline(byline).withOutlet(outlet);
        return new Result(blocks, metadata);
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

    /** The second and later copies of a line of three or more words become {@link BlockKind#REPEATED}. */
    private static void markRepeats(String text, List<Span> lines, BlockKind[] kinds) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
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
        String s = line.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static String stripTrailing(String s) {
        return s.replaceAll("[\\s:.|–—-]+$", "");
    }
}
