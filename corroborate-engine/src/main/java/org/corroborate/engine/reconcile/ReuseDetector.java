package org.corroborate.engine.reconcile;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Published;
import org.corroborate.model.Quote;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.TextReuse;

/**
 * Finds passages one article of a story took from another, verbatim or lightly rewritten.
 *
 * <p>Two sentences of different articles match when their words line up in order (a longest common
 * subsequence of words) for at least {@value #MIN_SIMILARITY} of their length, and at least
 * {@value #MIN_FRAME_WORDS} of the aligned words stand outside quotation marks: outlets quoting the same speaker
 * share the quotation, not the sentence around it. The alignment survives a changed word ("fire" for "blaze"),
 * a respelling ("neighbouring", "neighboring"), a cut or an added clause. Each sentence is matched to the one it
 * matches best in any earlier article; runs of matched sentences that follow each other in both articles (one
 * unmatched sentence between them allowed) make one passage. A passage is reported when it holds two sentences
 * or more, or one of at least {@value #LONE_WORDS} words matching at {@value #LONE_SIMILARITY} or more: a lone
 * short sentence worded alike is what independent reports of one fact look like.
 *
 * <p>Sentences of titles and headings are left out: headlines are short and written alike by outlets that did
 * not copy each other. Candidate pairs come from an index of word trigrams, so sentences that share none are
 * never compared, and a trigram found in more sentences than {@value #COMMON_TRIGRAM} and than twice the articles
 * is not used to find any;
 * the cost is linear in the story's words plus the pairs that share {@value #MIN_SHARED_TRIGRAMS} trigrams.
 *
 * <p>The origin is the article published first, by publication time when both have one, else by date when the
 * dates differ; otherwise the one that joined the story first, and the reuse is marked undirected. Thread-safe:
 * holds no state.
 */
final class ReuseDetector {

    static final double MIN_SIMILARITY = 0.6;
    static final int MIN_FRAME_WORDS = 6;
    static final int MIN_WORDS = 8;
    static final int LONE_WORDS = 20;
    /** Word trigrams two sentences must share before they are aligned: one shared phrase is no copy. */
    static final int MIN_SHARED_TRIGRAMS = 2;
    /**
     * A trigram in more sentences than this, or than twice the story's articles, finds no candidates: a phrase
     * every article uses again and again ("said on Tuesday") would find them all, while a wire story's phrase
     * copied by every outlet is once in each.
     */
    static final int COMMON_TRIGRAM = 64;
    static final double LONE_SIMILARITY = 0.9;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    /** One body sentence: its words (lower case), and which of them lie inside a quotation. */
    private record Unit(int article, int index, Span span, List<String> words, List<Boolean> quoted) {
    }

    /** Two matched sentences and how many of their words aligned. */
    private record Pair(Unit earlier, Unit later, int aligned) {
    }

    List<TextReuse> detect(List<ArticleFacts> articles) {
        List<List<Unit>> units = new ArrayList<>();
        Map<String, List<Unit>> index = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            List<Unit> own = units(articles.get(a), a);
            units.add(own);
            for (Unit u : own) {
                for (String t : trigrams(u.words())) {
                    index.computeIfAbsent(t, k -> new ArrayList<>()).add(u);
                }
            }
        }
        // Each sentence's best match in an earlier article: a sentence copied from one outlet that another outlet
        // also worded alike is reuse of the one it matches best, not of both.
        int common = Math.max(COMMON_TRIGRAM, 2 * articles.size());
        Map<Unit, Pair> best = new HashMap<>();
        for (List<Unit> own : units) {
            for (Unit u : own) {
                Map<Unit, Integer> shared = new LinkedHashMap<>();
                for (String t : trigrams(u.words())) {
                    List<Unit> posting = index.get(t);
                    if (posting.size() > common) {
                        continue;
                    }
                    for (Unit other : posting) {
                        if (other.article() > u.article()) {
                            shared.merge(other, 1, Integer::sum);
                        }
                    }
                }
                for (Map.Entry<Unit, Integer> e : shared.entrySet()) {
                    Unit other = e.getKey();
                    if (e.getValue() < MIN_SHARED_TRIGRAMS
                            || articles.get(other.article()).article().id().equals(articles.get(u.article()).article().id())) {
                        continue;
                    }
                    boolean uFirst = compare(articles, u.article(), other.article()) <= 0;
                    Unit earlier = uFirst ? u : other;
                    Unit later = uFirst ? other : u;
                    int aligned = aligned(earlier, later);
                    if (aligned < 0) {
                        continue;
                    }
                    Pair previous = best.get(later);
                    if (previous == null || similarity(aligned, earlier, later) > similarity(previous)) {
                        best.put(later, new Pair(earlier, later, aligned));
                    }
                }
            }
        }
        Map<Long, List<Pair>> byArticles = new TreeMap<>();
        for (Pair p : best.values()) {
            byArticles.computeIfAbsent((long) p.earlier().article() << 32 | p.later().article(), k -> new ArrayList<>()).add(p);
        }
        List<TextReuse> found = new ArrayList<>();
        for (List<Pair> pairs : byArticles.values()) {
            pairs.sort((x, y) -> Integer.compare(x.later().index(), y.later().index()));
            found.addAll(passages(articles, oneToOne(pairs)));
        }
        return found;
    }

    /** The sentence pairs with no earlier sentence used twice: the better of two claims on one keeps it. */
    private static List<Pair> oneToOne(List<Pair> pairs) {
        Map<Unit, Pair> byEarlier = new HashMap<>();
        for (Pair p : pairs) {
            Pair held = byEarlier.get(p.earlier());
            if (held == null || similarity(p) > similarity(held)) {
                byEarlier.put(p.earlier(), p);
            }
        }
        List<Pair> kept = new ArrayList<>();
        for (Pair p : pairs) {
            if (byEarlier.get(p.earlier()) == p) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** Runs of pairs that follow each other in both articles, each as one reuse. */
    private static List<TextReuse> passages(List<ArticleFacts> articles, List<Pair> pairs) {
        List<TextReuse> out = new ArrayList<>();
        int i = 0;
        while (i < pairs.size()) {
            int j = i + 1;
            while (j < pairs.size() && follows(pairs.get(j - 1), pairs.get(j))) {
                j++;
            }
            List<Pair> run = pairs.subList(i, j);
            i = j;
            if (run.size() == 1 && !isLongCopy(run.get(0))) {
                continue;
            }
            Unit firstEarlier = run.get(0).earlier();
            Unit lastEarlier = run.get(run.size() - 1).earlier();
            Unit firstLater = run.get(0).later();
            Unit lastLater = run.get(run.size() - 1).later();
            int aligned = 0;
            int words = 0;
            for (Pair p : run) {
                aligned += p.aligned();
                words += p.earlier().words().size() + p.later().words().size();
            }
            int e = firstEarlier.article();
            int l = firstLater.article();
            out.add(new TextReuse(
                    articles.get(e).article().id(), new Span(firstEarlier.span().start(), lastEarlier.span().end()),
                    articles.get(l).article().id(), new Span(firstLater.span().start(), lastLater.span().end()),
                    Math.min(1.0, 2.0 * aligned / words), isDated(articles.get(e).article(), articles.get(l).article())));
        }
        return out;
    }

    /**
     * True for a lone sentence long and close enough to be a copy by itself. Outlets reporting the same facts
     * write short sentences alike ("The fire marshal's office is investigating the cause"); a passage of two or
     * more matching sentences in a row, or one long sentence nearly word for word, they do not.
     */
    private static boolean isLongCopy(Pair p) {
        return Math.min(p.earlier().words().size(), p.later().words().size()) >= LONE_WORDS && similarity(p) >= LONE_SIMILARITY;
    }

    private static boolean follows(Pair a, Pair b) {
        int earlierStep = b.earlier().index() - a.earlier().index();
        int laterStep = b.later().index() - a.later().index();
        return earlierStep >= 1 && earlierStep <= 2 && laterStep >= 1 && laterStep <= 2;
    }

    /**
     * The number of words of the two sentences that line up in order, or -1 when they do not match: too
     * few aligned for their length, or too few of them outside quotations.
     */
    private static int aligned(Unit a, Unit b) {
        List<String> x = a.words();
        List<String> y = b.words();
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int aligned = lcs[0][0];
        if (similarity(aligned, a, b) < MIN_SIMILARITY) {
            return -1;
        }
        // Walk one alignment and count the aligned words quoted in neither sentence.
        int frame = 0;
        int i = 0;
        int j = 0;
        while (i < x.size() && j < y.size()) {
            if (x.get(i).equals(y.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                if (!a.quoted().get(i) && !b.quoted().get(j)) {
                    frame++;
                }
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return frame >= MIN_FRAME_WORDS ? aligned : -1;
    }

    private static double similarity(int aligned, Unit a, Unit b) {
        return 2.0 * aligned / (a.words().size() + b.words().size());
    }

    private static double similarity(Pair p) {
        return similarity(p.aligned(), p.earlier(), p.later());
    }

    private static List<Unit> units(ArticleFacts facts, int article) {
        Article a = facts.article();
        String text = a.text();
        List<Span> quoted = new ArrayList<>();
        for (Quote q : facts.quotes()) {
            quoted.addAll(q.parts()); // the speaker's own words: a split quote's cue and a mixed quote's clause are the article's
        }
        List<Unit> out = new ArrayList<>();
        List<Sentence> sentences = facts.annotated().sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            BlockKind kind = a.blocks().get(sentence.block()).kind();
            if (kind == BlockKind.TITLE || kind == BlockKind.HEADING) {
                continue;
            }
            List<String> words = new ArrayList<>();
            List<Boolean> inQuote = new ArrayList<>();
            Matcher m = WORD.matcher(text).region(sentence.span().start(), sentence.span().end());
            while (m.find()) {
                words.add(m.group().toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
                int at = m.start();
                inQuote.add(quoted.stream().anyMatch(q -> q.start() <= at && at < q.end()));
            }
            if (words.size() < MIN_WORDS) {
                continue;
            }
            out.add(new Unit(article, s, sentence.span(), List.copyOf(words), List.copyOf(inQuote)));
        }
        return out;
    }

    private static List<String> trigrams(List<String> words) {
        List<String> out = new ArrayList<>(Math.max(0, words.size() - 2));
        for (int i = 0; i + 3 <= words.size(); i++) {
            out.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        return out;
    }

    /** Negative when article {@code x} came out before {@code y}; ties go to the order they joined the story. */
    private static int compare(List<ArticleFacts> articles, int x, int y) {
        Optional<Published> px = articles.get(x).article().metadata().published();
        Optional<Published> py = articles.get(y).article().metadata().published();
        if (px.isPresent() && py.isPresent()) {
            Optional<OffsetDateTime> mx = px.get().moment();
            Optional<OffsetDateTime> my = py.get().moment();
            if (mx.isPresent() && my.isPresent() && !mx.get().isEqual(my.get())) {
                return mx.get().compareTo(my.get());
            }
            if (!px.get().date().equals(py.get().date())) {
                return px.get().date().compareTo(py.get().date());
            }
        }
        return Integer.compare(x, y);
    }

    private static boolean isDated(Article earlier, Article later) {
        Optional<Published> pe = earlier.metadata().published();
        Optional<Published> pl = later.metadata().published();
        if (pe.isEmpty() || pl.isEmpty()) {
            return false;
        }
        if (pe.get().moment().isPresent() && pl.get().moment().isPresent()) {
            return pe.get().moment().get().isBefore(pl.get().moment().get());
        }
        return pe.get().date().isBefore(pl.get().date());
    }
}
