package org.corroborate.engine.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.corroborate.engine.Chars;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Span;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Walks an element's subtree in document order and cuts its text into {@link TextBlock}s the way a browser
 * lays it out: a block-level element starts and ends a block, two {@code <br>} in a row end one, white space
 * collapses except inside {@code <pre>}.
 *
 * <p>Each block's kind comes from the elements around it: the outermost boilerplate kind among them (a
 * caption inside a gallery is gallery), else the innermost caption, block quote or heading, else
 * {@link BlockKind#PARAGRAPH}. What kind an element imposes is the caller's function, so the same walk serves
 * the scoring pass (no kinds) and the extraction pass (kinds from {@link ElementHints}). Boilerplate inside a
 * line of text (an inline hover card, an inline ad) does not cut the line: its text is set aside and becomes
 * a block of its own right after the line's.
 *
 * <p>The walk is iterative ({@link NodeTraversor}), so a DOM nested tens of thousands of levels deep costs time
 * in proportion to its size and no stack. Not thread-safe: one collector per walk.
 */
final class BlockCollector implements NodeVisitor {

    /** Elements that do not break the flow of text; every other element starts and ends a block. */
    static final Set<String> INLINE = Set.of(
            "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "blink", "cite", "code", "data", "del", "dfn", "em",
            "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike",
            "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "picture", "source", "output", "meter",
            "progress", "ruby", "rb", "rp", "rt", "rtc");

    /** Text being gathered for one block, with its link chars and source range. */
    private static final class Buffer {
        final StringBuilder text = new StringBuilder();
        boolean pendingSpace;
        int linkChars;
        int originStart = -1;
        int originEnd = -1;

        void reset() {
            text.setLength(0);
            pendingSpace = false;
            linkChars = 0;
            originStart = -1;
            originEnd = -1;
        }

        Optional<Span> origin() {
            return originStart >= 0 && originEnd >= originStart ? Optional.of(new Span(originStart, originEnd))
                    : Optional.empty();
        }
    }

    private final Function<Element, Optional<BlockKind>> kinds;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Buffer main = new Buffer();
    private final Buffer aside = new Buffer();
    private final List<Element> blockElements = new ArrayList<>();
    /** Per open element: whether it pushed onto {@link #contexts}. */
    private final List<Boolean> pushed = new ArrayList<>();
    private final List<BlockKind> contexts = new ArrayList<>();
    private int firstBoilerplate = -1;
    /** The inline boilerplate element whose text is being set aside, or null. */
    private Element divertedBy;
    private BlockKind asideKind;
    private int preDepth;
    private int linkDepth;
    private boolean lastWasBreak;

    private BlockCollector(Function<Element, Optional<BlockKind>> kinds) {
        this.kinds = kinds;
    }

    /** The blocks of {@code root}'s subtree, each with the kind {@code kinds} and the markup give it. */
    static List<TextBlock> collect(Element root, Function<Element, Optional<BlockKind>> kinds) {
        BlockCollector collector = new BlockCollector(kinds);
        collector.blockElements.add(root);
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    static boolean isBlockLevel(Element e) {
        return !INLINE.contains(e.normalName());
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(t, divertedBy != null ? aside : main);
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            lineBreak();
            return;
        }
        Optional<BlockKind> kind = depth == 0 ? Optional.empty() : kinds.apply(e);
        boolean block = isBlockLevel(e);
        if (!block && divertedBy == null && firstBoilerplate < 0 && kind.isPresent() && kind.get().isBoilerplate()) {
            divertedBy = e;
            asideKind = kind.get();
            pushed.add(false);
            return;
        }
        if (block || kind.isPresent()) {
            flush();
        }
        if (block) {
            blockElements.add(e);
        }
        if (kind.isPresent()) {
            if (kind.get().isBoilerplate() && firstBoilerplate < 0) {
                firstBoilerplate = contexts.size();
            }
            contexts.add(kind.get());
        }
        pushed.add(kind.isPresent());
        if (tag.equals("pre") || tag.equals("textarea")) {
            preDepth++;
        }
        if (tag.equals("a") && e.hasAttr("href")) {
            linkDepth++;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            return;
        }
        boolean didPush = pushed.remove(pushed.size() - 1);
        if (e == divertedBy) {
            divertedBy = null;
            return;
        }
        boolean block = isBlockLevel(e);
        if (block || didPush) {
            flush();
        }
        if (block && blockElements.size() > 1) {
            blockElements.remove(blockElements.size() - 1);
        }
        if (didPush) {
            contexts.remove(contexts.size() - 1);
            if (firstBoilerplate == contexts.size()) {
                firstBoilerplate = -1;
            }
        }
        if (tag.equals("pre") || tag.equals("textarea")) {
            preDepth--;
        }
        if (tag.equals("a") && e.hasAttr("href")) {
            linkDepth--;
        }
    }

    private void appendText(TextNode node, Buffer into) {
        String s = node.getWholeText();
        StringBuilder text = into.text;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                continue; // zero-width and soft-hyphen characters are invisible
            }
            if (preDepth > 0) {
                if (c == '\r') {
                    continue;
                }
                text.append(c == '\u00A0' ? ' ' : c);
                if (!Chars.isSpace(c)) {
                    any = true;
                    if (linkDepth > 0) {
                        into.linkChars++;
                    }
                }
                continue;
            }
            if (Chars.isSpace(c)) {
                into.pendingSpace = text.length() > 0;
                continue;
            }
            if (into.pendingSpace && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append(' ');
            }
            into.pendingSpace = false;
            text.append(c);
            any = true;
            if (linkDepth > 0) {
                into.linkChars++;
            }
        }
        if (any) {
            if (into == main) {
                lastWasBreak = false;
            }
            Range range = node.sourceRange();
            if (range.isTracked()) {
                if (into.originStart < 0) {
                    into.originStart = range.startPos();
                }
                into.originEnd = Math.max(into.originEnd, range.endPos());
            }
        }
    }

    /** One {@code <br>} is a line break; a second in a row ends the block. */
    private void lineBreak() {
        if (divertedBy != null) {
            return;
        }
        if (lastWasBreak) {
            flush();
            return;
        }
        if (main.text.length() > 0) {
            main.text.append('\n');
            main.pendingSpace = false;
        }
        lastWasBreak = true;
    }

    /** Ends the current block, and then the boilerplate set aside from inside it. */
    private void flush() {
        lastWasBreak = false;
        emit(main, currentKind());
        if (asideKind != null) {
            emit(aside, asideKind);
            if (divertedBy == null) {
                asideKind = null;
            }
        }
    }

    private void emit(Buffer buffer, BlockKind kind) {
        String s = strip(buffer.text);
        int links = buffer.linkChars;
        Optional<Span> origin = buffer.origin();
        buffer.reset();
        if (!s.isEmpty()) {
            blocks.add(new TextBlock(s, blockElements.get(blockElements.size() - 1), kind, links, origin));
        }
    }

    /**
     * The outermost boilerplate kind around the text, else the innermost kind (with no boilerplate open,
     * every open kind is a caption, block quote or heading, so the innermost is simply the last).
     */
    private BlockKind currentKind() {
        if (firstBoilerplate >= 0) {
            return contexts.get(firstBoilerplate);
        }
        return contexts.isEmpty() ? BlockKind.PARAGRAPH : contexts.get(contexts.size() - 1);
    }

    /** The text with each line stripped and runs of blank lines removed. */
    private static String strip(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int n = raw.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int end = lineStart;
            while (end < n && raw.charAt(end) != '\n') {
                end++;
            }
            int s = lineStart;
            int e = end;
            while (s < e && Chars.isSpace(raw.charAt(s))) {
                s++;
            }
            while (e > s && Chars.isSpace(raw.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(raw, s, e);
            }
            lineStart = end + 1;
        }
        return out.toString();
    }
}
