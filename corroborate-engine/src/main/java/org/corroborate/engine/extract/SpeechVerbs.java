package org.corroborate.engine.extract;

import java.util.Map;
import java.util.Set;

/**
 * The verbs news uses to attribute words and views, by lemma, in three classes.
 *
 * <ul>
 *   <li>{@linkplain #isSpeech Speech}: verbs of saying and writing ("said", "told", "added", "revealed",
 *       "tweeted"), which can introduce a direct quotation, a block quote or reported speech.</li>
 *   <li>{@linkplain #isView Views}: verbs of thinking, wanting and judging ("believes", "wants", "argued",
 *       "warned", "criticized"), which attribute a view or an intention: reported, never a direct quote's cue.</li>
 *   <li>{@linkplain #takesAddressee Addressee first}: speech verbs whose object is whom the words were said to
 *       ("told Entertainment Tonight that …", "assured Jones"), so the reported words come after it.</li>
 * </ul>
 * The lists follow the cues annotated in PolNeAR (Newell et al., LREC 2018) and PARC (Pareti, 2016), most
 * frequent first within each line. Thread-safe: constant.
 */
final class SpeechVerbs {

    private static final Set<String> SPEECH = Set.of(
            "say", "tell", "add", "continue", "write", "ask", "reveal", "share", "explain", "note", "recall",
            "remember", "state", "announce", "claim", "insist", "admit", "acknowledge", "confirm", "deny", "declare",
            "answer", "reply", "respond", "remark", "comment", "observe", "tweet", "post", "joke", "quip", "exclaim",
            "gush", "recount", "conclude", "emphasize", "emphasise", "stress", "predict", "promise", "concede",
            "complain", "boast", "vow", "maintain", "assert", "allege", "report", "testify", "whisper", "shout",
            "scream", "cry", "sob", "laugh", "muse", "caption", "detail", "disclose", "divulge", "echo", "elaborate",
            "reiterate", "mention", "pledge", "assure", "reassure", "inform", "remind", "warn", "urge", "tout",
            "proclaim", "counter", "retort", "interject", "chime", "yell", "chant", "groan", "sigh", "snap", "scoff",
            "mutter", "murmur", "lament", "wonder", "point", "blog", "text", "email", "e-mail", "recollect",
            "summarize", "summarise", "rule", "order", "advise", "plead", "beg", "demand", "contend",
            "opine", "theorize", "speculate", "surmise", "estimate", "guess", "suggest", "argue", "imply",
            "indicate", "signal", "hint", "concur", "agree", "disagree", "object", "protest",
            "crow", "brag", "gripe", "grumble", "rail", "fume", "snipe", "quote", "cite", "read", "propose", "exhort",
            "lecture", "preach", "relay", "recite", "intone", "bellow", "holler", "thunder", "react");

    private static final Set<String> VIEW = Set.of(
            "think", "believe", "want", "hope", "fear", "expect", "feel", "worry", "know", "see", "consider",
            "doubt", "suspect", "wish", "prefer", "plan", "intend", "seek", "decide", "assume", "imagine",
            "understand", "realize", "realise", "learn", "find", "show", "conclude", "view", "regard", "accuse",
            "criticize", "criticise", "blame", "praise", "defend", "support", "oppose", "endorse", "reject",
            "dismiss", "question", "challenge", "call", "describe", "label", "dub", "brand", "characterize",
            "characterise", "portray", "deride", "denounce", "condemn", "attack", "blast", "slam", "mock",
            "welcome", "applaud", "thank", "credit", "back", "favor", "favour", "recommend", "refuse", "decline",
            "threaten", "insinuate", "charge", "acknowledge", "accept", "recognize", "recognise",
            "emphasize", "highlight", "dispute", "contest", "refute", "rebut", "decry", "lambaste", "berate",
            "scold", "chide", "rebuke", "fault", "hail", "laud", "commend", "celebrate", "argue", "suggest",
            "speculate", "anticipate", "forecast", "project", "estimate", "calculate", "determine", "judge",
            "figure", "reckon", "gather", "presume", "trust", "bet", "sense", "perceive", "notice", "discover",
            "confess", "pray", "dream", "resolve", "vote", "push", "press", "lobby", "campaign", "caution", "contend",
            "refer", "admire", "implore",
            "beam", "tease", "needle", "taunt", "ridicule", "lampoon", "scorn", "spurn", "shun", "disavow",
            "repudiate", "renounce", "distance", "lament", "bemoan", "regret", "apologize", "apologise", "vow");

    private static final Set<String> ADDRESSEE_FIRST = Set.of(
            "tell", "assure", "reassure", "inform", "remind", "warn", "ask", "advise", "urge", "promise", "email",
            "e-mail", "text", "beg", "order", "caution");

    /** Verbs of manner that cue speech only beside a quotation: "“…,” she laughed", not "Threlkeld laughed". */
    private static final Set<String> QUOTE_ONLY = Set.of("continue", "laugh", "sigh", "sob", "cry", "groan", "scream",
            "shout", "whisper", "yell", "mutter", "murmur", "chant", "joke", "quip", "exclaim", "gush", "snap",
            "scoff", "bellow", "holler", "thunder", "intone", "crow", "beam", "chime", "interject", "muse");

    /**
     * Verbs whose topic, after a preposition, is what PolNeAR annotates as the content: "talked about the storm",
     * "pointed to the cracks", "voted against the plan", "railed against Wall Street".
     */
    private static final Map<String, Set<String>> TOPICS = Map.ofEntries(
            Map.entry("talk", Set.of("about", "of")), Map.entry("speak", Set.of("about", "of")),
            Map.entry("refer", Set.of("to")), Map.entry("point", Set.of("to")), Map.entry("focus", Set.of("on")),
            Map.entry("comment", Set.of("on")), Map.entry("vote", Set.of("for", "against")),
            Map.entry("agree", Set.of("to", "with")), Map.entry("rail", Set.of("against")),
            Map.entry("lash", Set.of("at")), Map.entry("push", Set.of("for")), Map.entry("advocate", Set.of("for")),
            Map.entry("argue", Set.of("for", "against")), Map.entry("campaign", Set.of("for", "against", "on")),
            Map.entry("complain", Set.of("about", "of")), Map.entry("worry", Set.of("about")),
            Map.entry("joke", Set.of("about")), Map.entry("boast", Set.of("about", "of")),
            Map.entry("brag", Set.of("about")), Map.entry("warn", Set.of("of", "about", "against")),
            Map.entry("ask", Set.of("about", "for")), Map.entry("hint", Set.of("at")), Map.entry("allude", Set.of("to")),
            Map.entry("side", Set.of("with")), Map.entry("object", Set.of("to")), Map.entry("testify", Set.of("about")),
            Map.entry("write", Set.of("about", "of")), Map.entry("respond", Set.of("to")), Map.entry("react", Set.of("to")),
            Map.entry("reply", Set.of("to")), Map.entry("apologize", Set.of("for")), Map.entry("apologise", Set.of("for")),
            Map.entry("care", Set.of("about")), Map.entry("tweet", Set.of("about")), Map.entry("call", Set.of("for", "on")));

    private SpeechVerbs() {
    }

    /** A verb whose topic after {@code preposition} is the content ("talked about", "voted against"). */
    static boolean takesTopic(String lemma, String preposition) {
        Set<String> p = TOPICS.get(lemma);
        return p != null && p.contains(preposition);
    }

    /** A verb of saying or writing: it can be a direct quotation's cue. */
    static boolean isSpeech(String lemma) {
        return SPEECH.contains(lemma);
    }

    /** A verb of speaking that is a cue only next to quoted words. */
    static boolean isQuoteOnly(String lemma) {
        return QUOTE_ONLY.contains(lemma);
    }

    /** A verb that attributes a view or intention, not words. */
    static boolean isView(String lemma) {
        return VIEW.contains(lemma) && !SPEECH.contains(lemma);
    }

    /** Either kind: the verb attributes what follows it. */
    static boolean attributes(String lemma) {
        return SPEECH.contains(lemma) || VIEW.contains(lemma);
    }

    /** A speech verb whose direct object is whom the words were said to. */
    static boolean takesAddressee(String lemma) {
        return ADDRESSEE_FIRST.contains(lemma);
    }
}
