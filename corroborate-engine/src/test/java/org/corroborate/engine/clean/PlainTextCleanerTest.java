package org.corroborate.engine.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Block;
import org.corroborate.model.BlockKind;
import org.corroborate.model.Published;
import org.junit.jupiter.api.Test;

/** The plain-text cleaner on scrapes we wrote, each holding one of the layouts news pages print. */
class PlainTextCleanerTest {

    private final PlainTextCleaner cleaner = new PlainTextCleaner();

    private static String scrape(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static Optional<BlockKind> kindOf(String text, PlainTextCleaner.Result result, String line) {
        int at = text.indexOf(line);
        return result.blocks().stream().filter(b -> b.span().start() == at).map(Block::kind).findFirst();
    }

    @Test
    void theHeadlinesUnderALinkListHeaderAreRelatedLinksUntilABlankLine() {
        String text = scrape(
                "Harbour ferry returns after storm repairs",
                "",
                "The Wexford ferry carried passengers again on Thursday after nine days out of service.",
                "",
                "More in Local News",
                "Council approves new sea wall",
                "Why the tide tables are wrong this year?",
                "",
                "Repairs cost the operator about $40,000, a spokeswoman said.");
        PlainTextCleaner.Result r = cleaner.clean(text);

        assertThat(kindOf(text, r, "More in Local News")).contains(BlockKind.RELATED);
        assertThat(kindOf(text, r, "Council approves new sea wall")).contains(BlockKind.RELATED);
        assertThat(kindOf(text, r, "Why the tide tables")).contains(BlockKind.RELATED);
        assertThat(kindOf(text, r, "Repairs cost the operator")).contains(BlockKind.PARAGRAPH);
    }

    @Test
    void aPullQuoteAndAnAltTextRepeatLinesOfTheTextAndAreSetAside() {
        String text = scrape(
                "Harbour ferry returns after storm repairs",
                "",
                "Mara Ellison and the ferry crew",
                "Mara Ellison and the ferry crew at the Wexford slipway | Estuary Photo",
                "",
                "“We lost nine days, and we will not lose another,” said Mara Ellison, who runs the line.",
                "",
                "“We will not lose another.”",
                "",
                "The ferry will run an extra sailing on Sundays until the end of March.");
        PlainTextCleaner.Result r = cleaner.clean(text);

        assertThat(kindOf(text, r, "Mara Ellison and the ferry crew\n")).contains(BlockKind.REPEATED);
        assertThat(kindOf(text, r, "Mara Ellison and the ferry crew at")).contains(BlockKind.CAPTION);
        assertThat(kindOf(text, r, "“We will not lose another.”")).contains(BlockKind.REPEATED);
        assertThat(kindOf(text, r, "“We lost nine days")).contains(BlockKind.PARAGRAPH);
        assertThat(kindOf(text, r, "The ferry will run")).contains(BlockKind.PARAGRAPH);
    }

    @Test
    void theDateLineUnderTheBylineDatesTheArticle() {
        String text = scrape(
                "Harbour ferry returns after storm repairs",
                "",
                "By Mara Ellison",
                "",
                "Posted March 7, 2024 8:15 AM ET",
                "",
                "The Wexford ferry carried passengers again on Thursday after nine days out of service.");
        PlainTextCleaner.Result r = cleaner.clean(text);

        assertThat(r.metadata().published().map(Published::iso)).contains("2024-03-07T08:15-05:00");
        assertThat(r.metadata().byline()).contains("Mara Ellison");
        assertThat(kindOf(text, r, "Posted March 7")).contains(BlockKind.OTHER_BOILERPLATE);
    }

    @Test
    void aDateLineFarDownTheTextIsNotThePublicationDate() {
        List<String> lines = new ArrayList<>(List.of("Harbour ferry returns after storm repairs", ""));
        for (int i = 0; i < 10; i++) {
            lines.add("The ferry ran " + (i + 2) + " sailings on the " + (i + 1) + "th day of the trial, the operator said.");
            lines.add("");
        }
        lines.add("Updated March 9, 2024 10:00 AM ET");
        PlainTextCleaner.Result r = cleaner.clean(scrape(lines.toArray(String[]::new)));

        assertThat(r.metadata().published()).isEmpty();
    }

    @Test
    void theOutletIsTheOneItsPromotionNamesElseTheCopyrightHolder() {
        String withBoth = scrape(
                "The Wexford ferry carried passengers again on Thursday after nine days out of service.",
                "",
                "More From Estuary FM 101.2",
                "",
                "© 2024 Coastal Radio Group, Inc. All rights reserved.");
        String copyrightOnly = scrape(
                "The Wexford ferry carried passengers again on Thursday after nine days out of service.",
                "",
                "Copyright © 2024 The Wexford Herald. All rights reserved.");

        assertThat(cleaner.clean(withBoth).metadata().outlet()).contains("Estuary FM 101.2");
        assertThat(cleaner.clean(copyrightOnly).metadata().outlet()).contains("The Wexford Herald");
    }
}
