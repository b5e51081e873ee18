package org.corroborate.model;

import java.util.Optional;

/**
 * What is known about an article besides its text. A {@link Document} carries the hints its container gave
 * (a JSON field, an HTTP header, a feed item); an {@link Article} carries what cleaning settled on.
 */
public record Metadata(
        Optional<String> title,
        Optional<String> byline,
        Optional<String> outlet,
        Optional<Published> published,
        Optional<String> language) {

    public static final Metadata EMPTY =
            new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Metadata {
        title = blankToEmpty(title);
        byline = blankToEmpty(byline);
        outlet = blankToEmpty(outlet);
        language = blankToEmpty(language);
    }

    /** Each field of this, or where this has none, the field of {@code other}. */
    public Metadata orElse(Metadata other) {
        return new Metadata(
                title.or(other::title),
                byline.or(other::byline),
                outlet.or(other::outlet),
                published.or(other::published),
                language.or(other::language));
    }

    public Metadata withTitle(Optional<String> value) {
        return new Metadata(value, byline, outlet, published, language);
    }

    public Metadata withByline(Optional<String> value) {
        return new Metadata(title, value, outlet, published, language);
    }

    public Metadata withOutlet(Optional<String> value) {
        return new Metadata(title, byline, value, published, language);
    }

    public Metadata withPublished(Optional<Published> value) {
        return new Metadata(title, byline, outlet, value, language);
    }

    public Metadata withLanguage(Optional<String> value) {
        return new Metadata(title, byline, outlet, published, value);
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
