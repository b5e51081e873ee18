package org.corroborate.engine.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.BlockKind;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What class names, ids and tags say about the text inside an element. */
class ElementHintsTest {

    @Test
    void classAndIdNamesSplitIntoWords() {
        assertThat(ElementHints.split("articleBody share-bar__item js_comments2")).containsExactly(
                "article", "body", "share", "bar", "item", "js", "comments");
    }
}
