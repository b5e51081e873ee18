import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renders the sample corpus: every article written once under {@code samples/source/<story>/<outlet>.article}
 * becomes a scraped plain-text file, an HTML page and a news-please JSON object, so the three formats cannot
 * drift apart when an article is edited.
 *
 * <p>Run from the repository root with {@code java samples/tools/CorpusRenderer.java} to rewrite
 * {@code samples/text}, {@code samples/html} and {@code samples/json}; add {@code --check} to only compare and
 * exit 1 when a committed file differs from what the sources give. The format of the sources is described in
 * {@code samples/README.md}. Not thread-safe; a one-shot command.
 */
public final class CorpusRenderer {

    /** One line of an article source: what the line is on the page, and its words. */
    record Line(String role, String text, int number) {
    }

    /** An outlet: its page template and the settings that vary between outlets' sites. */
    record Outlet(String slug, Map<String, String> config, String template) {
        String get(String key) {
            String value = config.get(key);
            if (value == null) {
                throw new IllegalArgumentException("outlet " + slug + ": setting '" + key + "' is missing");
            }
            return value;
        }
    }

    /** One article as written: header fields and its lines in page order. */
    record Source(Path file, String story, String outlet, Map<String, String> header, List<Line> lines) {
        String get(String key) {
            String value = header.get(key);
            if (value == null) {
                throw new IllegalArgumentException(file + ": header field '" + key + "' is missing");
            }
            return value;
        }

        List<Line> all(String role) {
            return lines.stream().filter(l -> l.role().equals(role)).toList();
        }

        String title() {
            String title = first("title");
            if (title.isEmpty()) {
                throw new IllegalArgumentException(file + ": no 'title:' line (pages always have one; set "
                        + "text-title: no in the outlet's settings to leave it out of the scraped text)");
            }
            return title;
        }

        String first(String role) {
            List<Line> found = all(role);
            return found.isEmpty() ? "" : found.get(0).text();
        }
    }

    /** Roles whose lines are the article's own words: they make up news-please's {@code text}. */
    private static final Set<String> BODY = Set.of("p", "h", "block");

    /** Every role a source line may have; anything else is a typo and stops the run. */
    private static final Set<String> ROLES = Set.of(
            "title", "dek", "byline", "dateline", "p", "h", "block", "pull", "alt", "caption", "credit",
            "readmore", "related-head", "related", "gallery", "tags", "share", "notice", "newsletter", "morefrom",
            "author", "author-stat", "author-bio", "ad", "promo", "list", "comment");

    /** Consecutive lines of one group are separated by one line break in the scraped text, not a blank line. */
    private static final Map<String, String> TEXT_GROUP = Map.ofEntries(
            Map.entry("share", "share"), Map.entry("related-head", "related"), Map.entry("related", "related"),
            Map.entry("gallery", "gallery"), Map.entry("list", "list"), Map.entry("alt", "figure"),
            Map.entry("caption", "figure"), Map.entry("promo", "promo"));

    /** ISO-8601 with seconds always written, as page metadata usually has them. */
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private static final Pattern EMPHASIS = Pattern.compile("_([^_]+)_");
    private static final Pattern SECTION = Pattern.compile("\\{\\{#(\\w+)}}(.*?)\\{\\{/\\1}}", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private CorpusRenderer() {
    }

    public static void main(String[] args) throws IOException {
        boolean check = List.of(args).contains("--check");
        Path root = Path.of(List.of(args).stream().filter(a -> !a.startsWith("--")).findFirst().orElse("samples"));
        Map<String, Outlet> outlets = outlets(root.resolve("source/outlets"));
        Map<Path, String> outputs = new TreeMap<>();
        for (Source source : sources(root.resolve("source"))) {
            Outlet outlet = outlets.get(source.outlet());
            if (outlet == null) {
                throw new IllegalArgumentException(source.file() + ": no template source/outlets/" + source.outlet() + ".html");
            }
            String name = source.story() + "/" + source.outlet();
            outputs.put(root.resolve("text/" + name + ".txt"), text(source, outlet));
            outputs.put(root.resolve("html/" + name + ".html"), html(source, outlet));
            outputs.put(root.resolve("json/" + name + ".json"), json(source, outlet));
        }
        int stale = 0;
        for (Map.Entry<Path, String> e : outputs.entrySet()) {
            Path file = e.getKey();
            boolean same = Files.exists(file) && Files.readString(file).equals(e.getValue());
            if (check && !same) {
                System.err.println("out of date: " + file);
                stale++;
            } else if (!check && !same) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                System.out.println("wrote " + file);
            }
        }
        System.out.println(outputs.size() + " files " + (check ? "checked, " + stale + " out of date" : "rendered"));
        if (stale > 0) {
            System.exit(1);
        }
    }

    // ---- reading

    private static Map<String, Outlet> outlets(Path dir) throws IOException {
        Map<String, Outlet> outlets = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String content = Files.readString(file);
                int cut = content.indexOf("\n---\n");
                if (cut < 0) {
                    throw new IllegalArgumentException(file + ": settings must end with a line '---'");
                }
                Map<String, String> config = new LinkedHashMap<>();
                for (String line : content.substring(0, cut).split("\n")) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        String value = line.substring(colon + 1).strip();
                        // quotes keep the spaces a value such as a title suffix needs
                        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                            value = value.substring(1, value.length() - 1);
                        }
                        config.put(line.substring(0, colon).strip(), value);
                    }
                }
                String slug = file.getFileName().toString().replaceFirst("\\.html$", "");
                outlets.put(slug, new Outlet(slug, config, content.substring(cut + 5)));
            }
        }
        return outlets;
    }

    private static List<Source> sources(Path dir) throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".article")).sorted().toList()) {
                sources.add(source(file));
            }
        }
        return sources;
    }

    private static Source source(Path file) throws IOException {
        List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> header = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        boolean inHeader = true;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (inHeader && line.equals("---")) {
                inHeader = false;
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'role: text', got: " + line);
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 2).strip();
            if (inHeader) {
                header.put(key, value);
            } else if (!ROLES.contains(key)) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown role '" + key + "'; one of " + ROLES);
            } else {
                lines.add(new Line(key, value, i + 1));
            }
        }
        String outlet = file.getFileName().toString().replaceFirst("\\.article$", "");
        return new Source(file, file.getParent().getFileName().toString(), outlet, header, lines);
    }

    // ---- plain text, as a scraper that keeps every visible line would give it

    static String text(Source s, Outlet o) {
        boolean withTitle = !"no".equals(o.config().getOrDefault("text-title", "yes"));
        StringBuilder out = new StringBuilder();
        String previousGroup = null;
        for (Line line : s.lines()) {
            if (line.role().equals("title") && !withTitle || line.role().equals("comment")) {
                continue;
            }
            String words = plain(line.text());
            if (line.role().equals("list")) {
                words = "  • " + words;
            }
            String group = TEXT_GROUP.get(line.role());
            if (!out.isEmpty()) {
                out.append(group != null && group.equals(previousGroup) ? "\n" : "\n\n");
            }
            out.append(words);
            previousGroup = group;
        }
        return out.append('\n').toString();
    }

    // ---- news-please JSON

    static String json(Source s, Outlet o) {
        OffsetDateTime published = OffsetDateTime.parse(s.get("published"));
        DateTimeFormatter newsPlease = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        String url = s.get("url");
        StringBuilder text = new StringBuilder();
        for (Line line : s.lines()) {
            if (BODY.contains(line.role())) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(plain(line.text()));
            }
        }
        List<String> authors = authors(s);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("authors", "[" + String.join(", ", authors.stream().map(CorpusRenderer::quoted).toList()) + "]");
        fields.put("date_download", quoted(published.withOffsetSameInstant(ZoneOffset.UTC).plusHours(3).plusMinutes(17)
                .format(newsPlease)));
        fields.put("date_modify", "null");
        fields.put("date_publish", quoted(published.withOffsetSameInstant(ZoneOffset.UTC).format(newsPlease)));
        fields.put("description", s.first("dek").isEmpty() ? "null" : quoted(plain(s.first("dek"))));
        fields.put("filename", quoted(URLEncoder.encode(url, StandardCharsets.UTF_8) + ".json"));
        fields.put("image_url", quoted(s.get("image")));
        fields.put("language", quoted("en"));
        fields.put("localpath", "null");
        fields.put("source_domain", quoted(o.get("domain")));
        fields.put("text", quoted(text.toString()));
        fields.put("title", quoted(plain(s.title())));
        fields.put("title_page", quoted(plain(s.title()) + o.config().getOrDefault("title-suffix", "")));
        fields.put("title_rss", "null");
        fields.put("url", quoted(url));
        StringBuilder out = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            out.append("    ").append(quoted(e.getKey())).append(": ").append(e.getValue())
                    .append(++i < fields.size() ? ",\n" : "\n");
        }
        return out.append("}\n").toString();
    }

    private static List<String> authors(Source s) {
        String authors = s.header().getOrDefault("authors", "");
        return authors.isBlank() ? List.of() : List.of(authors.split("\\s*;\\s*"));
    }

    static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    // ---- HTML

    static String html(Source s, Outlet o) {
        Map<String, String> slots = new LinkedHashMap<>();
        OffsetDateTime published = OffsetDateTime.parse(s.get("published"));
        String url = s.get("url");
        List<String> authors = authors(s);
        slots.put("site", escape(o.get("name")));
        slots.put("domain", o.get("domain"));
        slots.put("year", String.valueOf(published.getYear()));
        slots.put("url", escape(url));
        slots.put("image", escape(s.get("image")));
        slots.put("section", escape(s.header().getOrDefault("section", "News")));
        slots.put("published", published.format(ISO_SECONDS));
        slots.put("section_slug", slug(s.header().getOrDefault("section", "News")));
        slots.put("title", inline(s.title()));
        slots.put("title_attr", escape(plain(s.title())));
        slots.put("dek", inline(s.first("dek")));
        slots.put("dek_attr", escape(plain(s.first("dek"))));
        slots.put("author", escape(String.join(" and ", authors)));
        slots.put("author_slug", authors.isEmpty() ? "" : slug(authors.get(0)));
        slots.put("byline", inline(s.first("byline")));
        String dateline = s.first("dateline");
        slots.put("dateline", escape(dateline.isEmpty()
                ? published.format(DateTimeFormatter.ofPattern(o.get("date-format"), Locale.ENGLISH)) : dateline));
        slots.put("jsonld", jsonLd(s, o, published, authors));
        slots.put("body", body(s, o));
        slots.put("tags", tags(s));
        slots.put("tags_attr", escape(s.first("tags").replaceFirst("(?i)^tags:\\s*", "")));
        slots.put("share", share(s));
        slots.put("related", related(s));
        slots.put("newsletter", joined(s, "newsletter", "p"));
        slots.put("cookie", escape(s.all("notice").stream().map(Line::text)
                .filter(t -> !t.startsWith("©") && !t.startsWith("Copyright")).reduce("", (a, b) -> a.isEmpty() ? b : a + " " + b)));
        slots.put("copyright", escape(s.all("notice").stream().map(Line::text)
                .filter(t -> t.startsWith("©") || t.startsWith("Copyright")).findFirst().orElse("")));
        slots.put("morefrom", escape(s.first("morefrom")));
        slots.put("authorbox", authorBox(s));
        slots.put("comments", comments(s));

        String page = o.template();
        Matcher sections = SECTION.matcher(page);
        StringBuilder kept = new StringBuilder();
        while (sections.find()) {
            String value = slots.get(sections.group(1));
            if (value == null) {
                throw new IllegalArgumentException("template " + o.slug() + ": unknown section " + sections.group(1));
            }
            sections.appendReplacement(kept, Matcher.quoteReplacement(value.isEmpty() ? "" : sections.group(2)));
        }
        sections.appendTail(kept);
        Matcher holes = PLACEHOLDER.matcher(kept);
        StringBuilder out = new StringBuilder();
        while (holes.find()) {
            String value = slots.get(holes.group(1));
            if (value == null) {
                throw new IllegalArgumentException("template " + o.slug() + ": unknown placeholder " + holes.group(1));
            }
            holes.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        holes.appendTail(out);
        return out.toString().replaceAll("(?m)^[ \\t]+$", "").replaceAll("\n{3,}", "\n\n");
    }

    /** The article's own column in page order, with the in-body clutter real pages carry. */
    private static String body(Source s, Outlet o) {
        boolean blockquotes = "yes".equals(o.get("blockquote"));
        String figure = o.get("figure");
        StringBuilder out = new StringBuilder();
        List<Line> lines = s.lines();
        String alt = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            switch (line.role()) {
                case "p" -> out.append("<p>").append(inline(t)).append("</p>\n");
                case "h" -> out.append("<h2>").append(inline(t)).append("</h2>\n");
                case "block" -> {
                    if (!blockquotes) {
                        out.append("<p>").append(inline(t)).append("</p>\n");
                    } else {
                        out.append("<blockquote>\n");
                        int j = i;
                        while (j < lines.size() && lines.get(j).role().equals("block")) {
                            out.append("<p>").append(inline(lines.get(j).text())).append("</p>\n");
                            j++;
                        }
                        out.append("</blockquote>\n");
                        i = j - 1;
                    }
                }
                case "pull" -> out.append("<figure class=\"pull-quote\"><blockquote><p>").append(inline(t))
                        .append("</p></blockquote></figure>\n");
                case "alt" -> alt = t;
                case "caption" -> {
                    String description = escape(plain(alt != null ? alt : t.replaceFirst("\\s*[|(].*$", "")));
                    String src = escape(s.get("image").replaceFirst("[^/]+$", "") + slug(plain(t)) + ".jpg");
                    if (figure.equals("wp")) {
                        out.append("<div class=\"wp-caption aligncenter\"><img src=\"").append(src).append("\" alt=\"")
                                .append(description).append("\" width=\"1200\" height=\"675\"><p class=\"wp-caption-text\">")
                                .append(inline(t)).append("</p></div>\n");
                    } else {
                        out.append("<figure class=\"").append(figure).append("\"><img src=\"").append(src)
                                .append("\" alt=\"").append(description).append("\" loading=\"lazy\"><figcaption>")
                                .append(inline(t)).append("</figcaption></figure>\n");
                    }
                    alt = null;
                }
                case "credit" -> out.append("<div class=\"featured-image\"><img src=\"").append(escape(s.get("image")))
                        .append("\" alt=\"\"><p class=\"image-credit\">").append(inline(t)).append("</p></div>\n");
                case "readmore" -> {
                    int colon = t.indexOf(':');
                    String label = t.substring(0, colon + 1);
                    String headline = t.substring(colon + 1).strip();
                    out.append("<p class=\"read-more\"><strong>").append(escape(label)).append("</strong> <a href=\"/")
                            .append(slug(headline)).append("/\">").append(inline(headline)).append("</a></p>\n");
                }
                case "ad" -> out.append("<div class=\"ad-slot\" data-slot=\"incontent-").append(i)
                        .append("\"><span class=\"ad-label\">").append(escape(t)).append("</span></div>\n");
                case "list" -> {
                    out.append("<ul class=\"key-points\">\n");
                    int j = i;
                    while (j < lines.size() && lines.get(j).role().equals("list")) {
                        out.append("<li>").append(inline(lines.get(j).text())).append("</li>\n");
                        j++;
                    }
                    out.append("</ul>\n");
                    i = j - 1;
                }
                case "gallery" -> {
                    int j = i;
                    List<String> parts = new ArrayList<>();
                    while (j < lines.size() && lines.get(j).role().equals("gallery")) {
                        parts.add(lines.get(j).text());
                        j++;
                    }
                    out.append("<div class=\"gallery-embed\">\n<a href=\"/gallery/").append(slug(parts.get(0)))
                            .append("/\"><img src=\"").append(escape(s.get("image").replaceFirst("[^/]+$", "gallery-cover.jpg")))
                            .append("\" alt=\"\"></a>\n<h3 class=\"gallery-title\">").append(inline(parts.get(0))).append("</h3>\n");
                    for (int k = 1; k < parts.size(); k++) {
                        boolean credit = parts.get(k).startsWith("Gallery Credit");
                        out.append("<p class=\"").append(credit ? "gallery-credit" : "gallery-description").append("\">")
                                .append(inline(parts.get(k))).append("</p>\n");
                    }
                    out.append("</div>\n");
                    i = j - 1;
                }
                case "promo" -> out.append(promo(line.text())).append('\n');
                default -> {
                    // the other roles have fixed places in the page template
                }
            }
        }
        return out.toString().strip();
    }

    private static String tags(Source s) {
        String tags = s.first("tags");
        if (tags.isEmpty()) {
            return "";
        }
        String list = tags.replaceFirst("(?i)^tags:\\s*", "");
        StringBuilder out = new StringBuilder();
        for (String tag : list.split("\\s*,\\s*")) {
            out.append("<a href=\"/tag/").append(slug(tag)).append("/\" rel=\"tag\">").append(escape(tag)).append("</a> ");
        }
        return out.toString().strip();
    }

    private static String share(Source s) {
        StringBuilder out = new StringBuilder();
        for (Line line : s.all("share")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append("<a class=\"share-").append(slug(line.text())).append("\" href=\"#\">").append(escape(line.text()))
                    .append("</a>");
        }
        return out.toString();
    }

    private static String related(Source s) {
        if (s.all("related").isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h3>").append(escape(s.first("related-head"))).append("</h3>\n<ul>\n");
        for (Line line : s.all("related")) {
            out.append("<li><a href=\"/").append(slug(plain(line.text()))).append("/\">").append(inline(line.text()))
                    .append("</a></li>\n");
        }
        return out.append("</ul>").toString();
    }

    private static String authorBox(Source s) {
        if (s.all("author").isEmpty()) {
            return "";
        }
        return "<p class=\"author-name\">" + inline(s.first("author")) + "</p>\n<p class=\"author-count\">"
                + inline(s.first("author-stat")) + "</p>\n<p class=\"author-bio\">" + inline(s.first("author-bio")) + "</p>";
    }

    private static String comments(Source s) {
        StringBuilder out = new StringBuilder();
        for (Line line : s.all("comment")) {
            String[] parts = line.text().split("\\s*\\|\\s*", 2);
            out.append("<li class=\"comment\"><span class=\"comment-author\">").append(escape(parts[0]))
                    .append("</span>\n<p>").append(inline(parts[1])).append("</p></li>\n");
        }
        return out.toString().strip();
    }

    private static String promo(String label) {
        if (label.equalsIgnoreCase("Show More")) {
            return "<button class=\"show-more\" type=\"button\">" + escape(label) + "</button>";
        }
        return "<div class=\"featured-video\"><p class=\"featured-video-label\">" + escape(label)
                + "</p><div class=\"video-player\" data-player=\"mp-412\"></div></div>";
    }

    private static String joined(Source s, String role, String tag) {
        StringBuilder out = new StringBuilder();
        for (Line line : s.all(role)) {
            out.append('<').append(tag).append('>').append(inline(line.text())).append("</").append(tag).append(">");
        }
        return out.toString();
    }

    private static String jsonLd(Source s, Outlet o, OffsetDateTime published, List<String> authors) {
        StringBuilder people = new StringBuilder();
        for (String author : authors) {
            if (!people.isEmpty()) {
                people.append(", ");
            }
            people.append("{\"@type\": \"Person\", \"name\": ").append(quoted(author)).append("}");
        }
        String ld = "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": "
                + quoted(plain(s.title())) + ", \"datePublished\": " + quoted(published.format(ISO_SECONDS))
                + ", \"author\": [" + people + "], \"publisher\": {\"@type\": \"Organization\", \"name\": "
                + quoted(o.get("name")) + "}, \"mainEntityOfPage\": " + quoted(s.get("url")) + ", \"image\": "
                + quoted(s.get("image")) + "}";
        return ld.replace("</", "<\\/");
    }

    // ---- inline markup: _Title_ is a title of a work in italics; no other markup exists

    static String plain(String s) {
        return EMPHASIS.matcher(s).replaceAll("$1");
    }

    static String inline(String s) {
        Matcher m = EMPHASIS.matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(escape(s.substring(last, m.start()))).append("<em>").append(escape(m.group(1))).append("</em>");
            last = m.end();
        }
        return out.append(escape(s.substring(last))).toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String slug(String s) {
        return plain(s).toLowerCase(Locale.ROOT).replaceAll("['’‘“”\"]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}
