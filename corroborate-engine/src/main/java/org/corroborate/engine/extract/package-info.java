/**
 * Extract: from an {@link org.corroborate.model.AnnotatedArticle} to {@link org.corroborate.model.ArticleFacts}:
 * the quotations with their speakers ({@link org.corroborate.engine.extract.QuoteExtractor}) and the claims
 * ({@link org.corroborate.engine.extract.ClaimExtractor}).
 *
 * <p>Quotations are found in steps, each a class of its own: quoted stretches and what is no speech
 * ({@code QuotationMarks}, {@code NonSpeech}, gathered in {@code QuoteScan}), block quotes ({@code BlockQuotes}),
 * the cues of each sentence and what they attribute ({@code CueFrames} for verbs, {@code SourceCues} for
 * "according to", labels, signatures and hedges, {@code NounCues} for nouns such as "criticism of", with the
 * content's bounds from {@code ClauseBounds}, over {@code CuePhrases}, {@code SpeechVerbs} and {@code Media}),
 * quotations no cue reaches ({@code LooseQuotes}, which asks {@code QuotedComplements} for the verb whose object
 * holds them), the medium carried from an interview ({@code InterviewContext}) and headline quotations
 * ({@code HeadlineQuotes}); {@code Speakers} turns the words naming a speaker into the entity whose mention
 * covers them. What counts as an attribution, and how far its content runs, follows the PolNeAR annotation
 * (Newell, Margolin and Ruths, LREC 2018), measured by {@code PolnearEval} in corroborate-eval.
 *
 * <p>Claims are found clause by clause ({@code Clause}) by three kinds of rule: events with their date, hour,
 * place, cause, age and occasion ({@code EventClaims}, the event words in {@code EventFrames}, the details in
 * {@code Details}), relations and quantities stated without an event verb ({@code RelationClaims}), and an
 * incident's tolls, date and place ({@code IncidentClaims}, counts in {@link org.corroborate.engine.extract.Counts}).
 * Who a claim is about comes from the article's entity mentions, else from the words that describe it
 * ({@code NounPhrases}), which the story-level step aligns with a named entity; titles of works come from
 * {@code Works}. Whom a claim is attributed to comes from {@code Credits}: the quotation or reported speech
 * holding it, "according to" and "per", or a "…, X said" the quote stage did not report.
 *
 * <p>Everything is non-null; absent values are {@link java.util.Optional}. Extractors hold no state and are
 * thread-safe; the per-article helpers ({@code MentionIndex}, {@code Credits}, {@code ClaimSink}) are not shared.
 */
package org.corroborate.engine.extract;
