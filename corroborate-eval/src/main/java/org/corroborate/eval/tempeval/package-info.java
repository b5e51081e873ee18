/**
 * TempEval-3 time-expression evaluation (UzZaman et al., "SemEval-2013 Task 1: TempEval-3", 2013).
 *
 * <p>{@link org.corroborate.eval.tempeval.TimeMlReader} reads TimeML files into
 * {@link org.corroborate.eval.tempeval.TimeMlDocument}s (text without tags, gold
 * {@link org.corroborate.eval.tempeval.GoldTimex}es, creation time);
 * {@link org.corroborate.eval.tempeval.TimexScorer} aligns Corroborate's expressions with the gold ones and
 * counts into {@link org.corroborate.eval.tempeval.TimexScores}, which computes the official measures;
 * {@link org.corroborate.eval.tempeval.TempEvalRunner} ties them to the engine's
 * {@link org.corroborate.engine.annotate.time.TimeTagger} and prints a report. Only development data
 * (TBAQ-cleaned) is read here; the held-out test set is scored elsewhere from {@code analyze} output.
 * Everything is non-null and thread-safe.
 */
package org.corroborate.eval.tempeval;
