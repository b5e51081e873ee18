package org.corroborate.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.engine.TestArticles.article;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.AnnotatedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Gender;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Span;
import org.corroborate.model.StoryEntity;
import org.junit.jupiter.api.Test;

class EntityMergerTest {

    /** An entity of {@code article} whose mentions are the first occurrences of each of {@code words}. */
    private static Entity entity(Article article, String id, String name, List<String> descriptions, Object... mentions) {
        return entity(article, id, name, EntityType.PERSON, descriptions, mentions);
    }

    private static Entity entity(Article article, String id, String name, EntityType type, List<String> descriptions,
            Object... mentions) {
        List<Mention> list = new ArrayList<>();
        for (int i = 0; i < mentions.length; i += 2) {
            String words = (String) mentions[i];
            int at = article.text().indexOf(words);
            list.add(new Mention(new Span(at, at + words.length()), words, (MentionKind) mentions[i + 1]));
        }
        return new Entity(id, name, type, Gender.UNKNOWN, descriptions, list);
    }

    private static ArticleFacts facts(Article a, Entity... entities) {
        return new ArticleFacts(new AnnotatedArticle(a, List.of(), List.of(), List.of(entities), List.of()), List.of(), List.of());
    }

    @Test
    void anEntityOneOutletOnlyDescribesJoinsTheOneAnotherNamesWithThatDescription() {
        Article courier = article("a", "Courier", "Fire Chief Dale Morrow said four died. Loom operator Tomasz Ilori escaped.");
        Article wire = article("b", "Wire", "The local fire chief said the roof fell. The loom operator said he ran.");
        List<ArticleFacts> story = List.of(
                facts(courier,
                        entity(courier, "e1", "Dale Morrow", List.of("Fire Chief"), "Fire Chief", MentionKind.NOMINAL,
                                "Dale Morrow", MentionKind.NAME),
                        entity(courier, "e2", "Tomasz Ilori", List.of("Loom operator"), "Loom operator", MentionKind.NOMINAL,
                                "Tomasz Ilori", MentionKind.NAME)),
                facts(wire,
                        entity(wire, "e1", "The local fire chief", List.of("local fire chief"), "The local fire chief",
                                MentionKind.NOMINAL),
                        entity(wire, "e2", "The loom operator", List.of("loom operator"), "The loom operator",
                                MentionKind.NOMINAL, "he", MentionKind.PRONOUN)));

        EntityMerger.Merged merged = new EntityMerger().merge(story);

        assertThat(merged.entities()).extracting(StoryEntity::name).containsExactly("Dale Morrow", "Tomasz Ilori");
        StoryEntity morrow = merged.entities().get(0);
        assertThat(morrow.aliases()).contains("The local fire chief", "Fire Chief").doesNotContain("he");
        assertThat(morrow.articles()).containsExactly("a", "b");
        assertThat(merged.storyName("b", "The loom operator")).isEqualTo("Tomasz Ilori");
    }

    @Test
    void aDescriptionTwoNamedPeopleShareEquallyMergesWithNeither() {
        Article a = article("a", "Courier", "Singer Ada Brook and singer Cleo Dane sang.");
        Article b = article("b", "Wire", "The singer left early.");
        List<ArticleFacts> story = List.of(
                facts(a, entity(a, "e1", "Ada Brook", List.of("Singer"), "Ada Brook", MentionKind.NAME),
                        entity(a, "e2", "Cleo Dane", List.of("singer"), "Cleo Dane", MentionKind.NAME)),
                facts(b, entity(b, "e1", "The singer", List.of("singer"), "The singer", MentionKind.NOMINAL)));

        assertThat(new EntityMerger().merge(story).entities()).extracting(StoryEntity::name)
                .containsExactly("Ada Brook", "Cleo Dane", "The singer");
    }

    @Test
    void oneNameIsOneEntityWhateverTypeEachArticleGaveItAndTheMostMentionsDecideTheType() {
        Article a = article("a", "Courier", "Fire gutted the Tolland Mill in Brede. Brede mourned.");
        Article b = article("b", "Wire", "The Tolland Mill burned in Brede, a town of 9,000. The mill was old.");
        List<ArticleFacts> story = List.of(
                facts(a, entity(a, "e1", "Tolland Mill", EntityType.ORGANIZATION, List.of(), "Tolland Mill", MentionKind.NAME),
                        entity(a, "e2", "Brede", EntityType.PERSON, List.of(), "Brede", MentionKind.NAME)),
                facts(b, entity(b, "e1", "Tolland Mill", EntityType.LOCATION, List.of(), "Tolland Mill", MentionKind.NAME),
                        entity(b, "e2", "Brede", EntityType.LOCATION, List.of("town"), "Brede", MentionKind.NAME,
                                "a town", MentionKind.NOMINAL)),
                facts(article("c", "Daily", "The mill was built in 1880."),
                        entity(article("c", "Daily", "The mill was built in 1880."), "e1", "The mill", EntityType.LOCATION,
                                List.of("mill"), "The mill", MentionKind.NOMINAL)));

        EntityMerger.Merged merged = new EntityMerger().merge(story);

        assertThat(merged.entities()).extracting(StoryEntity::name).containsExactly("Tolland Mill", "Brede");
        assertThat(merged.entities().get(1).type()).isEqualTo(EntityType.LOCATION);
        assertThat(merged.entities().get(0).articles()).containsExactly("a", "b", "c");
        assertThat(merged.storyName("c", "The mill")).isEqualTo("Tolland Mill");
    }
}
