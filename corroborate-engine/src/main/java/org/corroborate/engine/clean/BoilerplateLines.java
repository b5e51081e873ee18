package org.corroborate.engine.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.engine.Chars;
import org.corroborate.model.BlockKind;

/**
 * Recognises a line or a short block of text that is boilerplate by what it says, wherever it appears: the
 * "READ MORE: …" links, "Show More", "Advertisement", share prompts, image credits, newsletter prompts,
 * copyright and cookie notices, tag lists, time stamps and by-lines that news sites put between and after
 * paragraphs. Used on the lines of plain text and on the blocks of an HTML page's main content alike.
 *
 * <p>Only short texts match (each pattern has a word limit), so a paragraph of prose that happens to start
 * with "Photo:" or "Subscribe" is never taken for boilerplate. Thread-safe: holds no state.
 */
final class BoilerplateLines {

    private BoilerplateLines() {
    }

    private static final Pattern READ_MORE = Pattern.compile(
            "(?i)^[\\[(]?(read more|read also|also read|read next|read|related|related articles?|related stories|related story"
            + "|related coverage|related content|related links?|see also|also see|more|watch|listen|recommended|trending"
            + "|don'?t miss|must read|more on this|more coverage|suggested|check out|related video|click here"
            + "|watch now|opinion|analysis|explainer|live updates|previously|more news)\\s*[:|–—>»-]+\\s*\\S.*");
    /** "More From KISS FM 96.9": the outlet's own promotion, naming the outlet. */
    private static final Pattern MORE_FROM = Pattern.compile("(?i)^more (?:from|stories from|news from)\\s+(.+?)\\s*$");
    /** "More in Arts", "More on this story": the header of a list of links to other articles on a topic. */
    private static final Pattern MORE_ON = Pattern.compile("(?i)^(?:more|latest|top stories|most read) (?:in|on|about|at)\\s+\\S.*$");
    /**
     * The headers under which pages list links to other articles, one headline a line: what follows such a
     * header without a blank line between is that list.
     */
    private static final Set<String> LINK_LIST_HEADERS = Set.of(
            "related", "related stories", "related articles", "related content", "related coverage", "related links",
            "related posts", "read more", "read next", "more stories", "most read", "most popular", "trending",
            "trending now", "top stories", "latest news", "latest stories", "recommended", "recommended for you",
            "recommended stories", "you may also like", "you might also like", "don't miss", "don’t miss",
            "also read", "see also", "popular posts", "recent posts", "more like this", "up next");
    private static final Set<String> PROMOTION = Set.of(
            "show more", "show less", "featured video", "load more", "continue reading", "sponsored content",
            "recommended", "recommended for you", "recommended stories", "trending", "trending now", "most popular",
            "most read", "watch now", "video", "click to expand", "view gallery", "view comments",
            "read full article", "read more", "read full story", "see more", "view more", "more stories",
            "related", "related articles", "related stories", "related content", "related coverage",
            "you may also like", "you might also like", "up next", "watch next", "more videos", "top stories",
            "latest news", "latest stories", "skip to content", "skip ad", "back to top", "close", "menu", "search",
            "loading", "loading...", "play", "play video", "watch", "watch video", "listen", "listen to this article",
            "story continues below", "continue reading below", "article continues below", "expand", "enlarge",
            "enlarge this image", "toggle caption", "hide caption", "image", "photo", "full screen", "fullscreen",
            "open image in gallery", "view image", "embed", "next", "previous", "prev", "next article",
            "previous article", "next story", "previous story", "more on this story", "what's next",
            "sign in", "log in", "login", "register", "subscribe", "subscribe now", "don't miss", "don’t miss",
            "dont miss", "must read", "read next", "related posts", "popular posts", "recent posts",
            "also read", "see also", "read also", "more in this category", "latest", "more like this", "previous post",
            "next post", "older post", "newer post", "older posts", "newer posts");
    private static final Set<String> ADVERTISEMENT = Set.of(
            "advertisement", "advertisements", "advertising", "ad", "ads", "advert", "adverts", "anzeige",
            "werbung", "publicidad", "publicité", "pubblicità", "реклама", "sponsored", "paid content",
            "paid post", "promoted", "promoted content", "partner content", "sponsored links",
            "story continues below advertisement", "article continues below advertisement",
            "content continues below advertisement", "scroll to continue with content",
            "continue reading the main story", "continue reading the main story advertisement",
            "advertisement - scroll to continue", "advertisement - story continues below", "ad feedback",
            "advertisement continue reading below", "report an ad", "remove ads");
    private static final Set<String> SHARE = Set.of(
            "share", "share this", "share this article", "share this story", "share this post", "share on facebook",
            "share on twitter", "share via email", "share article", "share story", "tweet", "email", "e-mail",
            "print", "copy link", "copy url", "link copied", "facebook", "twitter", "linkedin", "whatsapp",
            "pinterest", "reddit", "flipboard", "messenger", "sms", "comment", "comments", "save", "saved",
            "bookmark", "gift this article", "give this article", "share full article", "share page",
            "follow us", "like us on facebook", "follow us on twitter", "sharing is caring");
    /** "Share on X", "Share via WhatsApp", "Share to Bluesky": a share button, whatever the network's name. */
    private static final Pattern SHARE_ON = Pattern.compile("(?i)^share (?:on|via|to|with) \\S+(?: \\S+)?$");
    private static final Pattern SHARE_COUNT = Pattern.compile("(?i)^\\d[\\d,.]*\\s*(k|m)?\\s*(shares?|comments?|views?|reads?)$");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^[\\[(]?(credits?|photo credits?|image credits?|image source|photograph|photo|photos|image|images|picture"
            + "|pictures|illustration|source|via|video|graphic|graphics|screenshot|file photo|featured image"
            + "|header image|top image|lead image|cover image)\\s*(:|by\\b|credit\\b|courtesy\\b)\\s*\\S.*");
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(?i)^[\\[(]?((ap|afp|reuters|getty|epa|shutterstock|istock|upi|pa|xinhua|bloomberg|alamy)\\b[^.!?]{0,60}"
            + "(photo|images?|via|/)[^.!?]{0,60}|(ap|afp|epa|pa) photo.{0,60}|getty images|shutterstock|istock"
            + "|ap|afp|reuters|epa|getty|\\(ap\\)|associated press)[\\])]?$");
    /** "Natalie Example | Bloomberg | Getty Images": a photographer and agencies, as credit lines print them. */
    private static final Pattern AGENCY_SUFFIX = Pattern.compile(
            "(?i)^[^.!?]{0,80}[|/]\\s*(getty images|getty|ap photo|ap|afp|reuters|epa|epa-efe|shutterstock|istock"
            + "|istockphoto|bloomberg|alamy|pa|pa images|pa wire|xinhua|upi|nurphoto|sipa|dpa|anadolu|imago|zuma"
            + "|rex|rex features|corbis|wireimage|filmmagic|afp via getty images)\\s*\\)?$");
    /**
     * A picture's caption that ends in its credit, as a scrape prints it under the picture: "… on Tuesday. (Piers
     * Oyelaran/The Harbour Courier)", "… (Fennick Photo)", "… morning. Photo by Joanna Pike", "… Ledger file
     * photo". The credit must be name-like (capitalised words around a slash, or a photo word), so that prose
     * ending in a parenthesis is left alone.
     */
    private static final Pattern CREDITED_CAPTION = Pattern.compile(
            "^.{10,300}?(?:\\(\\p{Lu}[^()/]{1,60}/\\p{Lu}[^()]{1,60}\\)"
            + "|\\((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(?:Photos?|Photograph|Images|Pictures|File Photo)\\)"
            + "|[.!?]\\s+(?:Photos?|Photograph|Picture|Image) by \\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}"
            + "|[.!?]\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}file photo)\\s*$");
    private static final Pattern GALLERY_CREDIT = Pattern.compile("(?i)^gallery credit\\s*:.*");
    private static final Pattern WRITTEN_BY = Pattern.compile(
            "^(?:Written by|WRITTEN BY|Posted by|Reported by|Story by|Words by|Text by)\\s*:?\\s+"
            + "(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})\\s*$");
    private static final Pattern BY_LINE = Pattern.compile(
            "^(?:By|BY|by)\\s*:?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|de|van|von|der|del|da|di|bin|al|la|le))*)"
            + "\\s*(?:(?:[,|–—•·-]|\\bfor\\b|\\bin\\b|\\bon\\b|\\bat\\b|\\bupdated\\b|\\bpublished\\b).*)?$");
    private static final Pattern NOTICE = Pattern.compile(
            "(?i)^(©|\\(c\\)\\s*\\d|copyright\\b|all rights reserved|we use cookies|this (web)?site uses cookies"
            + "|by using this (web)?site|by continuing to (use|browse)|this material may not be published"
            + "|you have \\d+ (free )?articles? left|already a subscriber|to continue reading|subscribe to continue"
            + "|this article (is|was) (for subscribers|originally published)|the views expressed"
            + "|disclaimer:|terms of (use|service)|privacy policy).*");
    private static final Pattern NEWSLETTER = Pattern.compile(
            "(?i)^((sign up|subscribe|register|enter your email)\\b.*\\b(newsletters?|inbox|e-?mail|updates|alerts|briefing|digest)"
            + "|(get|join|want|never miss|stay (up to date|informed|updated)|receive|don'?t miss|like this)\\b.*"
            + "\\b(newsletters?|inbox|briefing|digest))\\b.*");
    private static final Pattern NEWSLETTER_ANYWHERE = Pattern.compile(
            "(?i).*\\b(sign up|subscribe)\\b.*\\b(newsletters?|inbox)\\b.*");
    /** A CMS short code left in the text, such as {@code [button link="…"]Send us a review[/button]}. */
    private static final Pattern SHORT_CODE = Pattern.compile("^\\[[a-z_]+(\\s[^\\]]*)?\\].*\\[/[a-z_]+\\]$|^\\[/?[a-z_]+(\\s[^\\]]*)?\\]$");
    private static final Pattern CONTACT = Pattern.compile(
            "(?i)^((have|got) a (news )?tip\\b.*|.*\\b(can|may) be (reached|contacted) (at|via|on)\\b.*"
            + "|(follow|contact) (him|her|them|me|us|the author) (on|at|via)\\b.*|(email|e-mail|write to) (him|her|them|the author) at\\b.*)");
    private static final Pattern TAGS_PREFIX = Pattern.compile(
            "(?i)^(tags|tagged|tagged with|topics|topic|filed under|categories|category|keywords|related topics|more about)\\s*:\\s*\\S.*");
    /** A list of lower-case terms separated by commas ("enrique iglesias, aaliyah"), as tag lines print. */
    private static final Pattern TAG_LINE = Pattern.compile(
            "^[\\p{Ll}\\d][\\p{Ll}\\d.'’&-]*(?: [\\p{Ll}\\d][\\p{Ll}\\d.'’&-]*){0,4}"
            + "(?:,\\s*[\\p{Ll}\\d][\\p{Ll}\\d.'’&-]*(?: [\\p{Ll}\\d][\\p{Ll}\\d.'’&-]*){0,4})+$");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?i)^(published|updated|posted|last updated|first published|modified|last modified|date|uploaded"
            + "|created|released|originally published)\\b( on| at)?\\s*:?\\s*.{0,60}$");
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(" + MONTH + "\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(st|nd|rd|th)?\\s+"
            + MONTH + ",?\\s+\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})"
            + "([\\s,|•·at-]+\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s*[a-z]{2,4})?)?"
            + "(\\s*[|•·-]?\\s*(updated|modified)?.{0,40})?$");
    private static final Pattern READING_TIME = Pattern.compile(
            "(?i)^(\\d+\\s*(min|mins|minute|minutes)\\s*(read|reading)(\\s*time)?|(reading time|read time)\\s*:?\\s*\\d+.*)$");

    /** The boilerplate kind of a whole line or short block of text, if it is boilerplate. */
    static Optional<BlockKind> classify(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int words = wordCount(text);
        if (words > 40) {
            return Optional.empty();
        }
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[\\s:.!|»›>…]+$", "").replaceAll("^[\\s|»›>•·]+", "").strip();
        if (ADVERTISEMENT.contains(key)) {
            return Optional.of(BlockKind.ADVERTISEMENT);
        }
        if (SHARE.contains(key) || SHARE_COUNT.matcher(key).matches() || SHARE_ON.matcher(key).matches()) {
            return Optional.of(BlockKind.SHARE);
        }
        if (PROMOTION.contains(key)) {
            return Optional.of(BlockKind.PROMOTION);
        }
        if (GALLERY_CREDIT.matcher(text).matches()) {
            return Optional.of(BlockKind.GALLERY);
        }
        if (words <= 8 && MORE_FROM.matcher(text).matches()) {
            return Optional.of(BlockKind.PROMOTION);
        }
        if (words <= 6 && MORE_ON.matcher(text).matches()) {
            return Optional.of(BlockKind.RELATED);
        }
        if (words <= 25 && READ_MORE.matcher(text).matches()) {
            return Optional.of(BlockKind.READ_MORE);
        }
        if (words <= 15 && (CREDIT.matcher(text).matches() || AGENCY_CREDIT.matcher(text).matches()
                || AGENCY_SUFFIX.matcher(text).matches())) {
            return Optional.of(BlockKind.CREDIT);
        }
        if (words <= 10 && (WRITTEN_BY.matcher(text).matches() || BY_LINE.matcher(text).matches())) {
            return Optional.of(BlockKind.AUTHOR);
        }
        if (words <= 40 && NOTICE.matcher(text).matches()) {
            return Optional.of(BlockKind.NOTICE);
        }
        if (words <= 30 && (NEWSLETTER.matcher(text).matches() || NEWSLETTER_ANYWHERE.matcher(text).matches())) {
            return Optional.of(BlockKind.NEWSLETTER);
        }
        if (SHORT_CODE.matcher(text).matches()) {
            return Optional.of(BlockKind.OTHER_BOILERPLATE);
        }
        if (words <= 40 && CONTACT.matcher(text).matches()) {
            return Optional.of(BlockKind.AUTHOR);
        }
        if (words <= 30 && TAGS_PREFIX.matcher(text).matches()
                || words <= 20 && TAG_LINE.matcher(text).matches() && !PlainTextCleaner.endsSentence(text)) {
            return Optional.of(BlockKind.TAGS);
        }
        if (words <= 12 && (TIMESTAMP.matcher(text).matches() && containsDigit(text)
                || DATE_LINE.matcher(text).matches() || READING_TIME.matcher(text).matches())) {
            return Optional.of(BlockKind.OTHER_BOILERPLATE);
        }
        return Optional.empty();
    }

    /** True for a caption that ends in its picture's credit (see {@link #CREDITED_CAPTION}). */
    static boolean isCreditedCaption(String line) {
        String text = line.strip();
        return wordCount(text) <= 40 && CREDITED_CAPTION.matcher(text).matches();
    }

    /** True for a line that heads a list of links to other articles: "Related Stories", "More in Arts". */
    static boolean isLinkListHeader(String line) {
        String text = line.strip();
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[\\s:.!|»›>…]+$", "").strip();
        return LINK_LIST_HEADERS.contains(key) || wordCount(text) <= 6 && MORE_ON.matcher(text).matches();
    }

    /** The outlet a "More From KISS FM 96.9" line names. */
    static Optional<String> outletOfMoreFrom(String line) {
        Matcher m = MORE_FROM.matcher(line.strip());
        if (!m.matches() || wordCount(line) > 8) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).replaceAll("[\\s:.|–—-]+$", "")).filter(s -> !s.isEmpty());
    }

    /** The name a "Written by Hashim Asraff" line gives. */
    static Optional<String> writtenBy(String line) {
        Matcher m = WRITTEN_BY.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The names a "By Jane Doe and John Roe, Reuters" line gives. */
    static Optional<String> byline(String line) {
        String text = line.strip();
        if (wordCount(text) > 10) {
            return Optional.empty();
        }
        Matcher m = BY_LINE.matcher(text);
        if (m.matches()) {
            return Optional.of(m.group(1).replaceAll("\\s+(and|&)$", "").strip());
        }
        return writtenBy(text);
    }

    static int wordCount(String text) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Chars.isSpace(text.charAt(i));
            if (!space && !in) {
                words++;
            }
            in = !space;
        }
        return words;
    }

    private static boolean containsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
