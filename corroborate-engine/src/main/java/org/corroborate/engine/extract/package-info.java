/**
 * Extract: from an {@link org.corroborate.model.AnnotatedArticle} to
 * {@link org.corroborate.model.ArticleFacts}: the quotations with their speakers
 * ({@link org.corroborate.engine.extract.QuoteExtractor}) and the claims
 * ({@link org.corroborate.engine.extract.ClaimExtractor}).
 *
 * <p>Quotations are found in steps, each a class of its own: quoted stretches and what is no speech
 * ({@code QuotationMarks}, {@code NonSpeech}, gathered in {@code QuoteScan}), block quotes ({@code BlockQuotes}),
 * the cues of each sentence and what they attribute ({@code CueFrames}, over {@code CuePhrases},
 * {@code SpeechVerbs} and {@code Media}), quotations no cue reaches ({@code LooseQuotes}), the medium carried from
 * an interview ({@code InterviewContext}) and headline quotations ({@code HeadlineQuotes}); {@code Speakers}
 * turns the words naming a speaker into the entity whose mention covers them. Everything is non-null.
 */
package org.corroborate.engine.extract;
