package org.corroborate.model;

/** What cleaning one {@link Document} gives: an {@link Article}, or the reason it holds none. */
public sealed interface Extracted permits Article, NotAnArticle {

    String source();
}
