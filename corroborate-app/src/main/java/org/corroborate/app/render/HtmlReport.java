package org.corroborate.app.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Fact;
import org.corroborate.model.FactSource;
import org.corroborate.model.Published;
import org.corroborate.model.Quote;
import org.corroborate.model.QuoteDifference;
import org.corroborate.model.QuoteGroup;
import org.corroborate.model.QuoteVariant;
import org.corroborate.model.Span;
import org.corroborate.model.StoryEntity;
import org.corroborate.model.StoryReport;
import org.corroborate.model.TextReuse;
import org.corroborate.model.WordEdit;

/**
 * One self-contained HTML page (no scripts, no external resources) with a card per story: the fact table with
 * verdicts, the quotes with each outlet's wording and the differences marked, who is who, and the articles'
 * text with quotations highlighted. Every piece of evidence links to its place in the article text.
 *
 * <p>Thread-safe: holds no state.
 */
public final class HtmlReport {

    private static final String STYLE = """
            :root{--ink:#1d2330;--muted:#5b6475;--line:#e3e6ec;--bg:#f7f8fa;--card:#fff;--accent:#2456a6}
            *{box-sizing:border-box}body{margin:0;font:16px/1.55 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--bg)}
            header.page{padding:2rem 1rem 1rem;max-width:72rem;margin:auto}header.page h1{margin:0;font:600 1.9rem/1.2 system-ui,sans-serif}
            header.page p{color:var(--muted);margin:.3rem 0 0;font-family:system-ui,sans-serif}
            section.story{max-width:72rem;margin:1rem auto 2.5rem;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1.5rem 1.75rem}
            h2{font:600 1.5rem/1.25 system-ui,sans-serif;margin:0 0 .5rem}h3{font:600 1.05rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:1.8rem 0 .6rem}
            .outlets{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 0;padding:0;list-style:none;font:14px system-ui,sans-serif}
            .outlets li{background:var(--bg);border:1px solid var(--line);border-radius:999px;padding:.15rem .7rem}
            table{border-collapse:collapse;width:100%;font:14px/1.45 system-ui,sans-serif}th,td{text-align:left;vertical-align:top;padding:.5rem .6rem;border-bottom:1px solid var(--line)}
            th{color:var(--muted);font-weight:600}td.n{text-align:center;font-weight:600}
            .verdict{display:inline-block;border-radius:4px;padding:.05rem .45rem;font-weight:600;font-size:12px;white-space:nowrap}
            .agreed{background:#e2f4e6;color:#1e6b33}.more-specific{background:#e3ecfb;color:#1f4f9c}.conflict{background:#fde4e1;color:#a3281b}.single-source{background:#f1f0ea;color:#6b6440}
            .src{margin:.15rem 0 .5rem}.evidence{display:block;color:var(--muted);font:italic 13px/1.4 Georgia,serif}
            .origins{font-weight:400;font-size:12px;color:var(--muted)}.src a{color:var(--accent);text-decoration:none}.src a:hover{text-decoration:underline}
            blockquote{margin:.6rem 0;padding:.4rem 1rem;border-left:3px solid var(--accent);background:#fafbfd}blockquote cite{display:block;color:var(--muted);font:13px system-ui,sans-serif;font-style:normal}
            .speaker{font:600 15px system-ui,sans-serif;margin-top:1.2rem}.diff{font:13px system-ui,sans-serif;color:var(--muted)}
            del{background:#fde4e1;text-decoration:line-through}ins{background:#e2f4e6;text-decoration:none}
            .entities{columns:2 22rem;font:14px/1.5 system-ui,sans-serif;padding-left:1.1rem}.alias{color:var(--muted)}
            details{border-top:1px solid var(--line);padding:.6rem 0}summary{cursor:pointer;font:600 15px system-ui,sans-serif}
            .text{white-space:pre-wrap;font-size:15px}mark{background:#fff3bf;padding:0 .1rem}mark.quote{background:#e8f0fe}
            .meta{color:var(--muted);font:13px system-ui,sans-serif}
            """;

    public String render(List<ArticleFacts> articles, List<StoryReport> stories) {
        ReportIndex index = new ReportIndex(articles);
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(esc(stories.size() == 1 ? stories.get(0).title() : "Corroborate report"))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        out.append("<header class=\"page\"><h1>Corroborate report</h1><p>").append(articles.size())
                .append(articles.size() == 1 ? " article, " : " articles, ").append(stories.size())
                .append(stories.size() == 1 ? " story" : " stories").append("</p></header>\n");
        for (StoryReport story : stories) {
            story(story, index, out);
        }
        out.append("</body></html>\n");
        return out.toString();
    }

    private void story(StoryReport story, ReportIndex index, StringBuilder out) {
        out.append("<section class=\"story\" id=\"").append(esc(story.id())).append("\"><h2>").append(esc(story.title())).append("</h2>");
        out.append("<ul class=\"outlets\">");
        for (String id : story.articles()) {
            Article a = index.article(id);
            out.append("<li>").append(esc(index.label(id)));
            a.metadata().published().ifPresent(p -> out.append(" · ").append(esc(p.date().toString())));
            out.append("</li>");
        }
        out.append("</ul>");
        if (!story.facts().isEmpty()) {
            out.append("<h3>Facts</h3><table><thead><tr><th>Fact</th><th>Verdict</th><th>Independent sources</th><th>What each outlet says</th></tr></thead><tbody>");
            for (Fact f : story.facts()) {
                out.append("<tr><td>").append(esc(f.statement())).append("</td><td><span class=\"verdict ")
                        .append(f.verdict().label()).append("\">").append(f.verdict().label().replace('-', ' '))
                        .append("</span></td><td class=\"n\">").append(f.independentSources())
                        .append("<div class=\"origins\">").append(esc(String.join(" · ", origins(f)))).append("</div></td><td>");
                for (FactSource s : f.sources()) {
                    out.append("<div class=\"src\"><a href=\"#").append(anchor(s.article(), s.span())).append("\">")
                            .append(esc(index.label(s.article()))).append("</a>: ").append(esc(s.value()))
                            .append(" <span class=\"meta\">(").append(s.stance().label())
                            .append(s.via().map(v -> ", via " + esc(v)).orElse(""))
                            .append("; ").append(esc(originOf(s, index))).append(")</span>")
                            .append("<q class=\"evidence\">").append(esc(index.evidence(s.article(), s.span()))).append("</q></div>");
                }
                out.append("</td></tr>");
            }
            out.append("</tbody></table>");
        }
        if (!story.quotes().isEmpty()) {
            out.append("<h3>Quotes</h3>");
            for (QuoteGroup g : story.quotes()) {
                out.append("<div class=\"speaker\">").append(esc(g.speaker().orElse("Unattributed"))).append("</div>");
                for (QuoteVariant v : g.variants()) {
                    out.append("<blockquote>“").append(esc(v.text())).append("”<cite><a href=\"#")
                            .append(anchor(v.article(), v.span())).append("\">").append(esc(index.label(v.article())))
                            .append("</a></cite></blockquote>");
                }
                for (QuoteDifference d : g.differences()) {
                    out.append("<div class=\"diff\">").append(esc(index.label(d.article()))).append(" against ")
                            .append(esc(index.label(d.against()))).append(": ");
                    List<String> parts = new ArrayList<>();
                    for (WordEdit e : d.edits()) {
                        parts.add((e.removed().isEmpty() ? "" : "<del>" + esc(e.removed()) + "</del> ")
                                + (e.added().isEmpty() ? "" : "<ins>" + esc(e.added()) + "</ins>"));
                    }
                    out.append(String.join(" · ", parts)).append("</div>");
                }
            }
        }
        if (!story.entities().isEmpty()) {
            out.append("<h3>Who and what</h3><ul class=\"entities\">");
            for (StoryEntity e : story.entities()) {
                out.append("<li><strong>").append(esc(e.name())).append("</strong> <span class=\"meta\">")
                        .append(e.type().name().toLowerCase(Locale.ROOT)).append("</span>");
                if (!e.aliases().isEmpty()) {
                    out.append(" <span class=\"alias\">also ").append(esc(String.join(", ", e.aliases()))).append("</span>");
                }
                out.append("</li>");
            }
            out.append("</ul>");
        }
        if (!story.reuse().isEmpty()) {
            out.append("<h3>Text reuse</h3><ul>");
            for (TextReuse r : story.reuse()) {
                out.append("<li><a href=\"#").append(anchor(r.to(), r.toSpan())).append("\">")
                        .append(esc(index.label(r.to()))).append("</a> repeats <a href=\"#").append(anchor(r.from(), r.fromSpan()))
                        .append("\">").append(esc(index.label(r.from()))).append("</a> <span class=\"meta\">(")
                        .append(Math.round(100 * r.similarity())).append("% of word trigrams shared)</span></li>");
            }
            out.append("</ul>");
        }
        out.append("<h3>Articles</h3>");
        for (String id : story.articles()) {
            article(index.facts(id), story, index, out);
        }
        out.append("</section>\n");
    }

    /** Where a source's support comes from, for people: "own reporting" when the article credits nobody. */
    static String originOf(FactSource s, ReportIndex index) {
        return s.origin().equals(index.label(s.article())) ? "own reporting" : "source: " + s.origin();
    }

    /** The fact's distinct origins, in the order its sources name them: what its independent count counts. */
    static List<String> origins(Fact f) {
        return f.sources().stream().map(FactSource::origin).distinct().toList();
    }

    /** The article's text with quotes highlighted and an anchor at every span the story points to. */
    private static void article(ArticleFacts facts, StoryReport story, ReportIndex index, StringBuilder out) {
        Article a = facts.article();
        String id = a.id();
        TreeMap<Integer, String> anchors = new TreeMap<>();
        for (Fact f : story.facts()) {
            f.sources().stream().filter(s -> s.article().equals(id)).forEach(s -> anchors.put(s.span().start(), anchor(id, s.span())));
        }
        story.quotes().forEach(g -> g.variants().stream().filter(v -> v.article().equals(id))
                .forEach(v -> anchors.put(v.span().start(), anchor(id, v.span()))));
        story.reuse().forEach(r -> {
            if (r.to().equals(id)) {
                anchors.put(r.toSpan().start(), anchor(id, r.toSpan()));
            }
            if (r.from().equals(id)) {
                anchors.put(r.fromSpan().start(), anchor(id, r.fromSpan()));
            }
        });
        out.append("<details><summary>").append(esc(index.label(id)));
        a.metadata().title().ifPresent(t -> out.append(" — ").append(esc(t)));
        out.append("</summary><p class=\"meta\">").append(esc(a.source()));
        a.metadata().byline().ifPresent(b -> out.append(" · by ").append(esc(b)));
        a.metadata().published().map(Published::iso).ifPresent(p -> out.append(" · ").append(esc(p)));
        out.append("</p><div class=\"text\">");
        String text = a.text();
        List<Quote> quotes = facts.quotes();
        int q = 0;
        int at = 0;
        while (at < text.length()) {
            int nextAnchor = anchors.ceilingKey(at) == null ? text.length() : anchors.ceilingKey(at);
            while (q < quotes.size() && quotes.get(q).span().start() < at) {
                q++;
            }
            int nextQuote = q < quotes.size() ? quotes.get(q).span().start() : text.length();
            int next = Math.min(nextAnchor, nextQuote);
            out.append(esc(text.substring(at, next)));
            if (next == text.length()) {
                break;
            }
            if (next == nextAnchor && anchors.containsKey(next)) {
                out.append("<span id=\"").append(anchors.get(next)).append("\"></span>");
                anchors.remove(next);
            }
            if (next == nextQuote) {
                Span span = quotes.get(q).span();
                out.append("<mark class=\"quote\">").append(esc(span.of(text))).append("</mark>");
                anchors.headMap(span.end()).clear();
                at = span.end();
                q++;
            } else {
                at = next;
            }
        }
        out.append("</div></details>");
    }

    private static String anchor(String article, Span span) {
        return "a" + article + "-" + span.start();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
