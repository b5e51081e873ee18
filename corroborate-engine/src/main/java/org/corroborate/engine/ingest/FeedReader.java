package org.corroborate.engine.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.corroborate.model.Document;
import org.corroborate.model.Format;
import org.corroborate.model.Ingested;
import org.corroborate.model.Metadata;
import org.corroborate.model.Published;
import org.corroborate.model.Unreadable;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome: each item becomes a {@link Document} named
 * {@code <feed>#<item number>}, holding the item's full content ({@code content:encoded}, Atom
 * {@code content}) or else its description, as HTML unless the feed says it is plain text; its link is the
 * document's URL and its title, authors and date are the metadata hints.
 *
 * <p>A feed that is not well-formed XML, or that declares a DOCTYPE (refused, so that no external entity is
 * ever resolved), is one {@link Unreadable} quoting the parser; an item without any content is an
 * {@code Unreadable} naming its link. Thread-safe: holds no state.
 */
final class FeedReader {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z!/][^>]*>");

    /** Reads the feed in {@code xml}, already decoded. */
    void read(String source, String xml, Consumer<? super Ingested> sink) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(xml));
        } catch (FeedException | RuntimeException e) {
            sink.accept(new Unreadable(source, "looks like an RSS or Atom feed but cannot be parsed: " + cause(e)));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries == null || entries.isEmpty()) {
            sink.accept(new Unreadable(source, "is a feed with no items"));
            return;
        }
        int number = 0;
        for (SyndEntry entry : entries) {
            number++;
            sink.accept(item(source + "#" + number, entry));
        }
    }

    private static Ingested item(String name, SyndEntry entry) {
        Optional<URI> link = Optional.ofNullable(entry.getLink()).or(() -> Optional.ofNullable(entry.getUri()))
                .flatMap(FeedReader::httpUri);
        Optional<SyndContent> content = best(entry);
        if (content.isEmpty()) {
            return new Unreadable(name, "is a feed item without content"
                    + link.map(u -> "; fetch its link to read it: " + u).orElse(""));
        }
        String value = content.get().getValue();
        String type = Optional.ofNullable(content.get().getType()).orElse("").toLowerCase(Locale.ROOT);
        boolean plain = (type.equals("text") || type.equals("text/plain")) && !TAG.matcher(value).find();
        Metadata hints = new Metadata(
                Optional.ofNullable(entry.getTitle()).map(t -> TAG.matcher(t).replaceAll("").strip()),
                byline(entry),
                Optional.empty(),
                Optional.ofNullable(entry.getPublishedDate()).or(() -> Optional.ofNullable(entry.getUpdatedDate()))
                        .map(FeedReader::published),
                Optional.empty());
        return new Document(name, link, Optional.empty(), plain ? Format.TEXT : Format.HTML, value, hints);
    }

    /** The longest full content, else the description, when it holds any text. */
    private static Optional<SyndContent> best(SyndEntry entry) {
        List<SyndContent> candidates = new ArrayList<>();
        if (entry.getContents() != null) {
            candidates.addAll(entry.getContents());
        }
        Optional<SyndContent> full = candidates.stream()
                .filter(c -> c.getValue() != null && !c.getValue().isBlank())
                .max(java.util.Comparator.comparingInt(c -> c.getValue().length()));
        if (full.isPresent()) {
            return full;
        }
        return Optional.ofNullable(entry.getDescription()).filter(c -> c.getValue() != null && !c.getValue().isBlank());
    }

    private static Optional<String> byline(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        if (entry.getAuthors() != null) {
            for (SyndPerson p : entry.getAuthors()) {
                if (p.getName() != null && !p.getName().isBlank()) {
                    names.add(p.getName().strip());
                }
            }
        }
        if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            names.add(entry.getAuthor().strip());
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }

    private static Published published(Date date) {
        return Published.at(date.toInstant().atOffset(ZoneOffset.UTC));
    }

    private static Optional<URI> httpUri(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String cause(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
