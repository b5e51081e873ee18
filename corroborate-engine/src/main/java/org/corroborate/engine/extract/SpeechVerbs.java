package org.corroborate.engine.extract;

import java.util.Set;

/** The verbs news uses to report speech, by lemma. */
final class SpeechVerbs {

    static final Set<String> LEMMAS = Set.of(
            "say", "tell", "add", "continue", "reveal", "share", "explain", "note", "write", "recall", "remember",
            "state", "announce", "claim", "insist", "argue", "admit", "acknowledge", "confirm", "deny", "declare",
            "ask", "answer", "reply", "respond", "remark", "comment", "observe", "suggest", "warn", "urge",
            "tweet", "post", "joke", "quip", "exclaim", "gush", "recount", "describe", "conclude", "emphasize",
            "stress", "predict", "promise", "concede", "complain", "boast", "vow", "maintain", "assert",
            "allege", "report", "testify", "whisper", "shout", "scream", "cry", "sob", "laugh", "muse", "caption",
            "detail", "disclose", "divulge", "echo", "elaborate", "reiterate", "mention");

    private SpeechVerbs() {
    }

    static boolean isSpeech(String lemma) {
        return LEMMAS.contains(lemma);
    }
}
