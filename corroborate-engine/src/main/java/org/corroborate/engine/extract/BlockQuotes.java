package org.corroborate.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.engine.Chars;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Cue;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Speaker;
import org.corroborate.model.Token;

/**
 * Block quotes: paragraphs of a speaker's words set off without quotation marks after a paragraph that ends
 * with a speech verb and a colon ("Hewitt told Entertainment Tonight:"). The first paragraph after the colon is
 * the speaker's; later ones too while they speak in the first person (or are marked up as block quotes), and
 * until a heading, a quoted paragraph or a paragraph that speaks of the speaker in the third person. A paragraph
 * after the colon that opens with a quotation mark is a direct quotation instead, and the extractor gives it
 * this cue ({@link #intro}). Built per article; not thread-safe.
 */
final class BlockQuotes {

    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
            "ourselves", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "we're", "we’re", "we've", "we’ve",
            "we'll", "we’ll", "we'd", "we’d");

    /** Nouns that name what someone said or wrote. */
    private static final Set<String> WORDS = Set.of("statement", "statements", "comment", "comments", "remarks", "message",
            "tweet", "tweets", "post", "words", "note", "letter", "following", "response", "reply", "answer", "explanation");

    /** The cue of an introducing paragraph: who speaks, the verb, to whom. */
    record Intro(Optional<Speaker> speaker, Cue cue, Optional<String> medium, int reach) {
    }

    private final AnnotatedArticle article;
    private final String text;
    private final List<Token> tokens;
    private final Speakers speakers;
    private final QuoteScan scan;

    BlockQuotes(AnnotatedArticle article, Speakers speakers, QuoteScan scan) {
        this.article = article;
        this.text = article.article().text();
        this.tokens = article.tokens();
        this.speakers = speakers;
        this.scan = scan;
    }

    /** The cue of body block {@code b} when it ends with a speech verb and a colon. */
    Optional<Intro> intro(int b) {
        Block block = article.article().blocks().get(b);
        if (!block.kind().isBody() || !block.span().of(text).stripTrailing().endsWith(":")) {
            return Optional.empty();
        }
        Optional<Sentence> last = article.sentenceAt(lastNonSpace(block.span()));
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Sentence s = last.get();
        for (int k = s.endToken() - 1; k >= s.firstToken(); k--) {
            Token t = tokens.get(k);
            if (t.pos().startsWith("VB") && SpeechVerbs.isSpeech(t.lemma())) {
                Optional<Speaker> speaker = CuePhrases.before(tokens, k, s.firstToken()).map(speakers::of);
                return Optional.of(new Intro(speaker, new Cue(t.span(), t.text()), Media.of(article, speakers, scan, s, k),
                        s.span().end()));
            }
        }
        // "Trump issued the following statement:", "Sanders made this comment:": a verb whose object names words.
        for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
            Token t = tokens.get(k);
            if (t.pos().startsWith("VB") && namesWords(s, k + 1)) {
                Optional<CuePhrases.Phrase> subject = CuePhrases.before(tokens, k, s.firstToken());
                if (subject.isPresent()) {
                    return Optional.of(new Intro(Optional.of(speakers.of(subject.get())), new Cue(t.span(), t.text()),
                            Optional.empty(), s.span().end()));
                }
            }
        }
        return Optional.empty();
    }

    /** The block quotes after each introducing paragraph, as frames, their paragraphs registered in {@code scan}. */
    List<Frame> find() {
        List<Frame> frames = new ArrayList<>();
        List<Block> blocks = article.article().blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Optional<Intro> intro = intro(b);
            if (intro.isEmpty()) {
                continue;
            }
            int taken = 0;
            for (int n = b + 1; n < blocks.size(); n++) {
                Block next = blocks.get(n);
                if (next.kind().isBoilerplate() || next.kind() == BlockKind.CAPTION) {
                    continue;
                }
                String words = next.span().of(text);
                boolean paragraph = next.kind() == BlockKind.PARAGRAPH || next.kind() == BlockKind.BLOCKQUOTE;
                if (!paragraph || QuotationMarks.startsWithOpeningMark(text, next.span()) || words.strip().endsWith(":")
                        || taken > 0 && next.kind() != BlockKind.BLOCKQUOTE && !isFirstPerson(words)) {
                    break;
                }
                Span span = QuotationMarks.trim(text, next.span());
                Frame f = new Frame(span, intro.get().speaker(), Optional.of(intro.get().cue()), intro.get().medium(), n,
                        span.end(), false);
                f.blockQuote = true;
                frames.add(f);
                scan.addRegion(span);
                taken++;
                b = n;
            }
        }
        return frames;
    }

    /** The object from {@code k} on is a statement, comment or message ("the following statement"). */
    private boolean namesWords(Sentence s, int k) {
        for (int j = k; j < s.endToken() && j < k + 5; j++) {
            String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
            if (WORDS.contains(w)) {
                return true;
            }
            if (!tokens.get(j).pos().equals("DT") && !tokens.get(j).pos().startsWith("JJ") && !tokens.get(j).pos().startsWith("NN")
                    && !tokens.get(j).pos().equals("VBG")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isFirstPerson(String paragraph) {
        for (String word : paragraph.toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
            if (FIRST_PERSON.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private int lastNonSpace(Span span) {
        int e = span.end() - 1;
        while (e > span.start() && (Chars.isSpace(text.charAt(e)) || text.charAt(e) == ':')) {
            e--;
        }
        return e;
    }
}
