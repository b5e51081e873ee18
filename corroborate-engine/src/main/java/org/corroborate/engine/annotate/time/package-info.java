/**
 * Time expressions: finding them in text and giving each a TIMEX3 value relative to the article's
 * publication date.
 */
package org.corroborate.engine.annotate.time;
