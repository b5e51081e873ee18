package org.corroborate.engine.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.BlockKind;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, ARIA role, class and id say about the text inside it: that it is navigation, a share
 * bar, comments, related links, a caption and so on, or that it is likely to hold an article.
 *
 * <p>Class and id values are split into words at hyphens, underscores, digits and camelCase humps
 * ({@code articleBody}, {@code article-body} and {@code article_body} all give "article", "body"), and the words
 * are matched whole, so that "header" does not match "head" nor "shadow" match "ad". The vocabularies are the
 * ones Readability.js uses for its unlikely-candidate and class-weight rules (Mozilla, {@code Readability.js},
 * {@code REGEXPS.unlikelyCandidates}, {@code positive}, {@code negative}), extended with the names that CMSs
 * commonly give to share bars, newsletters, author bios and the like.
 *
 * <p>Thread-safe: holds no state.
 */
final class ElementHints {

    private ElementHints() {
    }

    /** Words in class or id names, and the boilerplate each signals. Checked in this order. */
    private static final List<Map.Entry<Set<String>, BlockKind>> BOILERPLATE_WORDS = List.of(
            Map.entry(Set.of("comment", "comments", "disqus", "replies", "respond", "discussion", "discuss",
                    "livefyre", "commento", "openweb"), BlockKind.COMMENTS),
            Map.entry(Set.of("share", "shares", "sharing", "social", "sociable", "addthis", "sharethis", "sharebar",
                    "follow", "print", "toolbar", "tools", "shareable", "reactions"), BlockKind.SHARE),
            Map.entry(Set.of("newsletter", "newsletters", "subscribe", "subscription", "signup", "optin",
                    "mailchimp", "mailing", "nl"), BlockKind.NEWSLETTER),
            Map.entry(Set.of("ad", "ads", "advert", "advertisement", "advertising", "adslot", "adunit", "adsense",
                    "dfp", "gpt", "doubleclick", "sponsor", "sponsored", "sponsors", "taboola", "outbrain", "promo",
                    "promotion", "promoted", "banner", "commercial", "affiliate", "zergnet", "revcontent", "mgid",
                    "billboard", "skyscraper", "leaderboard", "adblock", "dianomi", "nativo", "teads"),
                    BlockKind.ADVERTISEMENT),
            Map.entry(Set.of("related", "recirc", "recirculation", "recommended", "recommendations",
                    "recommend", "readmore", "trending", "popular", "mostread", "mostpopular", "morestories",
                    "moreon", "upnext", "next", "prev", "previous", "also", "similar", "suggested", "linkbox",
                    "teaser", "teasers", "headlines", "rail", "sidebar", "widget", "widgets", "aside", "more",
                    "further", "explore", "latest", "pagination", "pager"), BlockKind.RELATED),
            Map.entry(Set.of("nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs",
                    "masthead", "skip", "skiplink", "topbar", "jump", "toc"), BlockKind.NAVIGATION),
            Map.entry(Set.of("author", "authors", "byline", "bylines", "bio", "biography", "contributor",
                    "writer", "profile", "avatar", "signature"), BlockKind.AUTHOR),
            Map.entry(Set.of("tags", "tag", "taglist", "keywords", "topics", "categories", "category",
                    "filed", "labels"), BlockKind.TAGS),
            Map.entry(Set.of("gallery", "slideshow", "carousel", "slider", "slides", "lightbox"), BlockKind.GALLERY),
            Map.entry(Set.of("cookie", "cookies", "consent", "gdpr", "paywall", "disclaimer", "copyright",
                    "legal", "modal", "popup", "overlay", "notification", "alert", "regwall", "meter",
                    "subscriber"), BlockKind.NOTICE),
            Map.entry(Set.of("credit", "credits", "photographer", "attribution", "courtesy", "source"),
                    BlockKind.CREDIT),
            Map.entry(Set.of("caption", "captions", "figcaption", "legend", "cutline", "cutlines"), BlockKind.CAPTION),
            Map.entry(Set.of("footer", "foot", "footnote", "footnotes", "meta", "metadata", "dateline", "timestamp",
                    "date", "time", "published", "updated", "hidden", "hide", "sr", "screenreader", "visually",
                    "offscreen", "noprint", "contact", "disclosure", "info",
                    "masthead", "header", "hdr", "kicker", "eyebrow", "label", "badge", "icon", "button", "btn",
                    "cta", "login", "signin", "search", "form", "tooltip", "popover", "hovercard", "dropdown"),
                    BlockKind.OTHER_BOILERPLATE));

    /**
     * Words that mark a likely article container. A class name made of them alone vetoes the boilerplate words
     * of the element's other names ({@code entry-content share-enabled} is content), as Readability's
     * {@code okMaybeItsACandidate} does; within one name the boilerplate word wins ({@code article-share},
     * {@code post-tags} are a share bar and a tag list).
     */
    private static final Set<String> CONTENT_WORDS = Set.of(
            "article", "articles", "body", "content", "contents", "entry", "main", "post", "story", "text",
            "blog", "column", "prose", "richtext", "rte", "copy", "paragraph", "paragraphs", "hentry", "page",
            "detail", "details", "news", "read", "reading", "permalink", "single");

    /**
     * Words of embedded posts (a tweet inside a {@code social-media-embed}): quoted content, never a share bar.
     */
    private static final Set<String> EMBED_WORDS = Set.of("embed", "embedded", "oembed", "tweet", "twitter",
            "instagram", "tiktok", "bluesky", "mastodon", "threads");

    /** Words that Readability weighs as negative for a candidate (its {@code negative} expression). */
    private static final Set<String> NEGATIVE_WORDS = Set.of(
            "hidden", "hid", "banner", "combx", "comment", "comments", "contact", "foot", "footer", "footnote",
            "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
            "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "tools", "widget", "nav", "menu",
            "social", "ad", "ads", "advert", "newsletter", "subscribe", "recirc", "trending", "popular", "rail");

    /**
     * The boilerplate kind (or {@link BlockKind#CAPTION}) that the element's tag, role, class or id signals:
     * of the kinds its names signal, the one earliest in {@link #BOILERPLATE_WORDS}; none when one of its
     * names is made of content words only, or names an embedded post.
     */
    static Optional<BlockKind> kindOf(Element e) {
        String tag = e.normalName();
        switch (tag) {
            case "nav", "menu" -> {
                return Optional.of(BlockKind.NAVIGATION);
            }
            case "aside" -> {
                return Optional.of(BlockKind.RELATED);
            }
            case "footer" -> {
                return Optional.of(BlockKind.OTHER_BOILERPLATE);
            }
            case "figcaption" -> {
                return Optional.of(BlockKind.CAPTION);
            }
            case "form", "fieldset" -> {
                return Optional.of(BlockKind.OTHER_BOILERPLATE);
            }
            default -> {
                // the role and the names decide below
            }
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        switch (role) {
            case "navigation", "menu", "menubar", "banner", "search" -> {
                return Optional.of(BlockKind.NAVIGATION);
            }
            case "complementary" -> {
                return Optional.of(BlockKind.RELATED);
            }
            case "contentinfo" -> {
                return Optional.of(BlockKind.OTHER_BOILERPLATE);
            }
            case "dialog", "alertdialog", "alert" -> {
                return Optional.of(BlockKind.NOTICE);
            }
            default -> {
                // the names decide below
            }
        }
        List<List<String>> names = new ArrayList<>();
        for (String name : (e.className() + " " + e.id()).split("\\s+")) {
            List<String> words = split(name);
            if (!words.isEmpty()) {
                names.add(words);
            }
        }
        Optional<BlockKind> found = Optional.empty();
        int rank = Integer.MAX_VALUE;
        for (List<String> words : names) {
            int best = boilerplateRank(words);
            if (best == Integer.MAX_VALUE) {
                if (words.stream().anyMatch(w -> CONTENT_WORDS.contains(w) || EMBED_WORDS.contains(w))) {
                    return Optional.empty(); // a name of its own says "content": entry-content share-enabled
                }
            } else if (words.stream().anyMatch(EMBED_WORDS::contains)) {
                return Optional.empty();
            } else if (best < rank) {
                rank = best;
                found = Optional.of(BOILERPLATE_WORDS.get(best).getValue());
            }
        }
        return found;
    }

    /** The index of the first vocabulary in {@link #BOILERPLATE_WORDS} that one of the words is in. */
    private static int boilerplateRank(List<String> words) {
        for (int i = 0; i < BOILERPLATE_WORDS.size(); i++) {
            for (String w : words) {
                if (BOILERPLATE_WORDS.get(i).getKey().contains(w)) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Readability's class weight: +25 for a content word in the class, -25 for a negative one, and the same
     * again for the id.
     */
    static int classWeight(Element e) {
        return weight(split(e.className())) + weight(split(e.id()));
    }

    private static int weight(List<String> words) {
        int w = 0;
        boolean positive = false;
        boolean negative = false;
        for (String word : words) {
            positive |= CONTENT_WORDS.contains(word);
            negative |= NEGATIVE_WORDS.contains(word);
        }
        if (negative) {
            w -= 25;
        }
        if (positive) {
            w += 25;
        }
        return w;
    }

    /** The words of the element's class and id, lower case. */
    static List<String> words(Element e) {
        List<String> words = split(e.className());
        words.addAll(split(e.id()));
        return words;
    }

    /** Splits a class or id value into lower-case words at non-letters and at lower-to-upper case humps. */
    static List<String> split(String names) {
        List<String> words = new ArrayList<>();
        int n = names.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? names.charAt(i) : ' ';
            boolean letter = Character.isLetter(c);
            boolean hump = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(names.charAt(i - 1));
            if (start >= 0 && (!letter || hump)) {
                words.add(names.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
        return words;
    }
}
