package org.corroborate.engine.clean;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.corroborate.engine.Stage;
import org.corroborate.engine.ingest.PublicationDates;
import org.corroborate.model.Article;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Document;
import org.corroborate.model.Extracted;
import org.corroborate.model.Format;
import org.corroborate.model.Metadata;
import org.corroborate.model.NotAnArticle;
import org.corroborate.model.Published;

/**
 * The clean stage: a {@link Document} becomes an {@link Article}, or a {@link NotAnArticle} when nothing in
 * it reads as article text.
 *
 * <p>Metadata comes first from the document's container (a news-please JSON field, a feed item), then from
 * the page or text itself, then from the document's URL (its domain as the outlet, a date in its path), then
 * from the run's defaults (the {@code --published} date). An HTML page without a URL of its own takes the one
 * its canonical link gives. Thread-safe.
 */
public final class ArticleCleaner implements Stage<Document, Extracted> {

    private final PlainTextCleaner plain = new PlainTextCleaner();
    private final HtmlCleaner html = new HtmlCleaner();
    private final Optional<Published> defaultPublished;

    /** @param defaultPublished the publication date of inputs that carry none */
    public ArticleCleaner(Optional<Published> defaultPublished) {
        this.defaultPublished = defaultPublished;
    }

    @Override
    public Extracted apply(Document document) {
        String text;
        List<Block> blocks;
        Metadata found;
        Optional<URI> url = document.url();
        switch (document.format()) {
            case HTML -> {
                HtmlCleaner.Result r = html.clean(document.content(), url);
                text = r.text();
                blocks = r.blocks();
                found = r.metadata();
                url = url.or(r::canonicalUrl);
            }
            case TEXT -> {
                PlainTextCleaner.Result r = plain.clean(document.content());
                text = document.content();
                blocks = r.blocks();
                found = r.metadata();
            }
            default -> throw new IllegalStateException("no cleaner for " + document.format());
        }
        if (blocks.stream().noneMatch(b -> b.kind().isBody() && b.kind() != BlockKind.TITLE)) {
            return new NotAnArticle(document.source(), "holds no article text"
                    + (document.format() == Format.HTML ? " (no paragraphs found in the page)" : ""));
        }
        Metadata metadata = document.hints().orElse(found);
        if (url.isPresent()) {
            URI address = url.get();
            if (metadata.outlet().isEmpty()) {
                metadata = metadata.withOutlet(PageMetadataReader.domain(address));
            }
            if (metadata.published().isEmpty()) {
                metadata = metadata.withPublished(PublicationDates.inUrl(address.toString()));
            }
        }
        if (metadata.published().isEmpty()) {
            metadata = metadata.withPublished(defaultPublished);
        }
        String id = ArticleIds.of(url.map(URI::toString), metadata.title(), text);
        return new Article(id, document.source(), url, metadata, text, blocks);
    }
}
