package org.corroborate.engine.clean;

import java.util.Comparator;
import java.util.List;
import org.corroborate.model.Article;
import org.corroborate.model.Block;

/**
 * An article's text without its boilerplate and captions, as {@code corroborate extract} prints it: the
 * article's text with every boilerplate and caption block cut out, and the blank lines the cuts leave
 * collapsed to one empty line. For plain text this keeps the lines of the input as they were; for HTML it is
 * the main text's title, headings, paragraphs and block quotes separated by blank lines.
 *
 * <p>Thread-safe: holds no state.
 */
public final class MainText {

    private MainText() {
    }

    public static String of(Article article) {
        String text = article.text();
        List<Block> cut = article.blocks().stream()
                .filter(b -> !b.kind().isBody())
                .sorted(Comparator.comparing(Block::span))
                .toList();
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (Block b : cut) {
            if (b.span().start() > from) {
                out.append(text, from, b.span().start());
            }
            from = Math.max(from, b.span().end());
        }
        out.append(text, Math.min(from, text.length()), text.length());
        return collapseBlankLines(out);
    }

    /** Runs of lines holding only white space become one empty line; the ends are stripped. */
    private static String collapseBlankLines(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int blank = 0;
        for (String line : s.toString().split("\n", -1)) {
            if (line.isBlank()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(line.stripTrailing());
            blank = 0;
        }
        return out.toString();
    }
}
