package org.corroborate.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article's text and what cleaning found in it.
 *
 * <p>For plain-text input {@code text} is the input verbatim; for HTML it is the extracted main text, with
 * paragraphs separated by blank lines. {@code blocks} are in text order, do not overlap and lie inside the
 * text; text outside every block is white space or was not recognised as anything.
 *
 * @param id     a stable identifier derived from the content, so that the same input always gets the same id
 * @param source the input as the user named it
 */
public record Article(
        String id,
        String source,
        Optional<URI> url,
        Metadata metadata,
        String text,
        List<Block> blocks) implements Extracted {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        int last = 0;
        for (Block block : blocks) {
            if (block.span().start() < last || block.span().end() > text.length()) {
                throw new IllegalArgumentException("article " + id + ": block " + block
                        + " overlaps the one before it or reaches past the text (" + text.length() + " chars)");
            }
            last = block.span().end();
        }
    }

    public List<Block> boilerplate() {
        return blocks.stream().filter(b -> b.kind().isBoilerplate()).toList();
    }

    public List<Block> captions() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.CAPTION).toList();
    }

    /** The blocks whose sentences are analysed: title, headings, paragraphs and block quotes. */
    public List<Block> body() {
        return blocks.stream().filter(b -> b.kind().isBody()).toList();
    }

    public String textOf(Span span) {
        return span.of(text);
    }
}
