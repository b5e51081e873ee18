package org.corroborate.engine.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Attribution;
import org.corroborate.model.Claim;
import org.corroborate.model.Quote;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;

/**
 * Finds what an article claims, clause by clause: events with their details ({@link EventClaims}), relations
 * and quantities ({@link RelationClaims}), and incidents with their tolls ({@link IncidentClaims}).
 *
 * <p>A claim is attributed to whoever the article credits for the passage it comes from: the speaker of a
 * quotation or reported speech holding it (through the quote's medium, "told Entertainment Tonight"), or X in a
 * sentence opening "According to X," or "Per X,". Thread-safe: holds no state.
 */
public final class ClaimExtractor {

    private static final Pattern CREDITED = Pattern.compile("(?i)^(?:according to|per)\\s+([^,]{2,60}),");

    private final EventClaims events = new EventClaims();
    private final RelationClaims relations = new RelationClaims();
    private final IncidentClaims incidents = new IncidentClaims();

    public List<Claim> extract(AnnotatedArticle a, List<Quote> quotes) {
        ClaimSink sink = new ClaimSink(evidence -> attribution(a, quotes, evidence));
        MentionIndex mentions = new MentionIndex(a);
        for (Sentence sentence : a.sentences()) {
            for (Clause clause : Clause.of(a, sentence)) {
                events.extract(a, clause, mentions, sink);
                relations.extract(a, clause, mentions, sink);
                incidents.extract(a, clause, mentions, sink);
            }
        }
        return sink.claims();
    }

    private static Optional<Attribution> attribution(AnnotatedArticle a, List<Quote> quotes, Span evidence) {
        for (Quote q : quotes) {
            if (q.span().overlap(evidence) * 2 > evidence.length() && q.speaker().flatMap(s -> s.name()).isPresent()) {
                return Optional.of(new Attribution(q.speaker().get().name().get(), q.medium().or(q::via)));
            }
        }
        Matcher m = CREDITED.matcher(evidence.of(a.article().text()));
        return m.find() ? Optional.of(new Attribution(m.group(1).strip(), Optional.empty())) : Optional.empty();
    }
}
