package org.corroborate.engine.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.corroborate.engine.ingest.PublicationDates;
import org.corroborate.model.Metadata;
import org.corroborate.model.Published;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what an HTML page says about its article besides the text: title, byline, publication date, outlet and
 * language, and the page's canonical address.
 *
 * <p>Each field is taken from the first source that gives it, in this order: schema.org JSON-LD
 * ({@link LinkedData}); Open Graph and article meta tags ({@code og:title}, {@code article:published_time},
 * {@code og:site_name}); the other meta tags news CMSs write ({@code author}, {@code byl}, {@code parsely-*},
 * {@code sailthru.*}, Dublin Core); microdata ({@code itemprop}); the markup ({@code <h1>}, {@code <time>},
 * {@code rel=author}, a "By …" line, the site name that {@code <title>} adds to the headline); then the URL (a
 * date in its path, its domain as the outlet); and last, for the outlet, the holder of the page's copyright line.
 *
 * <p>Thread-safe: each page is read by its own instance.
 */
final class PageMetadataReader {

    /**
     * The metadata found, the page's own idea of its address, and its summary ({@code og:description} or the
     * description meta tag), which news pages fill with the article's dek.
     */
    record Found(Metadata metadata, Optional<URI> canonicalUrl, Optional<String> description) {
    }

    private final Document page;
    /** Meta tags' content by their property, name or itemprop, lower case; the first non-empty one wins. */
    private final Map<String, String> tags = new HashMap<>();
    private final Map<String, String> httpEquivs = new HashMap<>();

    /** Gathers the page's meta tags in one pass, so that each lookup costs no walk over the page. */
    private PageMetadataReader(Document page) {
        this.page = page;
        for (Element m : page.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : List.of("property", "name", "itemprop")) {
                String key = m.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    tags.putIfAbsent(key, content);
                }
            }
            String equiv = m.attr("http-equiv").strip().toLowerCase(Locale.ROOT);
            if (!equiv.isEmpty()) {
                httpEquivs.putIfAbsent(equiv, content);
            }
        }
    }

    /** Reads {@code page}, which was fetched from {@code url} when that is known. Call before pruning the page. */
    static Found read(Document page, Optional<URI> url) {
        return new PageMetadataReader(page).read(url);
    }

    private Found read(Optional<URI> url) {
        LinkedData ld = LinkedData.of(page);
        Optional<URI> canonical = canonical();
        Optional<URI> address = url.or(() -> canonical);
        Optional<String> outlet = first(
                () -> meta("og:site_name"),
                ld::publisher,
                () -> meta("application-name"),
                () -> meta("publisher"),
                () -> meta("dc.publisher"),
                this::titleSiteName,
                () -> address.flatMap(PageMetadataReader::domain),
                this::copyrightHolder);
        Optional<String> title = title(ld, outlet);
        Optional<String> byline = byline(ld, outlet);
        Optional<Published> published = first(
                () -> ld.published().flatMap(PublicationDates::parse),
                () -> metaDate("article:published_time", "og:published_time", "published_time",
                        "article:published", "pubdate", "publishdate", "publish-date", "publish_date",
                        "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date",
                        "parsely-pub-date", "article.published", "datepublished", "original-publish-date",
                        "cxenseparse:recs:publishtime", "citation_publication_date", "article:modified_time"),
                () -> itemDate(),
                () -> timeDate(),
                () -> address.flatMap(u -> PublicationDates.inUrl(u.toString())));
        Optional<String> language = first(
                () -> Optional.ofNullable(page.selectFirst("html[lang]")).map(e -> e.attr("lang")),
                () -> httpEquiv("content-language"),
                () -> meta("language"),
                () -> meta("og:locale").map(s -> s.replace('_', '-')),
                ld::language)
                .map(s -> s.strip().split("[,;\\s]")[0])
                .filter(s -> s.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*"));
        Optional<String> description = first(() -> meta("og:description"), () -> meta("description"),
                () -> meta("twitter:description"));
        return new Found(new Metadata(title, byline, outlet, published, language), canonical, description);
    }

    /** "Headline | The Calloway Ledger" in {@code <title>}, where the headline is the page's h1 or og:title. */
    private Optional<String> titleSiteName() {
        String pageTitle = page.title();
        return Stream.concat(page.select("h1").stream().map(Element::text), meta("og:title").stream())
                .map(headline -> OutletNames.ofTitle(pageTitle, headline))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The holder named in the page's copyright line, usually in its footer: the outlet of last resort. */
    private Optional<String> copyrightHolder() {
        return Stream.concat(page.getElementsContainingOwnText("©").stream(),
                        page.getElementsContainingOwnText("Copyright").stream())
                .map(e -> OutletNames.ofCopyright(normalize(e.ownText())))
                .flatMap(Optional::stream)
                .findFirst();
    }

    @SafeVarargs
    private static <T> Optional<T> first(Supplier<Optional<T>>... sources) {
        for (Supplier<Optional<T>> source : sources) {
            Optional<T> value = source.get();
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * The page's headline: the {@code <h1>} when the title tags contain it (it is then free of the site name
     * they add), else {@code og:title}, the JSON-LD headline or {@code <title>} without a site name joined by
     * a separator.
     */
    private Optional<String> title(LinkedData ld, Optional<String> outlet) {
        Optional<String> tagged = first(
                () -> meta("og:title"),
                () -> meta("twitter:title"),
                ld::headline,
                () -> meta("title"),
                () -> Optional.of(page.title()).filter(s -> !s.isBlank()));
        Optional<String> h1 = page.select("h1").stream()
                .map(e -> normalize(e.text()))
                .filter(s -> s.length() >= 10)
                .findFirst();
        if (h1.isPresent() && tagged.isPresent() && contains(tagged.get(), h1.get())) {
            return h1;
        }
        return tagged.map(t -> withoutSiteName(normalize(t), outlet)).or(() -> h1);
    }

    private static boolean contains(String outer, String inner) {
        String a = outer.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
        String b = inner.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
        return !b.isEmpty() && a.contains(b);
    }

    /** "Headline | Site", "Headline - Site" or "Site: Headline" without the site's part. */
    static String withoutSiteName(String title, Optional<String> outlet) {
        String[] separators = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " • "};
        for (String sep : separators) {
            int last = title.lastIndexOf(sep);
            if (last > 0) {
                String head = title.substring(0, last).strip();
                String tail = title.substring(last + sep.length()).strip();
                if (isSiteName(tail, outlet) || tail.split("\\s+").length <= 4 && head.split("\\s+").length >= 4) {
                    return head;
                }
            }
            int firstSep = title.indexOf(sep);
            if (firstSep > 0 && isSiteName(title.substring(0, firstSep).strip(), outlet)) {
                return title.substring(firstSep + sep.length()).strip();
            }
        }
        return title;
    }

    private static boolean isSiteName(String part, Optional<String> outlet) {
        if (outlet.isEmpty()) {
            return false;
        }
        String p = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String o = outlet.get().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return !p.isEmpty() && (p.equals(o) || o.startsWith(p) || p.startsWith(o));
    }

    private Optional<String> byline(LinkedData ld, Optional<String> outlet) {
        Optional<String> found = first(
                () -> ld.authors().isEmpty() ? Optional.empty() : Optional.of(String.join(", ", ld.authors())),
                () -> meta("author"),
                () -> meta("article:author"),
                () -> meta("byl").map(s -> s.replaceFirst("(?i)^by\\s+", "")),
                () -> meta("parsely-author"),
                () -> meta("sailthru.author"),
                () -> meta("dc.creator"),
                () -> meta("twitter:creator").filter(s -> !s.startsWith("@")),
                () -> itemAuthor(),
                () -> Optional.ofNullable(page.selectFirst("a[rel=author]")).map(Element::text),
                () -> page.select("[class~=(?i)byline|author]").stream().limit(5)
                        .map(e -> BoilerplateLines.byline(normalize(e.text())))
                        .flatMap(Optional::stream).findFirst(),
                this::bylineUnderHeadline);
        return found.map(PageMetadataReader::normalize)
                .filter(s -> !s.isEmpty() && s.length() <= 120 && !s.contains("://") && !s.startsWith("www."))
                .filter(s -> outlet.isEmpty() || !s.equalsIgnoreCase(outlet.get()));
    }

    /** A "By …" line among the few elements that follow the page's first {@code <h1>}, where pages print it. */
    private Optional<String> bylineUnderHeadline() {
        Element h1 = page.selectFirst("h1");
        Element next = h1 == null ? null : h1.nextElementSibling();
        for (int i = 0; i < 3 && next != null; i++, next = next.nextElementSibling()) {
            Optional<String> byline = BoilerplateLines.byline(normalize(next.text()));
            if (byline.isPresent()) {
                return byline;
            }
        }
        return Optional.empty();
    }

    private Optional<String> itemAuthor() {
        Element author = page.selectFirst("[itemprop=author]");
        if (author == null) {
            return Optional.empty();
        }
        Element name = author.selectFirst("[itemprop=name]");
        if (name != null) {
            return Optional.of(name.hasAttr("content") ? name.attr("content") : name.text());
        }
        return Optional.of(author.hasAttr("content") ? author.attr("content") : author.text())
                .map(s -> s.replaceFirst("(?i)^by\\s+", ""))
                .filter(s -> s.split("\\s+").length <= 8);
    }

    private Optional<Published> metaDate(String... names) {
        for (String name : names) {
            Optional<Published> p = meta(name).flatMap(PublicationDates::parse);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<Published> itemDate() {
        for (Element e : page.select("[itemprop=datePublished]")) {
            String value = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            Optional<Published> p = PublicationDates.parse(value);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** A {@code <time pubdate>} first, else the first {@code <time datetime>} that parses. */
    private Optional<Published> timeDate() {
        return Stream.concat(page.select("time[pubdate][datetime]").stream(), page.select("time[datetime]").stream())
                .map(e -> PublicationDates.parse(e.attr("datetime")))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The content of the first {@code <meta>} whose property, name or itemprop is {@code key}, ignoring case. */
    private Optional<String> meta(String key) {
        return Optional.ofNullable(tags.get(key.toLowerCase(Locale.ROOT)));
    }

    private Optional<String> httpEquiv(String key) {
        return Optional.ofNullable(httpEquivs.get(key.toLowerCase(Locale.ROOT)));
    }

    private Optional<URI> canonical() {
        return first(
                () -> Optional.ofNullable(page.selectFirst("link[rel=canonical][href]")).map(e -> e.attr("href")),
                () -> meta("og:url"))
                .flatMap(PageMetadataReader::absoluteUri);
    }

    private static Optional<URI> absoluteUri(String value) {
        try {
            URI uri = new URI(value.strip());
            return uri.isAbsolute() && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The host without a leading {@code www.}, as the outlet of last resort. */
    static Optional<String> domain(URI url) {
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("www.", "www1.", "www2.", "m.", "amp.", "mobile.")) {
            if (host.startsWith(prefix) && host.length() > prefix.length() + 3) {
                host = host.substring(prefix.length());
                break;
            }
        }
        return Optional.of(host);
    }

    static String normalize(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
