/**
 * Entities within one article: the mentions of people, organisations, places and works (names, descriptions and
 * pronouns) and their grouping into entities.
 *
 * <p>{@link org.corroborate.engine.annotate.entity.EntityResolver} is the entry point. Inside,
 * {@code SpeechContext} reads quotation marks (titles of works versus speech, and each speech's speaker),
 * {@code Chunker} reads noun phrases, roles and clauses from part-of-speech tags, {@code MentionFinder} turns them
 * into mention sites with their links (appositions, roles before names, predicates, possessors, "and"), and
 * {@code Resolution} groups them: names by their words, descriptions by their latest antecedent and the roles,
 * words and works they share with it, pronouns by {@code Salience}'s weighed cues under agreement and binding
 * constraints, the cues weighed by {@link org.corroborate.engine.annotate.entity.PronounWeights} (a conditional logit
 * fitted on GAP through the {@link org.corroborate.engine.annotate.entity.PronounChoice} seam). The word lists are {@code nouns.txt} beside {@code Nouns} and the pronoun table in
 * {@code Pronouns}; the gender of given names comes from the analyzer's
 * {@link org.corroborate.engine.annotate.Lexicon}. Everything is non-null; the resolver is thread-safe, its
 * working classes are used by one thread per article.
 */
package org.corroborate.engine.annotate.entity;
