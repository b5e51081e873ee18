package org.corroborate.engine.extract;

import java.util.List;
import org.corroborate.engine.Stage;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Quote;

/** The extract stage: quotations first, then claims, which are attributed through the quotations. Thread-safe. */
public final class FactExtractor implements Stage<AnnotatedArticle, ArticleFacts> {

    private final QuoteExtractor quotes = new QuoteExtractor();
    private final ClaimExtractor claims = new ClaimExtractor();

    @Override
    public ArticleFacts apply(AnnotatedArticle article) {
        List<Quote> found = quotes.extract(article);
        return new ArticleFacts(article, found, claims.extract(article, found));
    }
}
