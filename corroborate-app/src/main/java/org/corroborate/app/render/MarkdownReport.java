package org.corroborate.app.render;

import java.util.List;
import java.util.stream.Collectors;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Fact;
import org.corroborate.model.FactSource;
import org.corroborate.model.Published;
import org.corroborate.model.QuoteDifference;
import org.corroborate.model.QuoteGroup;
import org.corroborate.model.QuoteVariant;
import org.corroborate.model.StoryEntity;
import org.corroborate.model.StoryReport;
import org.corroborate.model.TextReuse;
import org.corroborate.model.WordEdit;

/**
 * A story report in Markdown, for people: the articles, the fact table with verdicts and independent-source
 * counts, each quotation with every outlet's wording and the differences, the entities with their aliases,
 * and the passages one outlet took from another. Every cell points to its evidence by quoting it.
 *
 * <p>Thread-safe: holds no state.
 */
public final class MarkdownReport {

    public String render(List<ArticleFacts> articles, List<StoryReport> stories) {
        ReportIndex index = new ReportIndex(articles);
        StringBuilder out = new StringBuilder();
        out.append("# Corroborate report\n\n");
        out.append(articles.size()).append(articles.size() == 1 ? " article" : " articles").append(", ")
                .append(stories.size()).append(stories.size() == 1 ? " story" : " stories").append(".\n");
        for (StoryReport story : stories) {
            story(story, index, out);
        }
        return out.toString();
    }

    private void story(StoryReport story, ReportIndex index, StringBuilder out) {
        out.append("\n## ").append(escape(story.title())).append("\n\n");
        out.append("Story `").append(story.id()).append("`: ").append(story.articles().size())
                .append(story.articles().size() == 1 ? " article.\n\n" : " articles.\n\n");
        out.append("| outlet | title | byline | published | source |\n|---|---|---|---|---|\n");
        for (String id : story.articles()) {
            Article a = index.article(id);
            out.append("| ").append(escape(index.label(id)))
                    .append(" | ").append(escape(a.metadata().title().orElse("—")))
                    .append(" | ").append(escape(a.metadata().byline().orElse("—")))
                    .append(" | ").append(a.metadata().published().map(Published::iso).orElse("—"))
                    .append(" | ").append(escape(a.source())).append(" |\n");
        }
        if (!story.facts().isEmpty()) {
            out.append("\n### Facts\n\n| fact | verdict | independent sources (who) | what each outlet says, and the sentence it says it in |\n|---|---|---|---|\n");
            for (Fact f : story.facts()) {
                out.append("| ").append(escape(f.statement()))
                        .append(" | ").append(f.verdict().label())
                        .append(" | ").append(f.independentSources()).append(": ")
                        .append(escape(String.join(", ", HtmlReport.origins(f))))
                        .append(" | ").append(f.sources().stream().map(s -> source(s, index)).collect(Collectors.joining("<br>")))
                        .append(" |\n");
            }
        }
        if (!story.quotes().isEmpty()) {
            out.append("\n### Quotes\n");
            for (QuoteGroup g : story.quotes()) {
                quote(g, index, out);
            }
        }
        if (!story.entities().isEmpty()) {
            out.append("\n### Who and what\n\n");
            for (StoryEntity e : story.entities()) {
                out.append("- **").append(escape(e.name())).append("** (").append(e.type().name().toLowerCase(java.util.Locale.ROOT)).append(')');
                if (!e.aliases().isEmpty()) {
                    out.append(": also ").append(e.aliases().stream().map(a -> "“" + escape(a) + "”").collect(Collectors.joining(", ")));
                }
                out.append(" · ").append(e.articles().size()).append(e.articles().size() == 1 ? " article\n" : " articles\n");
            }
        }
        if (!story.reuse().isEmpty()) {
            out.append("\n### Text reuse\n\n");
            for (TextReuse r : story.reuse()) {
                out.append("- ").append(escape(index.label(r.to()))).append(" repeats ").append(escape(index.label(r.from())))
                        .append(String.format(java.util.Locale.ROOT, " (%.0f%% of word trigrams shared): ", 100 * r.similarity()))
                        .append("“").append(escape(index.evidence(r.to(), r.toSpan()))).append("”\n");
            }
        }
    }

    private static String source(FactSource s, ReportIndex index) {
        return escape(index.label(s.article())) + ": " + escape(s.value()) + " (" + s.stance().label()
                + s.via().map(v -> ", via " + escape(v)).orElse("") + "; " + escape(HtmlReport.originOf(s, index)) + ") — “"
                + escape(index.evidence(s.article(), s.span())) + "”";
    }

    private static void quote(QuoteGroup g, ReportIndex index, StringBuilder out) {
        out.append("\n**").append(escape(g.speaker().orElse("Unattributed"))).append("**\n\n");
        for (QuoteVariant v : g.variants()) {
            out.append("> “").append(escape(v.text().replaceAll("\\s+", " "))).append("”<br>— *")
                    .append(escape(index.label(v.article()))).append("*\n>\n");
        }
        out.setLength(out.length() - 2);
        out.append('\n');
        for (QuoteDifference d : g.differences()) {
            out.append("\n").append(escape(index.label(d.article()))).append(" against ").append(escape(index.label(d.against())))
                    .append(": ").append(d.edits().stream().map(MarkdownReport::edit).collect(Collectors.joining("; "))).append('\n');
        }
    }

    private static String edit(WordEdit e) {
        if (e.removed().isEmpty()) {
            return "adds “" + escape(e.added()) + "”";
        }
        if (e.added().isEmpty()) {
            return "drops “" + escape(e.removed()) + "”";
        }
        return "“" + escape(e.removed()) + "” → “" + escape(e.added()) + "”";
    }

    /** Escapes what Markdown tables and emphasis would take as syntax. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("<", "&lt;").replace("\n", " ");
    }
}
