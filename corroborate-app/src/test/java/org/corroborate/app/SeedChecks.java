package org.corroborate.app;

import static org.corroborate.app.SeedAnalysis.boilerplate;
import static org.corroborate.app.SeedAnalysis.list;
import static org.corroborate.app.SeedAnalysis.mentions;
import static org.corroborate.app.SeedAnalysis.norm;
import static org.corroborate.app.SeedAnalysis.quotedBy;
import static org.corroborate.app.SeedAnalysis.quotes;
import static org.corroborate.app.SeedAnalysis.text;
import static org.corroborate.app.SeedAnalysis.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 25 checks of {@code ../shared/seeds/EXPECTED.md}, one per row or claim of its tables, each judged strictly
 * on the contract JSON: a check passes only when everything it names is right.
 */
final class SeedChecks {

    static final String HEWITT = "Jennifer Love Hewitt";

    private SeedChecks() {
    }

    static List<SeedCheck> all() {
        return List.of(
                new SeedCheck("outlets: 000 is KISS FM 96.9, 002 unknown (or FandomWire)", s ->
                        s.a000.get("outlet").asText("").equals("KISS FM 96.9")
                                && (s.a002.get("outlet").isNull() || s.a002.get("outlet").asText().equals("FandomWire"))),
                new SeedCheck("titles: 000 none, 002 the quoted headline", s ->
                        s.a000.get("title").isNull()
                                && s.a002.get("title").asText("").startsWith("“He was really crying because she had passed”")
                                && s.a002.get("title").asText("").endsWith("While Shooting Hero")),
                new SeedCheck("bylines: 000 none, 002 Hashim Asraff", s ->
                        s.a000.get("byline").isNull() && s.a002.get("byline").asText("").equals("Hashim Asraff")),
                new SeedCheck("000 boilerplate: READ MORE line, the gallery block, More From, and nothing of the body", s ->
                        boilerplate(s.a000, "READ MORE: Enrique Iglesias Confirms") && boilerplate(s.a000, "Celebrities You Forgot")
                                && boilerplate(s.a000, "From supermodels to reality TV") && boilerplate(s.a000, "Gallery Credit: Jessica Norton")
                                && boilerplate(s.a000, "More From KISS FM 96.9") && !boilerplate(s.a000, "the pilot of the ill-fated plane")
                                && !boilerplate(s.a000, "Members of Aaliyah's team")),
                new SeedCheck("002 boilerplate: tag line, credits, Show More, Featured Video, the author block, and nothing of the body", s ->
                        boilerplate(s.a002, "enrique iglesias, aaliyah") && boilerplate(s.a002, "Credits: Wikimedia Commons/Kapeksas")
                                && boilerplate(s.a002, "Show More") && boilerplate(s.a002, "Featured Video")
                                && boilerplate(s.a002, "Written by Hashim Asraff") && boilerplate(s.a002, "Articles Published: 1508")
                                && boilerplate(s.a002, "exploring the darkest corners of the internet")
                                && !boilerplate(s.a002, "The presale of the tickets") && !boilerplate(s.a002, "So we all did a big prayer")),
                new SeedCheck("002 captions: the three captions, each once", s -> {
                    List<String> captions = list(s.a002.get("captions")).stream().map(c -> text(s.a002, c)).toList();
                    return captions.size() == 3 && Set.copyOf(captions).equals(Set.of(
                            "Enrique Iglesias and Jennifer Love Hewitt in Hero | Interscope Records",
                            "Aaliyah in We Need a Resolution | Blackground Records",
                            "Enrique Iglesias in Hero | Interscope Records"));
                }),
                new SeedCheck("Q1 in 000 (\"the actress revealed\") by Jennifer Love Hewitt", s ->
                        quotedBy(s.a000, "The craziest thing about that video shoot", HEWITT)),
                new SeedCheck("Q2 in 000 (\"Hewitt continued\") by Jennifer Love Hewitt", s ->
                        quotedBy(s.a000, "Enrique had to film all of his crying stuff", HEWITT)),
                new SeedCheck("Q3 in 000 (\"she shared\") by Jennifer Love Hewitt", s ->
                        quotedBy(s.a000, "We all did a big prayer for her", HEWITT)),
                new SeedCheck("Q4 in 000 (\"the music mogul said\") by Damon Dash", s ->
                        quotedBy(s.a000, "She was a good person", "Damon Dash")),
                new SeedCheck("002 block quote after \"Hewitt told Entertainment Tonight:\", both paragraphs, by Hewitt to ET", s ->
                        quotes(s.a002, "The craziest thing about that video shoot").stream().anyMatch(q -> isBlockBy(q, HEWITT))
                                && quotes(s.a002, "So we all did a big prayer").stream().anyMatch(q -> isBlockBy(q, HEWITT))),
                new SeedCheck("002 headline fragment quoted, by Hewitt", s ->
                        quotes(s.a002, "He was really crying because she had passed").stream()
                                .anyMatch(q -> q.get("start").asInt() < 5 && SeedAnalysis.speakerName(q).filter(HEWITT::equals).isPresent())),
                new SeedCheck("no title of a work taken for a quotation", s -> {
                    Set<String> titles = Set.of("hero", "rock the boat", "we need a resolution");
                    return list(s.a000.get("quotes")).stream().noneMatch(q -> titles.contains(norm(q.get("text").asText())))
                            && list(s.a002.get("quotes")).stream().noneMatch(q -> titles.contains(norm(q.get("text").asText())));
                }),
                new SeedCheck("000 reported speech: Dash via People; Aaliyah at the 1999 party per Complex", s ->
                        quotes(s.a000, "fear of flying").stream().anyMatch(q -> SeedAnalysis.speakerName(q).filter("Damon Dash"::equals).isPresent()
                                && q.get("via").asText("").equals("People"))
                                && quotes(s.a000, "pictured at his album release party").stream()
                                .anyMatch(q -> SeedAnalysis.speakerName(q).filter("Complex"::equals).isPresent())),
                new SeedCheck("002 reported speech (\"Hewitt shared that\", \"The Ghost Whisperer actress shared that\", \"She remembered that\") by Hewitt", s ->
                        quotedBy(s.a002, "the Tonight singer was mourning", HEWITT)
                                && quotedBy(s.a002, "Iglesias was actually crying", HEWITT)
                                && quotedBy(s.a002, "the whole ordeal", HEWITT)),
                new SeedCheck("Enrique Iglesias is \"the Tonight singer\", \"the Heartbeat singer\", \"The Ring My Bells singer\"", s ->
                        mentions(s.a002, "Enrique Iglesias", "the Tonight singer") && mentions(s.a002, "Enrique Iglesias", "the Heartbeat singer")
                                && mentions(s.a002, "Enrique Iglesias", "The Ring My Bells singer")),
                new SeedCheck("Jennifer Love Hewitt is \"the actress\", \"The Ghost Whisperer actress\", \"The Criminal Minds actress\"", s ->
                        mentions(s.a000, HEWITT, "the actress") && mentions(s.a002, HEWITT, "The Ghost Whisperer actress")
                                && mentions(s.a002, HEWITT, "The Criminal Minds actress")),
                new SeedCheck("Aaliyah is \"the innovative R&B star\", \"The R&B star\", \"the late Princess of R&B\"", s ->
                        mentions(s.a000, "Aaliyah", "the innovative R&B star") && mentions(s.a002, "Aaliyah", "The R&B star")
                                && mentions(s.a002, "Aaliyah", "the late Princess of R&B")),
                new SeedCheck("Damon Dash is \"the music mogul\"", s -> mentions(s.a000, "Damon Dash", "the music mogul")),
                new SeedCheck("dates: \"August 25, 2001\" is 2001-08-25, \"Aug. 2001\" is 2001-08; no date in \"Tonight\" or \"1508\"", s ->
                        time(s.a002, "August 25, 2001", "2001-08-25") && time(s.a000, "Aug. 2001", "2001-08")
                                && list(s.a000.get("times")).stream().noneMatch(SeedChecks::isFalseDate)
                                && list(s.a002.get("times")).stream().noneMatch(SeedChecks::isFalseDate)),
                new SeedCheck("one story holds both seeds", s -> s.sharedStory().isPresent()),
                new SeedCheck("Q1 shown once with both outlets' wordings and the difference \"know if\" / \"think\"", s ->
                        s.sharedStory().stream().flatMap(st -> list(st.get("quotes")).stream()).anyMatch(g -> {
                            Set<String> articles = list(g.get("variants")).stream()
                                    .filter(v -> norm(v.get("text").asText()).contains("the craziest thing"))
                                    .map(v -> v.get("article").asText()).collect(Collectors.toSet());
                            boolean differs = list(g.get("differences")).stream().flatMap(d -> list(d.get("edits")).stream())
                                    .anyMatch(e -> Set.of(norm(e.get("removed").asText()), norm(e.get("added").asText()))
                                            .equals(Set.of("know if", "think")));
                            return articles.size() == 2 && differs;
                        })),
                new SeedCheck("Aaliyah's death date: the outlets agree, 002 (2001-08-25) more specific than 000 (2001-08)", s ->
                        s.facts("Aaliyah", "death", "date").stream().anyMatch(f ->
                                f.get("verdict").asText().equals("more-specific") && f.get("value").asText().equals("2001-08-25")
                                        && hasSource(f, s.a002, "more-specific") && hasSource(f, s.a000, "less-specific"))),
                new SeedCheck("Aaliyah died in a plane crash and in the Bahamas: both agreed by both outlets", s ->
                        s.facts("Aaliyah", "cause").stream().anyMatch(f -> f.get("verdict").asText().equals("agreed")
                                && hasSource(f, s.a000, "states") && hasSource(f, s.a002, "states"))
                                && s.facts("Aaliyah", "place").stream().anyMatch(f -> f.get("verdict").asText().equals("agreed")
                                && hasSource(f, s.a000, "states") && hasSource(f, s.a002, "states"))),
                new SeedCheck("\"close friends\" backed by both outlets but one independent source (Hewitt's ET interview)", s ->
                        s.facts("friend").stream().anyMatch(f -> f.get("independentSources").asInt() == 1
                                && hasSource(f, s.a000, null) && hasSource(f, s.a002, null))));
    }

    private static boolean isBlockBy(JsonNode quote, String speaker) {
        return quote.get("kind").asText().equals("block") && SeedAnalysis.speakerName(quote).filter(speaker::equals).isPresent()
                && quote.get("medium").asText("").contains("Entertainment Tonight");
    }

    private static boolean isFalseDate(JsonNode time) {
        String t = time.get("text").asText();
        return t.equals("Tonight") || t.contains("1508");
    }

    /** True when {@code fact} has a source in {@code article} with {@code stance} (any stance when null). */
    private static boolean hasSource(JsonNode fact, JsonNode article, String stance) {
        String id = article.get("id").asText();
        return list(fact.get("sources")).stream().anyMatch(src -> src.get("article").asText().equals(id)
                && (stance == null || src.get("stance").asText().equals(stance)));
    }
}
