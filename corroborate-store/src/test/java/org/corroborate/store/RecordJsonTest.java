package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.StoryReport;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

    private final RecordJson json = new RecordJson();

    @Test
    void articlesReadBackEqualWhateverTheirOptionalsHold() {
        for (int n = 0; n < 6; n++) {
            ArticleFacts article = Samples.article(n);
            assertThat(json.read(json.write(article), ArticleFacts.class, "sample " + n)).isEqualTo(article);
        }
    }

    @Test
    void storiesReadBackEqual() {
        StoryReport story = Samples.story(IntStream.range(0, 3).mapToObj(Samples::article).toList());
        assertThat(json.read(json.write(story), StoryReport.class, "sample story")).isEqualTo(story);
    }

    @Test
    void onlyRecordComponentsBecomeProperties() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(json.write(Samples.article(0)));
        JsonNode article = tree.get("annotated").get("article");
        // Article.boilerplate()/captions()/body(), Span.isEmpty()/length(), Token.isNamed() and
        // ArticleFacts.article() are helpers over the components, not data.
        assertThat(names(tree)).containsExactly("annotated", "quotes", "claims");
        assertThat(names(article)).containsExactly("id", "source", "url", "metadata", "text", "blocks");
        assertThat(names(article.get("blocks").get(0).get("span"))).containsExactly("start", "end");
        assertThat(names(tree.get("annotated").get("tokens").get(0)))
                .containsExactly("span", "text", "pos", "lemma", "ner");
    }

    @Test
    void aPublicationMomentKeepsItsOffsetAndFraction() throws Exception {
        JsonNode published = new ObjectMapper().readTree(json.write(Samples.article(0)))
                .at("/annotated/article/metadata/published");
        assertThat(published.get("date").asText()).isEqualTo("2024-03-01");
        assertThat(published.get("moment").asText()).isEqualTo("2024-03-01T09:15:30.5+02:00");
    }

    @Test
    void theSameRecordAlwaysGivesTheSameJsonAndDigest() {
        String first = json.write(Samples.article(7));
        String again = new RecordJson().write(Samples.article(7));
        assertThat(again).isEqualTo(first);
        assertThat(RecordJson.digest(again)).isEqualTo(RecordJson.digest(first)).hasSize(64);
        assertThat(RecordJson.digest(json.write(Samples.reanalysed(7)))).isNotEqualTo(RecordJson.digest(first));
    }

    @Test
    void jsonWithAPropertyTheRecordLacksIsRefusedNamingTheRow() {
        String body = json.write(Samples.article(1)).replaceFirst("\\{", "{\"confidence\":0.5,");
        assertThatThrownBy(() -> json.read(body, ArticleFacts.class, "article abc"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("article abc")
                .hasMessageContaining("confidence");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
