package org.corroborate.app.cli;

import java.util.List;
import org.corroborate.app.render.ContractJson;
import org.corroborate.app.render.HtmlReport;
import org.corroborate.app.render.MarkdownReport;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.StoryReport;

/** Renders articles and stories in the format a command was asked for. */
final class Reports {

    private Reports() {
    }

    static String render(OutputFormat format, List<ArticleFacts> articles, List<StoryReport> stories) {
        ContractJson json = new ContractJson();
        return switch (format) {
            case md -> new MarkdownReport().render(articles, stories);
            case html -> new HtmlReport().render(articles, stories);
            case json -> json.pretty(json.analysis(articles, stories)) + "\n";
            case jsonl -> {
                StringBuilder out = new StringBuilder();
                for (ArticleFacts a : articles) {
                    out.append(json.line(json.article(a).put("type", "article"))).append('\n');
                }
                for (StoryReport s : stories) {
                    out.append(json.line(json.story(s).put("type", "story"))).append('\n');
                }
                yield out.toString();
            }
        };
    }
}
