package org.corroborate.engine.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.engine.ingest.PublicationDates;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Metadata;
import org.corroborate.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts an HTML page's main text: the element holding the most paragraph text (preferring
 * {@code <article>}), its paragraphs, headings, block quotes and captions in reading order, separated by
 * blank lines; and the page's title, byline, date, outlet and language from its metadata.
 *
 * <p>Thread-safe: holds no state.
 */
public final class HtmlCleaner {

    /** The extracted text, its blocks, and the metadata the page gives. */
    public record Result(String text, List<Block> blocks, Metadata metadata) {
        public Result {
            blocks = List.copyOf(blocks);
        }
    }

    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, [role=navigation], [aria-hidden=true], .share, .social, .related, .comments, "
            + ".newsletter, .advertisement, .ad";

    public Result clean(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Metadata metadata = metadata(page);
        page.select(NOISE).remove();
        Element main = mainElement(page);
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (Element e : main.select("h1, h2, h3, h4, p, blockquote, figcaption, li")) {
            if (e.parents().stream().anyMatch(p -> p.is("blockquote, figcaption") && main != p && isInside(main, p))
                    && !e.is("blockquote, figcaption")) {
                continue; // already taken with its block quote or caption
            }
            String t = e.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            BlockKind kind = e.is("h1, h2, h3, h4") ? BlockKind.HEADING
                    : e.is("blockquote") ? BlockKind.BLOCKQUOTE
                    : e.is("figcaption") ? BlockKind.CAPTION
                    : BlockKind.PARAGRAPH;
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(t);
            blocks.add(new Block(new Span(start, text.length()), kind));
        }
        return new Result(text.toString(), blocks, metadata);
    }

    private static boolean isInside(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** {@code <article>} when there is one, else the element whose direct paragraphs hold the most text. */
    private static Element mainElement(org.jsoup.nodes.Document page) {
        Elements articles = page.select("article");
        Element best = page.body();
        int bestLength = 0;
        for (Element p : page.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = 0;
            for (Element child : parent.children()) {
                if (child.is("p")) {
                    length += child.text().length();
                }
            }
            if (length > bestLength) {
                bestLength = length;
                best = parent;
            }
        }
        if (!articles.isEmpty() && articles.first().text().length() >= bestLength) {
            return articles.first();
        }
        return best;
    }

    private static Metadata metadata(org.jsoup.nodes.Document page) {
        Optional<String> title = meta(page, "meta[property=og:title]")
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text))
                .or(() -> Optional.of(page.title()));
        Optional<String> byline = meta(page, "meta[name=author]")
                .or(() -> meta(page, "meta[property=article:author]"));
        Optional<String> outlet = meta(page, "meta[property=og:site_name]");
        Optional<String> published = meta(page, "meta[property=article:published_time]")
                .or(() -> meta(page, "meta[name=date]"))
                .or(() -> Optional.ofNullable(page.selectFirst("time[datetime]")).map(t -> t.attr("datetime")));
        Optional<String> language = Optional.ofNullable(page.selectFirst("html[lang]")).map(e -> e.attr("lang"));
        return new Metadata(title, byline, outlet, published.flatMap(PublicationDates::parse), language);
    }

    private static Optional<String> meta(org.jsoup.nodes.Document page, String query) {
        return Optional.ofNullable(page.selectFirst(query)).map(e -> e.attr("content")).filter(s -> !s.isBlank());
    }
}
