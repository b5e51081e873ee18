package org.corroborate.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.app.render.ContractJson;
import org.corroborate.engine.clean.ArticleCleaner;
import org.corroborate.engine.clean.MainText;
import org.corroborate.engine.ingest.Ingestor;
import org.corroborate.engine.ingest.Input;
import org.corroborate.engine.ingest.Sources;
import org.corroborate.engine.pipeline.Problem;
import org.corroborate.model.Article;
import org.corroborate.model.Document;
import org.corroborate.model.Extracted;
import org.corroborate.model.NotAnArticle;
import org.corroborate.model.Skipped;
import org.corroborate.model.Unreadable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate extract PATH...}: ingest and clean only. One object per article with the contract's
 * {@code source}, {@code url}, {@code outlet}, {@code title}, {@code byline}, {@code published} and {@code text}:
 * the body only, its blocks separated by blank lines, with boilerplate and captions cut out.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Extracts each input's article text and metadata, without analysing it.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input gave an article", "1:some inputs failed; each is named on standard error",
            "2:bad usage"})
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default: one object per line) or json (one array).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Sources.Expansion expansion = inputs.expand();
        expansion.problems().forEach(p -> err.println("corroborate: " + p));
        Ingestor ingestor = new Ingestor(inputs.limits());
        ArticleCleaner cleaner = new ArticleCleaner(inputs.published());
        ContractJson json = new ContractJson();
        List<ObjectNode> objects = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Input input : expansion.inputs()) {
            ingestor.ingest(input, System.in, ingested -> {
                if (ingested instanceof Unreadable u) {
                    problems.add(new Problem(u.source(), u.reason()));
                } else if (ingested instanceof Skipped skipped) {
                    err.println("corroborate: " + skipped.source() + ": skipped " + skipped.count() + " " + skipped.reason());
                } else if (ingested instanceof Document document) {
                    Extracted extracted = cleaner.apply(document);
                    if (extracted instanceof Article article) {
                        objects.add(extractedObject(json, article));
                    } else if (extracted instanceof NotAnArticle n) {
                        problems.add(new Problem(n.source(), n.reason()));
                    }
                }
            });
        }
        problems.forEach(p -> err.println("corroborate: " + p));
        StringBuilder out = new StringBuilder();
        if (format == Format.json) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            objects.forEach(array::add);
            out.append(json.pretty(array)).append('\n');
        } else {
            objects.forEach(o -> out.append(json.line(o)).append('\n'));
        }
        Output.write(output, spec.commandLine().getOut(), out.toString());
        return problems.isEmpty() && expansion.problems().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    private static ObjectNode extractedObject(ContractJson json, Article article) {
        ObjectNode o = json.extracted(article);
        o.put("text", MainText.of(article));
        o.remove("boilerplate");
        o.remove("captions");
        return o;
    }
}
