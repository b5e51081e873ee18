/**
 * The {@link org.corroborate.engine.annotate.LanguageAnalyzer} port implemented on Stanford CoreNLP 4.5.10.
 *
 * <p>This module, and any distribution that includes it, is under CoreNLP's licence, GPL-3.0. No CoreNLP type
 * leaves it.
 */
package org.corroborate.corenlp;
