package org.corroborate.engine.annotate.time;

import java.util.regex.Pattern;
import org.corroborate.engine.Chars;
import org.corroborate.model.Span;

/**
 * Questions the guards and resolvers ask about the text around a match: the word before or after it, whether
 * it opens a sentence, where its sentence begins and ends. Plain character scans, so they cost nothing next to
 * the patterns. Holds no state.
 */
final class Surroundings {

    private Surroundings() {
    }

    /**
     * Abbreviations whose dot does not end a sentence ("Oct. 23", "Mr. Smith", "U.S. officials", "Calif.
     * officials"): titles, month and weekday abbreviations, US state abbreviations as wire style writes them,
     * initials. A short name ("Iraq.", "May.") ends its sentence like any word.
     */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "[A-Z]|(?:[A-Z]\\.)+[A-Z]|[ap]\\.m|Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Maj|Adm|Rev|Prof"
                    + "|No|Nos|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs"
                    + "|Fri|Sat|Sun|Ave|Blvd|Dept|Univ|Assn|Mt|Ft|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan"
                    + "|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo");

    /**
     * The sentence around {@code [start, end)}, inside {@code region}: from after the last sentence end before
     * it to the next sentence end after it. A sentence ends at ".", "!" or "?" before white space and a
     * capital or quotation mark, unless the dot closes an abbreviation, and at a blank line.
     */
    static Span sentence(String text, Span region, int start, int end) {
        int from = region.start();
        for (int i = start - 1; i > region.start(); i--) {
            if (endsSentenceAt(text, i, region.end())) {
                from = i + 1;
                break;
            }
        }
        int to = region.end();
        for (int i = end; i < region.end(); i++) {
            if (endsSentenceAt(text, i, region.end())) {
                to = i + 1;
                break;
            }
        }
        return new Span(from, Math.max(from, to));
    }

    private static boolean endsSentenceAt(String text, int i, int limit) {
        char c = text.charAt(i);
        if (c == '\n') {
            return i + 1 < limit && text.charAt(i + 1) == '\n' || i > 0 && text.charAt(i - 1) == '\n';
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int j = i + 1;
        while (j < limit && (text.charAt(j) == '"' || text.charAt(j) == '\'' || text.charAt(j) == '”')) {
            j++;
        }
        if (j >= limit) {
            return true;
        }
        if (!Chars.isSpace(text.charAt(j))) {
            return false;
        }
        while (j < limit && Chars.isSpace(text.charAt(j))) {
            j++;
        }
        if (j < limit && !(Character.isUpperCase(text.charAt(j)) || "\"'`“‘(".indexOf(text.charAt(j)) >= 0)) {
            return false;
        }
        if (c == '.') {
            int w = i;
            while (w > 0 && !Chars.isSpace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
                w--;
            }
            return !ABBREVIATION.matcher(text.subSequence(w, i)).matches();
        }
        return true;
    }

    /** True when nothing but white space, quotation marks or an opening bracket lies between a sentence end and {@code at}. */
    static boolean opensSentence(String text, int regionStart, int at) {
        int i = at - 1;
        while (i >= regionStart && (Chars.isSpace(text.charAt(i)) || "\"'`“‘(".indexOf(text.charAt(i)) >= 0)) {
            if (text.charAt(i) == '\n') {
                return true;
            }
            i--;
        }
        if (i < regionStart) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '_' || c == '-' || c == '—';
    }

    /** The word (letters, digits, "'", "-", ".") just before {@code at}, skipping white space; "" at the start. */
    static String wordBefore(String text, int at) {
        int e = at;
        while (e > 0 && Chars.isSpace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && isWordChar(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e);
    }

    /** The word just after {@code at}, skipping white space; "" at the end. */
    static String wordAfter(String text, int at) {
        int s = at;
        while (s < text.length() && Chars.isSpace(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < text.length() && isWordChar(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    /** The first character that is not white space before {@code at}, or 0 at the start. */
    static char charBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Chars.isSpace(text.charAt(i))) {
            i--;
        }
        return i < 0 ? 0 : text.charAt(i);
    }

    /** The first character that is not white space from {@code at}, or 0 at the end. */
    static char charAfter(String text, int at) {
        int i = at;
        while (i < text.length() && Chars.isSpace(text.charAt(i))) {
            i++;
        }
        return i >= text.length() ? 0 : text.charAt(i);
    }

    static boolean capitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-' || c == '.' || c == '&';
    }
}
