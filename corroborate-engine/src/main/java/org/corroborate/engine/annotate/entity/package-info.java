/** Entities within one article: mentions (names, descriptions, pronouns) and the grouping of them. */
package org.corroborate.engine.annotate.entity;
