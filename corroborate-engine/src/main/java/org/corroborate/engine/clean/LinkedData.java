package org.corroborate.engine.clean;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What a page's schema.org JSON-LD says about its article: headline, authors, publication date, publisher and
 * language, read from the first object typed as an article (NewsArticle, BlogPosting, ...) anywhere in the
 * page's {@code application/ld+json} scripts, including inside {@code @graph}, else from a WebPage.
 *
 * <p>Real pages' JSON-LD is often malformed (comments, trailing commas, raw control characters): it is read
 * leniently, and a script that still does not parse is ignored.
 *
 * @param publisher the article's {@code publisher.name}, else the name of an Organization or WebSite on the page
 */
record LinkedData(Optional<String> headline, List<String> authors, Optional<String> published,
        Optional<String> publisher, Optional<String> language) {

    static final LinkedData NONE = new LinkedData(Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
            Optional.empty());

    LinkedData {
        authors = List.copyOf(authors);
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle",
            "liveblogposting", "report", "scholarlyarticle", "techarticle", "socialmediaposting", "posting",
            "review", "satiricalarticle", "advertisercontentarticle");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "collectionpage");
    private static final Set<String> ORGANIZATION_TYPES = Set.of(
            "organization", "newsmediaorganization", "website", "corporation", "onlinebusiness");

    /** The JSON-LD of {@code page}, or {@link #NONE}. */
    static LinkedData of(org.jsoup.nodes.Document page) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data().strip());
                if (root != null) {
                    flatten(root, objects, 0);
                }
            } catch (JsonProcessingException malformed) {
                // a broken script says nothing; the page's other metadata still counts
            }
        }
        JsonNode article = null;
        JsonNode webPage = null;
        Optional<String> organization = Optional.empty();
        for (JsonNode o : objects) {
            if (article == null && hasType(o, ARTICLE_TYPES)) {
                article = o;
            } else if (webPage == null && hasType(o, PAGE_TYPES)) {
                webPage = o;
            } else if (organization.isEmpty() && hasType(o, ORGANIZATION_TYPES)) {
                organization = name(o);
            }
        }
        boolean isArticle = article != null;
        JsonNode main = isArticle ? article : webPage;
        if (main == null) {
            return organization.isEmpty() ? NONE
                    : new LinkedData(Optional.empty(), List.of(), Optional.empty(), organization, Optional.empty());
        }
        Optional<String> publisher = names(main.get("publisher")).stream().findFirst();
        return new LinkedData(
                text(main.get("headline")).or(() -> isArticle ? text(main.get("name")) : Optional.empty()),
                isArticle ? names(main.get("author")) : List.of(),
                text(main.get("datePublished")).or(() -> text(main.get("dateCreated"))),
                publisher.isPresent() ? publisher : organization,
                language(main.get("inLanguage")));
    }

    /** Every object in {@code node}: itself, array members, and members of {@code @graph}, a few levels deep. */
    private static void flatten(JsonNode node, List<JsonNode> into, int depth) {
        if (depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, into, depth + 1));
        } else if (node.isObject()) {
            into.add(node);
            JsonNode graph = node.get("@graph");
            if (graph != null) {
                flatten(graph, into, depth + 1);
            }
            JsonNode entity = node.get("mainEntity");
            if (entity != null && entity.isObject()) {
                flatten(entity, into, depth + 1);
            }
        }
    }

    private static boolean hasType(JsonNode o, Set<String> types) {
        JsonNode type = o.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && types.contains(t.asText().toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && types.contains(type.asText().toLowerCase(java.util.Locale.ROOT));
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray() && !node.isEmpty()) {
            return text(node.get(0));
        }
        return node.isTextual() ? Optional.of(node.asText().strip()).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    private static Optional<String> name(JsonNode node) {
        return text(node.get("name"));
    }

    /** Person or organization names: strings, objects with a name, or arrays of either; URLs left out. */
    private static List<String> names(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        if (node == null) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        for (JsonNode item : items) {
            Optional<String> name = item.isObject() ? name(item) : text(item);
            name.map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.startsWith("http") && !s.contains("@") && s.length() <= 100)
                    .ifPresent(names::add);
        }
        return List.copyOf(names);
    }

    private static Optional<String> language(JsonNode node) {
        if (node != null && node.isObject()) {
            return text(node.get("alternateName")).or(() -> name(node));
        }
        return text(node);
    }
}
