package org.corroborate.engine.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.Quote;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;

/**
 * Finds what an article claims, clause by clause ({@link Clause}): events with their details ({@link EventClaims}),
 * relations and quantities ({@link RelationClaims}), and incidents with their tolls ({@link IncidentClaims}).
 *
 * <p>Each claim's evidence is its sentence, and it is attributed to whoever the article credits for the words
 * that state it ({@link Credits}): the speaker of a quotation or reported speech holding them, with the quote's
 * medium as {@code via} ("told Entertainment Tonight"); X in "according to X" or "per X" (source X: "per
 * Complex" gives Complex); or the speaker of "…, X said" around them. Details are never taken from the words that
 * report the speech ("…, Maddox told KRVX early Friday": Friday is when he said it).
 *
 * <p>Thread-safe: holds no state.
 */
public final class ClaimExtractor {

    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");

    private final EventClaims events = new EventClaims();
    private final RelationClaims relations = new RelationClaims();
    private final IncidentClaims incidents = new IncidentClaims();

    public List<Claim> extract(AnnotatedArticle annotated, List<Quote> quotes) {
        AnnotatedArticle a = withPlainSpaces(annotated);
        MentionIndex mentions = new MentionIndex(a);
        Credits credits = new Credits(a, quotes, mentions);
        ClaimSink sink = new ClaimSink(credits);
        Works works = new Works(a, mentions);
        for (Sentence sentence : a.sentences()) {
            Optional<Span> speech = credits.speechPart(sentence);
            for (Clause clause : Clause.of(a, sentence)) {
                boolean personEvent = events.extract(a, clause, mentions, works, speech, sink);
                relations.extract(a, clause, mentions, works, sink);
                incidents.extract(a, clause, mentions, speech, personEvent, sink);
            }
        }
        return sink.claims();
    }

    /**
     * The article with no-break and other typographic spaces as plain spaces, so that the patterns' spaces match
     * them ("per\u00A0Complex" is "per Complex"); every offset stays the same.
     */
    private static AnnotatedArticle withPlainSpaces(AnnotatedArticle a) {
        Article article = a.article();
        String plain = SPACES.matcher(article.text()).replaceAll(" ");
        if (plain.equals(article.text())) {
            return a;
        }
        Article same = new Article(article.id(), article.source(), article.url(), article.metadata(), plain, article.blocks());
        return new AnnotatedArticle(same, a.sentences(), a.tokens(), a.entities(), a.times());
    }
}
