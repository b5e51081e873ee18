package org.corroborate.engine.clean;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.BlockKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements of a page that hold its article, by the scoring of Mozilla's Readability.js
 * ({@code _grabArticle}): every paragraph of 25 chars or more gives its parent 1 point, one per comma and one
 * per 100 chars (at most 3), half of that to its grandparent and a third of it per level further up, five
 * levels in all; each scored element starts from a weight for its tag and for the words of its class and id
 * ({@link ElementHints#classWeight}); the score is scaled by the share of its text that is not link text. The
 * best element, moved up to a parent that holds several near-best candidates or scores higher, is the article;
 * siblings that score at least a fifth as well, and sibling paragraphs that read as prose, join it.
 *
 * <p>Elements that {@link ElementHints} names as boilerplate (navigation, comments, share bars...) take no part
 * in the scoring unless {@code stripUnlikely} is off, as in Readability's first and later passes.
 *
 * <p>Not thread-safe: one locator per page.
 */
final class MainContentLocator {

    /** How a scored element stands. */
    private static final class Candidate {
        final Element element;
        double score;

        Candidate(Element element, double initial) {
            this.element = element;
            this.score = initial;
        }
    }

    /** Non-space chars of scored text and of scored link text below an element. */
    private static final class Stats {
        int chars;
        int linkChars;
    }

    /** Weak boilerplate hints: an element holding most of the page's text is not vetoed by these words. */
    private static final Set<BlockKind> WEAK_HINTS = EnumSet.of(BlockKind.GALLERY, BlockKind.RELATED,
            BlockKind.NOTICE, BlockKind.AUTHOR, BlockKind.TAGS, BlockKind.OTHER_BOILERPLATE, BlockKind.SHARE,
            BlockKind.ADVERTISEMENT, BlockKind.NEWSLETTER);

    private final Element body;
    private List<TextBlock> blocks;
    private final Map<Element, int[]> allChars = new IdentityHashMap<>();
    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final Map<Element, Candidate> candidates = new IdentityHashMap<>();

    MainContentLocator(Element body) {
        this.body = body;
    }

    /**
     * The article's elements in document order: the best candidate and the siblings that join it; empty when
     * no paragraph scores. May be called again with another {@code stripUnlikely}.
     */
    List<Element> locate(boolean stripUnlikely) {
        if (blocks == null) {
            blocks = BlockCollector.collect(body, e -> Optional.empty());
            measureAll();
        }
        stats.clear();
        candidates.clear();
        Set<Element> excluded = stripUnlikely ? unlikelyElements() : Set.of();
        List<TextBlock> scored = new ArrayList<>(blocks.size());
        for (TextBlock block : blocks) {
            if (!excluded.contains(block.owner())) {
                scored.add(block);
            }
        }
        measure(scored);
        for (TextBlock block : scored) {
            score(block);
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        for (Candidate c : candidates.values()) {
            c.score *= 1 - linkDensity(c.element);
        }
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed());
        Element top = refine(ranked);
        return withSiblings(top);
    }

    /**
     * The elements inside an element that {@link ElementHints} names as boilerplate, as Readability's
     * unlikely candidates; captions and credits are no reason to leave text unscored, a form may wrap a whole
     * ASP.NET page, and a weak hint does not hold against an element with more than half the page's text
     * (a {@code sliderBox} around everything).
     */
    private Set<Element> unlikelyElements() {
        Set<Element> excluded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int total = allChars(body);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e) || depth == 0) {
                    return;
                }
                if (excluded.contains(e.parent())) {
                    excluded.add(e);
                    return;
                }
                Optional<BlockKind> kind = ElementHints.kindOf(e);
                if (kind.isEmpty() || !kind.get().isBoilerplate()) {
                    return;
                }
                String tag = e.normalName();
                if (tag.equals("form") || tag.equals("fieldset")) {
                    return;
                }
                if (WEAK_HINTS.contains(kind.get()) && allChars(e) * 2 > total) {
                    return;
                }
                excluded.add(e);
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        return excluded;
    }

    /** Sums every element's text, boilerplate included, bottom-up. */
    private void measureAll() {
        for (TextBlock block : blocks) {
            allChars.computeIfAbsent(block.owner(), k -> new int[1])[0] += block.nonSpaceChars();
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && depth > 0) {
                    int[] own = allChars.get(e);
                    if (own != null && e.parent() != null) {
                        allChars.computeIfAbsent(e.parent(), k -> new int[1])[0] += own[0];
                    }
                }
            }
        }, body);
    }

    /** Sums each element's scored text and link text, bottom-up, in one pass. */
    private void measure(List<TextBlock> scored) {
        for (TextBlock block : scored) {
            Stats s = stats.computeIfAbsent(block.owner(), k -> new Stats());
            s.chars += block.nonSpaceChars();
            s.linkChars += block.linkChars();
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && depth > 0) {
                    Stats own = stats.get(e);
                    if (own != null && e.parent() != null) {
                        Stats up = stats.computeIfAbsent(e.parent(), k -> new Stats());
                        up.chars += own.chars;
                        up.linkChars += own.linkChars;
                    }
                }
            }
        }, body);
    }

    int chars(Element e) {
        Stats s = stats.get(e);
        return s == null ? 0 : s.chars;
    }

    /** Non-space chars of all text below {@code e}, boilerplate included; valid after {@link #locate}. */
    int allChars(Element e) {
        int[] n = allChars.get(e);
        return n == null ? 0 : n[0];
    }

    private double linkDensity(Element e) {
        Stats s = stats.get(e);
        return s == null || s.chars == 0 ? 0 : Math.min(1, s.linkChars / (double) s.chars);
    }

    private void score(TextBlock block) {
        if (block.kind().isBoilerplate()) {
            return;
        }
        Element owner = block.owner();
        String tag = owner.normalName();
        Element first;
        switch (tag) {
            case "p", "pre", "td", "h2", "h3", "h4", "h5", "h6" -> first = owner.parent();
            case "div", "section", "article", "main", "center", "font", "span", "body" -> first = owner;
            default -> {
                if (tag.contains("-")) {
                    first = owner; // a custom element used as a text container
                } else {
                    return;
                }
            }
        }
        int length = block.text().length();
        if (length < 25 || first == null) {
            return;
        }
        double points = 1 + commas(block.text()) + Math.min(length / 100, 3);
        Element ancestor = first;
        for (int level = 0; level < 5 && ancestor != null; level++) {
            if (ancestor.parent() == null) {
                break; // the document itself is never the article
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            candidate(ancestor).score += points / divider;
            if (ancestor == body) {
                break;
            }
            ancestor = ancestor.parent();
        }
    }

    private Candidate candidate(Element e) {
        return candidates.computeIfAbsent(e, k -> new Candidate(k, initialScore(k)));
    }

    /** Readability's {@code _initializeNode}: a weight for the tag, plus the class weight. */
    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + ElementHints.classWeight(e);
    }

    /** Commas of several scripts count alike (Readability's {@code REGEXPS.commas}). */
    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFE50' || c == '\uFE10' || c == '\uFE11' || c == '\u2E41'
                    || c == '\u2E34' || c == '\u2E32' || c == '\uFF0C') {
                n++;
            }
        }
        return n;
    }

    /**
     * Readability's moves from the best candidate: up to the nearest ancestor below the body that holds three or
     * more of the next four candidates when they score at least three quarters as well; then up while the parent scores higher (stopping when it scores
     * under a third); then up through parents of which it is the only child.
     */
    private Element refine(List<Candidate> ranked) {
        Candidate best = ranked.get(0);
        Element top = best.element;
        List<Element> close = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (ranked.get(i).score / best.score >= 0.75) {
                close.add(ranked.get(i).element);
            }
        }
        if (close.size() >= 3) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                int holds = 0;
                for (Element c : close) {
                    if (c != parent && isAncestor(parent, c)) {
                        holds++;
                    }
                }
                if (holds >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        Candidate current = candidates.get(top);
        double lastScore = current == null ? 0 : current.score;
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Candidate p = candidates.get(parent);
            if (p == null) {
                continue;
            }
            if (p.score < threshold) {
                break;
            }
            if (p.score > lastScore) {
                top = parent;
                break;
            }
            lastScore = p.score;
        }
        while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The top element and those of its siblings that Readability appends: a sibling scoring at least a fifth of
     * the top (10 at least; a shared class name earns a bonus), or a paragraph of prose: 80 chars or more with
     * under a quarter of link text, or a shorter one without links that ends a sentence.
     */
    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        Candidate t = candidates.get(top);
        double topScore = t == null ? 0 : t.score;
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            double bonus = 0;
            if (!top.className().isEmpty() && sibling.className().equals(top.className())) {
                bonus = topScore * 0.2;
            }
            Candidate c = candidates.get(sibling);
            if (c != null && c.score + bonus >= threshold) {
                roots.add(sibling);
            } else if (sibling.normalName().equals("p") && !ElementHints.kindOf(sibling).isPresent()) {
                int length = chars(sibling);
                double density = linkDensity(sibling);
                String text = sibling.text();
                if (length > 80 && density < 0.25
                        || length > 0 && length <= 80 && density == 0 && (text.contains(". ") || text.endsWith("."))) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }
}
