package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final String TEXT = "Storm floods the harbour\n\nWater rose overnight.\n\nREAD MORE: Other news";

    private static Article article(List<Block> blocks) {
        return new Article("a1", "storm.txt", Optional.empty(), Metadata.EMPTY, TEXT, blocks);
    }

    @Test
    void sortsItsBlocksIntoBodyCaptionsAndBoilerplate() {
        Article a = article(List.of(
                new Block(new Span(0, 24), BlockKind.TITLE),
                new Block(new Span(26, 47), BlockKind.PARAGRAPH),
                new Block(new Span(49, 70), BlockKind.READ_MORE)));
        assertThat(a.body()).extracting(Block::kind).containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH);
        assertThat(a.boilerplate()).extracting(b -> a.textOf(b.span())).containsExactly("READ MORE: Other news");
        assertThat(a.captions()).isEmpty();
        assertThat(BlockKind.READ_MORE.label()).isEqualTo("read-more");
    }

    @Test
    void rejectsOverlappingOrOutOfBoundsBlocks() {
        assertThatThrownBy(() -> article(List.of(new Block(new Span(0, 30), BlockKind.TITLE),
                new Block(new Span(26, 47), BlockKind.PARAGRAPH))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlaps");
        assertThatThrownBy(() -> article(List.of(new Block(new Span(60, 90), BlockKind.PARAGRAPH))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reaches past");
    }

    @Test
    void copiesItsBlocks() {
        List<Block> blocks = new ArrayList<>(List.of(new Block(new Span(0, 24), BlockKind.TITLE)));
        Article a = article(blocks);
        blocks.clear();
        assertThat(a.blocks()).hasSize(1);
    }
}
