package org.corroborate.app.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleFacts;
import org.corroborate.model.Block;
import org.corroborate.model.Claim;
import org.corroborate.model.Entity;
import org.corroborate.model.Fact;
import org.corroborate.model.FactSource;
import org.corroborate.model.Mention;
import org.corroborate.model.Metadata;
import org.corroborate.model.Published;
import org.corroborate.model.Quote;
import org.corroborate.model.QuoteDifference;
import org.corroborate.model.QuoteGroup;
import org.corroborate.model.QuoteVariant;
import org.corroborate.model.Span;
import org.corroborate.model.StoryEntity;
import org.corroborate.model.StoryReport;
import org.corroborate.model.TextReuse;
import org.corroborate.model.TimeExpression;
import org.corroborate.model.WordEdit;

/**
 * The output contract of DESIGN.md as JSON: field names, order and meaning are what scripts read, so they
 * change only by addition. Every {@code start}/{@code end} is a Java char offset into the article's
 * {@code text}, end exclusive. Absent values are {@code null}, empty lists {@code []}.
 *
 * <p>Thread-safe: holds only a configured, immutable mapper.
 */
public final class ContractJson {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** {@code {"articles": [...], "stories": [...]}}. */
    public ObjectNode analysis(List<ArticleFacts> articles, List<StoryReport> stories) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode a = root.putArray("articles");
        articles.forEach(f -> a.add(article(f)));
        ArrayNode s = root.putArray("stories");
        stories.forEach(r -> s.add(story(r)));
        return root;
    }

    public ObjectNode article(ArticleFacts facts) {
        Article article = facts.article();
        ObjectNode o = extracted(article);
        ArrayNode entities = o.putArray("entities");
        for (Entity e : facts.annotated().entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("type", e.type().name());
            n.put("gender", e.gender().label());
            ArrayNode descriptions = n.putArray("descriptions");
            e.descriptions().forEach(descriptions::add);
            ArrayNode mentions = n.putArray("mentions");
            for (Mention m : e.mentions()) {
                ObjectNode mo = span(mentions.addObject(), m.span());
                mo.put("text", m.text());
                mo.put("kind", m.kind().label());
            }
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : facts.annotated().times()) {
            ObjectNode to = span(times.addObject(), t.span());
            to.put("text", t.text());
            to.put("type", t.kind().label());
            to.put("value", t.value());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : facts.quotes()) {
            quotes.add(quote(q));
        }
        ArrayNode claims = o.putArray("claims");
        for (Claim c : facts.claims()) {
            claims.add(claim(c));
        }
        return o;
    }

    /**
     * The fields that ingest and clean settle: what {@code extract} prints (with {@code text} cut to the body
     * by the caller where the contract says so) and what every article object starts with.
     */
    public ObjectNode extracted(Article article) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", article.id());
        o.put("source", article.source());
        putOptional(o, "url", article.url().map(Object::toString));
        Metadata m = article.metadata();
        putOptional(o, "outlet", m.outlet());
        putOptional(o, "title", m.title());
        putOptional(o, "byline", m.byline());
        putOptional(o, "published", m.published().map(Published::iso));
        putOptional(o, "language", m.language());
        o.put("text", article.text());
        ArrayNode boilerplate = o.putArray("boilerplate");
        for (Block b : article.boilerplate()) {
            span(boilerplate.addObject(), b.span()).put("kind", b.kind().label());
        }
        ArrayNode captions = o.putArray("captions");
        for (Block b : article.captions()) {
            span(captions.addObject(), b.span());
        }
        return o;
    }

    private ObjectNode quote(Quote q) {
        ObjectNode o = span(JSON.createObjectNode(), q.span());
        o.put("text", q.text());
        o.put("kind", q.kind().label());
        if (q.speaker().isPresent()) {
            var s = q.speaker().get();
            ObjectNode so = o.putObject("speaker");
            putOptional(so, "name", s.name());
            putOptional(so, "entity", s.entity());
            span(so, s.span());
            so.put("text", s.text());
        } else {
            o.putNull("speaker");
        }
        if (q.cue().isPresent()) {
            ObjectNode co = span(o.putObject("cue"), q.cue().get().span());
            co.put("text", q.cue().get().text());
        } else {
            o.putNull("cue");
        }
        putOptional(o, "medium", q.medium());
        putOptional(o, "via", q.via());
        ArrayNode parts = o.putArray("parts");
        for (Span p : q.parts()) {
            span(parts.addObject(), p);
        }
        return o;
    }

    private ObjectNode claim(Claim c) {
        ObjectNode o = span(JSON.createObjectNode(), c.span());
        o.put("subject", c.subject());
        putOptional(o, "entity", c.entity());
        o.put("relation", c.relation());
        o.put("value", c.value().normalized());
        o.put("valueText", c.value().text());
        o.put("valueKind", c.value().kind().label());
        if (c.attribution().isPresent()) {
            ObjectNode a = o.putObject("attribution");
            a.put("source", c.attribution().get().source());
            putOptional(a, "via", c.attribution().get().via());
        } else {
            o.putNull("attribution");
        }
        return o;
    }

    public ObjectNode story(StoryReport r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("title", r.title());
        ArrayNode articles = o.putArray("articles");
        r.articles().forEach(articles::add);
        ArrayNode entities = o.putArray("entities");
        for (StoryEntity e : r.entities()) {
            ObjectNode eo = entities.addObject();
            eo.put("name", e.name());
            eo.put("type", e.type().name());
            ArrayNode aliases = eo.putArray("aliases");
            e.aliases().forEach(aliases::add);
            ArrayNode in = eo.putArray("articles");
            e.articles().forEach(in::add);
        }
        ArrayNode quotes = o.putArray("quotes");
        for (QuoteGroup g : r.quotes()) {
            ObjectNode go = quotes.addObject();
            putOptional(go, "speaker", g.speaker());
            ArrayNode variants = go.putArray("variants");
            for (QuoteVariant v : g.variants()) {
                ObjectNode vo = variants.addObject();
                vo.put("article", v.article());
                span(vo, v.span());
                vo.put("text", v.text());
            }
            ArrayNode differences = go.putArray("differences");
            for (QuoteDifference d : g.differences()) {
                ObjectNode d0 = differences.addObject();
                d0.put("article", d.article());
                d0.put("against", d.against());
                ArrayNode edits = d0.putArray("edits");
                for (WordEdit e : d.edits()) {
                    ObjectNode eo = edits.addObject();
                    eo.put("removed", e.removed());
                    eo.put("added", e.added());
                }
            }
        }
        ArrayNode facts = o.putArray("facts");
        for (Fact f : r.facts()) {
            ObjectNode fo = facts.addObject();
            fo.put("statement", f.statement());
            fo.put("subject", f.subject());
            fo.put("relation", f.relation());
            fo.put("value", f.value());
            fo.put("verdict", f.verdict().label());
            fo.put("independentSources", f.independentSources());
            ArrayNode sources = fo.putArray("sources");
            for (FactSource s : f.sources()) {
                ObjectNode so = sources.addObject();
                so.put("article", s.article());
                so.put("stance", s.stance().label());
                so.put("value", s.value());
                span(so, s.span());
                putOptional(so, "via", s.via());
                so.put("origin", s.origin());
            }
        }
        ArrayNode reuse = o.putArray("reuse");
        for (TextReuse t : r.reuse()) {
            ObjectNode to = reuse.addObject();
            to.put("from", t.from());
            to.put("fromStart", t.fromSpan().start());
            to.put("fromEnd", t.fromSpan().end());
            to.put("to", t.to());
            to.put("toStart", t.toSpan().start());
            to.put("toEnd", t.toSpan().end());
            to.put("similarity", Math.round(t.similarity() * 1000) / 1000.0);
            to.put("directed", t.directed());
        }
        return o;
    }

    /** Pretty-printed, for files and terminals. */
    public String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** On one line, for JSON Lines. */
    public String line(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static ObjectNode span(ObjectNode o, Span span) {
        o.put("start", span.start());
        o.put("end", span.end());
        return o;
    }

    private static void putOptional(ObjectNode o, String field, Optional<String> value) {
        if (value.isPresent()) {
            o.put(field, value.get());
        } else {
            o.putNull(field);
        }
    }
}
