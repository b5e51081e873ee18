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

    @Test
    void aNameOfContentWordsVetoesTheOtherNamesButNotItsOwnBoilerplateWord() {
        Element shareEnabled = new Element("div").attr("class", "entry-content share-enabled");
        Element articleShare = new Element("div").attr("class", "article-share");
        Element postTags = new Element("div").attr("class", "post-tags").attr("id", "tags-1");
        Element embed = new Element("div").attr("class", "social-media-embed");

        assertThat(ElementHints.kindOf(shareEnabled)).isEmpty();
        assertThat(ElementHints.kindOf(articleShare)).contains(BlockKind.SHARE);
        assertThat(ElementHints.kindOf(postTags)).contains(BlockKind.TAGS);
        assertThat(ElementHints.kindOf(embed)).isEmpty();
    }
}
