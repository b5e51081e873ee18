package org.corroborate.engine.extract;

import java.util.Locale;
import java.util.Set;
import org.corroborate.model.Span;

/**
 * Tells quoted stretches that are names from those that may be speech: titles of works ("Hero", “The Salt
 * Road”, the "Rock the Boat" singer), nicknames (Dwayne “The Rock” Johnson) and words set off as a name
 * for a thing (a group called the “We The People Foundation”). Scare quotes are short quoted words with no
 * cue; the extractor drops those itself, since inside reported speech the same words are the speaker's.
 *
 * <p>The signs, any of which suffices: the quote stands between two capitalised words (a nickname); a noun
 * follows it with no punctuation inside the closing mark (a title used as a modifier: "the 'Rock the Boat'
 * singer"); a word naming a kind of work, or "titled", "dubbed", "named", comes right before it; or its words
 * are in title case without a first- or second-person pronoun. Title case and capitalised neighbours are no
 * sign in a headline, where every word is capitalised. Thread-safe: static.
 */
final class NonSpeech {

    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and",
            "or", "but", "nor", "with", "from", "by", "as", "vs", "vs.", "into", "onto", "per", "via", "up", "out", "off",
            "over", "is", "be", "n", "’n’", "'n'", "de", "la", "le", "del", "von", "van", "&");
    private static final Set<String> PERSONAL = Set.of("i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll",
            "me", "my", "we", "we're", "we’re", "we've", "we’ve", "us", "our", "you", "you're", "you’re", "your");
    private static final Set<String> WORK_WORDS = Set.of("song", "songs", "album", "albums", "film", "films", "movie",
            "movies", "book", "books", "show", "shows", "series", "single", "singles", "hit", "hits", "episode",
            "episodes", "novel", "novels", "play", "plays", "memoir", "documentary", "video", "track", "tracks", "poem",
            "painting", "musical", "opera", "titled", "entitled", "dubbed", "named", "nicknamed", "slogan", "hashtag",
            "program", "programme", "podcast", "column", "essay", "report", "ad", "advert", "advertisement", "sitcom",
            "drama", "comedy", "thriller", "record", "mixtape", "ep", "anthem", "headline", "magazine",
            "newspaper", "website", "blog", "campaign", "initiative", "act", "bill", "operation", "term", "phrase",
            "word", "label", "moniker", "nickname", "brand", "group", "organization", "foundation", "party",
            "movement", "project", "tour", "game", "app", "company", "firm", "award", "prize");

    private NonSpeech() {
    }

    /** Whether the quoted stretch is a name (title, nickname) rather than possibly someone's words. */
    static boolean isName(String text, QuotationMarks.Quoted q, boolean inHeadline) {
        String content = q.content().of(text);
        String[] words = content.strip().split("\\s+");
        if (words.length > 12) {
            return false;
        }
        String before = wordBefore(text, q.outer().start());
        String after = wordAfter(text, q.outer().end());
        boolean punctuated = endsWithPunctuation(text, q);
        if (!inHeadline && words.length <= 4 && isCapitalised(before) && isCapitalised(after) && !punctuated) {
            return true; // Dwayne “The Rock” Johnson
        }
        if (words.length <= 6 && !punctuated && isLowerNoun(after) && !PERSONAL.contains(after)) {
            return true; // the “Rock the Boat” singer, his emotional "Hero" music video
        }
        if (words.length <= 8 && WORK_WORDS.contains(before.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return !inHeadline && words.length <= 10 && isTitleCase(words) && !hasPersonal(words)
                && (words.length >= 2 || !punctuated) && !hasInnerStop(content);
    }

    /** "Like Oakland. Or Ferguson": two sentences, which a title hardly is. */
    private static boolean hasInnerStop(String content) {
        String c = content.strip();
        for (int i = 0; i + 1 < c.length() - 1; i++) {
            if ((c.charAt(i) == '.' || c.charAt(i) == '?' || c.charAt(i) == '!') && c.charAt(i + 1) == ' '
                    && Character.isUpperCase(c.charAt(Math.min(c.length() - 1, i + 2))) && i > 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitleCase(String[] words) {
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            String w = strip(words[i]);
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                any = true;
            } else if (i == 0 || !MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return any;
    }

    private static boolean hasPersonal(String[] words) {
        for (String w : words) {
            if (PERSONAL.contains(strip(w).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** American style keeps a comma or full stop inside the closing mark: speech ends so, a title rarely. */
    private static boolean endsWithPunctuation(String text, QuotationMarks.Quoted q) {
        int e = q.outer().end() - 1;
        while (e > q.outer().start() && isMark(text.charAt(e))) {
            e--;
        }
        return e > q.outer().start() && ",.!?:;…".indexOf(text.charAt(e)) >= 0;
    }

    private static boolean isMark(char c) {
        return "\"“”'‘’`„«»".indexOf(c) >= 0;
    }

    private static String wordBefore(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
            s--;
        }
        return text.substring(s, e);
    }

    private static String wordAfter(String text, int at) {
        int s = at;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) {
            e++;
        }
        return text.substring(s, e);
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** A lower-case word that reads as a noun after a title: not a function word or a verb ending. */
    private static boolean isLowerNoun(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return !MINOR_WORDS.contains(w) && !FOLLOWERS.contains(w) && !w.endsWith("ed") && !w.endsWith("ly")
                && !w.endsWith("ing") && !(w.endsWith("s") && !w.endsWith("ss") && VERBISH.contains(w));
    }

    /** Words that follow speech or a name without making it a modifier. */
    private static final Set<String> FOLLOWERS = Set.of("and", "or", "but", "that", "which", "who", "when", "where",
            "while", "because", "if", "than", "then", "so", "said", "says", "say", "told", "tells", "asked", "wrote",
            "added", "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "was", "were", "is",
            "are", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "do",
            "does", "did", "not", "also", "only", "just", "even", "still", "again", "there", "here", "this", "these",
            "those", "about", "after", "before", "since", "until", "into", "like", "as", "all", "both",
            "each", "every", "some", "many", "much", "more", "most", "no", "yes", "according", "per", "on", "in",
            "at", "for", "with", "from", "by", "of", "to", "a", "an", "the", "one", "two", "three", "now",
            "later", "earlier", "ago", "yet", "too", "very", "being", "been", "be", "rather", "instead", "whether");
    private static final Set<String> VERBISH = Set.of("says", "tells", "adds", "writes", "notes", "means", "goes",
            "comes", "makes", "takes", "gets", "gives", "seems", "remains", "becomes", "shows", "calls", "asks");

    private static String strip(String w) {
        int s = 0;
        int e = w.length();
        while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1))) {
            e--;
        }
        return w.substring(s, e);
    }

    /** The span's words, for callers that count them. */
    static int words(String text, Span span) {
        String s = span.of(text).strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
