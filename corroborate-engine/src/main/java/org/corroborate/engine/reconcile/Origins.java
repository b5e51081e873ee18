package org.corroborate.engine.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Attribution;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.QuoteGroup;
import org.corroborate.model.QuoteVariant;
import org.corroborate.model.Span;
import org.corroborate.model.StoryEntity;
import org.corroborate.model.TextReuse;

/**
 * Where one article's support for a fact comes from in the end, so that supports with one origin count as one
 * independent source. For an article's support (its claims of the fact), the origin is the first of:
 * <ol>
 *   <li><b>copied text</b>: when every sentence of the support lies in passages the story's {@link TextReuse}
 *       records say the article took from an earlier one, the origin of that article's support for the fact, or
 *       that article's outlet when it does not state the fact; likewise a credit to another outlet of the story
 *       ("Per Screenline, …") takes the origin of that outlet's article's support;</li>
 *   <li><b>a credit</b>: the speaker or outlet the claim is attributed to ("Hewitt told Entertainment
 *       Tonight", "per Complex", "…, police said"), by story-level name, a description resolved to the entity
 *       it fits ("the local fire chief" is Lorcan Maddox); a person the article presents as speaking for an
 *       organisation ("Imelda Sarr, a spokeswoman for the health authority", "a police spokesman") counts as
 *       that organisation. When the credit names no one the story knows ("the actress revealed") and the
 *       claim's sentence is mostly a story quote group's variant, the group's speaker: the same words from one
 *       mouth are one interview, whichever outlet printed them and whether or not it named the speaker; a
 *       group with no speaker is an origin of its own;</li>
 *   <li>else <b>the outlet</b> itself (its own reporting; two articles of one outlet are one source), or the
 *       article when the outlet is unknown.</li>
 * </ol>
 * Built per story; not shared between threads.
 */
final class Origins {

    /** An origin: the key sources are compared by, and its name for people. */
    record Origin(String key, String label) {
        /** True when the origin is a named speaker or outlet, not a description ("the actress") or a group. */
        boolean named() {
            return key.startsWith("source:") && !Names.isDescription(label) && Character.isUpperCase(label.charAt(0));
        }
    }

    private static final Pattern SPEAKS_FOR = Pattern.compile(
            "(?U)^,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:spokes(?:wo)?man|spokesperson|representative|"
                    + "press officer)\\s+(?:for|of|with|at)\\s+((?:the\\s+)?[^,.;]{2,60}?)\\s*[,.;]");
    private static final Pattern ROLE_WORDS = Pattern.compile(
            "(?i)^(?:an?|the)?\\s*(.+?)\\s+(?:spokes(?:wo)?man|spokesperson|representative|officials?|officers?|sources?)$");
    private static final Set<EntityType> ORGANIZATIONS = Set.of(EntityType.ORGANIZATION);
    private static final Set<EntityType> SPEAKERS = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);
    private static final double MOSTLY = 0.5;

    private final Map<String, ArticleFacts> articles = new HashMap<>();
    private final StoryNames names;
    private final List<QuoteGroup> quotes;
    private final List<TextReuse> reuse;
    /** Story names of people to the organisation any article says they speak for. */
    private final Map<String, String> speaksFor = new HashMap<>();
    /** The first name given to each origin key, so that one origin reads the same in every fact. */
    private final Map<String, String> labels = new HashMap<>();

    Origins(List<ArticleFacts> story, StoryNames names, EntityMerger.Merged merged, List<QuoteGroup> quotes, List<TextReuse> reuse) {
        this.names = names;
        this.quotes = quotes;
        this.reuse = reuse;
        for (ArticleFacts a : story) {
            articles.put(a.article().id(), a);
            findAffiliations(a, merged);
        }
    }

    /**
     * The origin of article {@code article}'s support, from its claims' sentences and its credit, before copies
     * are followed ({@link #copiedFrom}).
     */
    Origin of(String article, List<Span> evidence, Optional<Attribution> credit) {
        Origin origin;
        if (credit.isEmpty()) {
            origin = outlet(article);
        } else {
            Origin credited = source(article, credit.get().source());
            // A quotation whose speaker this outlet only describes ("the actress revealed") is its story group's
            // speaker, whom another outlet names.
            origin = credited.named() ? credited : quoted(article, evidence).orElse(credited);
        }
        return canonical(origin);
    }

    /** The article's outlet as an origin: its own reporting. */
    Origin outlet(String article) {
        ArticleFacts a = articles.get(article);
        return canonical(a.article().metadata().outlet()
                .map(o -> new Origin("outlet:" + Names.fold(o), o))
                .orElse(new Origin("article:" + article, label(article))));
    }

    private Origin canonical(Origin origin) {
        return new Origin(origin.key(), labels.computeIfAbsent(origin.key(), k -> origin.label()));
    }

    /**
     * The earlier article {@code article}'s support was copied from: when every sentence of its support lies in
     * a passage the story's reuse says it took from that article. An article that also states the fact in words
     * of its own is its own source for it.
     */
    Optional<String> copiedFrom(String article, List<Span> evidence) {
        Optional<String> from = Optional.empty();
        for (Span e : evidence) {
            Optional<String> source = reuse.stream().filter(r -> r.to().equals(article) && r.toSpan().overlap(e) * 2 > e.length())
                    .map(TextReuse::from).findFirst();
            if (source.isEmpty() || from.isPresent() && !from.equals(source)) {
                return Optional.empty();
            }
            from = source;
        }
        return from;
    }

    /**
     * The article among {@code supporting} (other than {@code article}) whose outlet is {@code credited}: "Per
     * Screenline, cameras start rolling on Monday" passes on what Screenline's own article says.
     */
    Optional<String> outletArticle(String credited, String article, List<String> supporting) {
        String wanted = Names.fold(credited);
        return supporting.stream().filter(id -> !id.equals(article))
                .filter(id -> articles.get(id).article().metadata().outlet().map(o -> Names.fold(o).equals(wanted)).orElse(false))
                .findFirst();
    }

    /** The article as a source for people: its outlet, else its file name. */
    String label(String article) {
        ArticleFacts a = articles.get(article);
        return a.article().metadata().outlet().orElseGet(() -> {
            String source = a.article().source();
            return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        });
    }

    private Optional<Origin> quoted(String article, List<Span> evidence) {
        for (int g = 0; g < quotes.size(); g++) {
            QuoteGroup group = quotes.get(g);
            for (QuoteVariant v : group.variants()) {
                if (!v.article().equals(article)) {
                    continue;
                }
                for (Span e : evidence) {
                    if (v.span().overlap(e) >= MOSTLY * e.length()) {
                        if (group.speaker().isPresent()) {
                            return Optional.of(source(article, group.speaker().get()));
                        }
                        String words = v.text().length() > 40 ? v.text().substring(0, v.text().lastIndexOf(' ', 40) + 1).strip() + "…" : v.text();
                        return Optional.of(new Origin("quote:" + g, "the quotation “" + words + "”"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A credited speaker or outlet as an origin: by story name, as the organisation it speaks for. */
    private Origin source(String article, String credited) {
        String name = names.resolve(credited, SPEAKERS).map(StoryEntity::name).orElse(credited.strip());
        String organisation = speaksFor.get(name);
        if (organisation == null) {
            Matcher role = ROLE_WORDS.matcher(name);
            if (role.matches()) {
                organisation = names.resolve(role.group(1), ORGANIZATIONS).map(StoryEntity::name).orElse(role.group(1));
            } else if (Character.isLowerCase(name.charAt(0)) || Names.isDescription(name)) {
                organisation = names.described(name, ORGANIZATIONS).map(StoryEntity::name).orElse(null);
            }
        }
        String origin = organisation != null ? organisation : name;
        return new Origin("source:" + Names.fold(origin), origin);
    }

    /** "Imelda Sarr, a spokeswoman for the health authority,": Sarr speaks for the health authority. */
    private void findAffiliations(ArticleFacts a, EntityMerger.Merged merged) {
        String text = a.article().text();
        String id = a.article().id();
        for (Entity e : a.annotated().entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() != MentionKind.NAME || m.span().end() >= text.length()) {
                    continue;
                }
                Matcher role = SPEAKS_FOR.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 140)));
                if (role.find()) {
                    String org = role.group(1).strip();
                    String resolved = names.resolve(org, ORGANIZATIONS).map(StoryEntity::name).orElse(org.replaceFirst("^the\\s+", ""));
                    speaksFor.putIfAbsent(merged.names().getOrDefault(id + "/" + e.id(), e.name()), resolved);
                    break;
                }
            }
        }
    }
}
