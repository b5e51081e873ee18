package org.corroborate.engine.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Metadata;
import org.corroborate.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts an HTML page's article: its main text in reading order, one block per paragraph, heading, list
 * item, block quote or caption, separated by blank lines; and what the page says about the article
 * ({@link PageMetadataReader}).
 *
 * <p>How: the page is parsed with source positions tracked; what a reader never sees (scripts, styles, forms'
 * controls, hidden elements) is dropped; {@link MainContentLocator} picks the elements that hold the article;
 * {@link BlockCollector} cuts them into blocks, each kind given by the markup around it ({@link ElementHints}:
 * a share bar, a caption, a related-links box); and each block's own text may still mark it as boilerplate
 * ({@link BoilerplateLines}, or mostly link text). Boilerplate found inside the article stays in the text as
 * blocks of boilerplate kinds, so nothing the article's container holds is silently lost; everything outside
 * it is left out. When the first attempt finds under 500 chars of body text, a second one scores the
 * elements that look like boilerplate too, and the longer result wins (Readability's retry).
 *
 * <p>Each block's {@link Block#origin()} is the range of the page's markup its text came from. The walk over
 * the page is iterative, so a DOM nested 50,000 levels deep costs no stack. Thread-safe: holds no state.
 */
public final class HtmlCleaner {

    /** Below this many chars of body text the first attempt is retried without leaving out likely boilerplate. */
    private static final int RETRY_BELOW_CHARS = 500;

    /**
     * The extracted text, its blocks, the metadata the page gives and the address the page claims for itself.
     */
    public record Result(String text, List<Block> blocks, Metadata metadata, Optional<URI> canonicalUrl) {
        public Result {
            blocks = List.copyOf(blocks);
        }
    }

    /** Elements whose content a reader never sees as text. */
    private static final String UNSEEN = "script, style, noscript, template, svg, math, canvas, iframe, frame, "
            + "frameset, object, embed, video, audio, map, select, option, textarea, input, button, head, link, meta, "
            + "[hidden], [aria-hidden=true]:not(:has(p)), [style~=(?i)display:\\s*none], "
            + "[style~=(?i)visibility:\\s*hidden]";

    /** Extracts the article of a page whose address is unknown. */
    public Result clean(String html) {
        return clean(html, Optional.empty());
    }

    /** Extracts the article of a page fetched from {@code url}, which helps with relative links and the date. */
    public Result clean(String html, Optional<URI> url) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document page = Jsoup.parse(html, url.map(URI::toString).orElse(""), parser);
        PageMetadataReader.Found found = PageMetadataReader.read(page, url);
        page.select(UNSEEN).remove();
        MainContentLocator locator = new MainContentLocator(page.body());
        List<TextBlock> blocks = extract(locator, true);
        if (bodyChars(blocks) < RETRY_BELOW_CHARS) {
            List<TextBlock> second = extract(locator, false);
            if (bodyChars(second) > bodyChars(blocks)) {
                blocks = second;
            }
        }
        if (blocks.isEmpty()) {
            blocks = collect(List.of(page.body()), locator);
        }
        blocks = refine(blocks, found.metadata().title(), found.description());
        return assemble(blocks, found);
    }

    private static List<TextBlock> extract(MainContentLocator locator, boolean stripUnlikely) {
        return collect(locator.locate(stripUnlikely), locator);
    }

    private static List<TextBlock> collect(List<Element> roots, MainContentLocator locator) {
        List<TextBlock> out = new ArrayList<>();
        for (Element root : roots) {
            int rootChars = locator.allChars(root);
            out.addAll(BlockCollector.collect(root, e -> contextKind(e, rootChars, locator)));
        }
        return out;
    }

    /**
     * The kind an element imposes on its text inside the article: headings, block quotes and captions by tag,
     * boilerplate by {@link ElementHints}, unless the element holds more than half of the article's text
     * (a name such as {@code post-share-wrapper} around the whole story).
     */
    private static Optional<BlockKind> contextKind(Element e, int rootChars, MainContentLocator locator) {
        switch (e.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                Optional<BlockKind> hinted = ElementHints.kindOf(e);
                return hinted.isPresent() && hinted.get().isBoilerplate() ? hinted : Optional.of(BlockKind.HEADING);
            }
            case "blockquote" -> {
                return Optional.of(BlockKind.BLOCKQUOTE);
            }
            case "figcaption" -> {
                return Optional.of(BlockKind.CAPTION);
            }
            case "header" -> {
                return locator.allChars(e) * 2 > rootChars ? Optional.empty() : Optional.of(BlockKind.OTHER_BOILERPLATE);
            }
            default -> {
                Optional<BlockKind> kind = ElementHints.kindOf(e);
                if (kind.isPresent() && kind.get().isBoilerplate() && rootChars > 0
                        && locator.allChars(e) * 2 > rootChars) {
                    return Optional.empty();
                }
                return kind;
            }
        }
    }

    private static int bodyChars(List<TextBlock> blocks) {
        int n = 0;
        for (TextBlock b : blocks) {
            if (b.kind().isBody()) {
                n += b.text().length();
            }
        }
        return n;
    }

    /**
     * Kinds from the blocks' own text: the first {@code <h1>} before any paragraph is the title; the block right
     * after the title that repeats the page's description is its dek, a heading, even inside a page header whose
     * name marks it boilerplate ({@code <h2 class="entry-subtitle">} in {@code <div class="entry-header">}); a line
     * that reads as boilerplate ("Advertisement", "READ MORE: …", a by-line) is that boilerplate; a short block that
     * is mostly link text and not a sentence (a headline) is a related link.
     */
    private static List<TextBlock> refine(List<TextBlock> blocks, Optional<String> title, Optional<String> description) {
        List<TextBlock> out = new ArrayList<>(blocks.size());
        boolean seenParagraph = false;
        String titleKey = title.map(HtmlCleaner::key).orElse("");
        String descriptionKey = description.map(HtmlCleaner::key).orElse("");
        for (TextBlock block : blocks) {
            BlockKind kind = block.kind();
            boolean afterTitle = !out.isEmpty() && out.get(out.size() - 1).kind() == BlockKind.TITLE;
            if ((kind == BlockKind.HEADING || kind == BlockKind.OTHER_BOILERPLATE)
                    && block.owner().normalName().equals("h1")
                    && (!seenParagraph || key(block.text()).equals(titleKey))) {
                kind = BlockKind.TITLE;
            } else if (kind == BlockKind.OTHER_BOILERPLATE && afterTitle && !descriptionKey.isEmpty()
                    && key(block.text()).equals(descriptionKey)) {
                kind = BlockKind.HEADING;
            } else if (kind == BlockKind.PARAGRAPH || kind == BlockKind.HEADING) {
                Optional<BlockKind> said = BoilerplateLines.classify(block.text());
                if (said.isPresent()) {
                    kind = said.get();
                } else if (block.linkDensity() >= 0.5 && BoilerplateLines.wordCount(block.text()) <= 40
                        && !PlainTextCleaner.endsSentence(block.text())) {
                    kind = BlockKind.RELATED;
                }
            }
            if (kind == BlockKind.PARAGRAPH || kind == BlockKind.BLOCKQUOTE) {
                seenParagraph = true;
            }
            out.add(block.withKind(kind));
        }
        markCaptionsBeforeCredits(out);
        return out;
    }

    /**
     * A short line that is not a sentence, right before an image credit ("(Image: GETTY)"), is that image's
     * caption, as pages print a picture's caption and then its credit.
     */
    private static void markCaptionsBeforeCredits(List<TextBlock> blocks) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            BlockKind next = blocks.get(i + 1).kind();
            if (b.kind() == BlockKind.PARAGRAPH && (next == BlockKind.CREDIT || next == BlockKind.CAPTION)
                    && BoilerplateLines.wordCount(b.text()) <= 30 && !PlainTextCleaner.endsSentence(b.text())) {
                blocks.set(i, b.withKind(BlockKind.CAPTION));
            }
        }
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Result assemble(List<TextBlock> blocks, PageMetadataReader.Found found) {
        StringBuilder text = new StringBuilder();
        List<Block> out = new ArrayList<>(blocks.size());
        for (TextBlock b : blocks) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(b.text());
            out.add(new Block(new Span(start, text.length()), b.kind(), b.origin()));
        }
        return new Result(text.toString(), out, found.metadata(), found.canonicalUrl());
    }
}
