package org.corroborate.model;

import java.util.List;
import java.util.Objects;

/** An annotated article with the quotations and claims extracted from it, each list in text order. */
public record ArticleFacts(AnnotatedArticle annotated, List<Quote> quotes, List<Claim> claims) {

    public ArticleFacts {
        Objects.requireNonNull(annotated, "annotated");
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }

    public Article article() {
        return annotated.article();
    }
}
