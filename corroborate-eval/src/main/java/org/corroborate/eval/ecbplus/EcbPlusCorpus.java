package org.corroborate.eval.ecbplus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the layout of ECB+ (Cybulska and Vossen 2014) as {@code shared/data/ecbplus} holds it: one folder per
 * event, {@code Necb} (the original ECB corpus's event of topic N) and {@code Necbplus} (the similar event ECB+
 * added to it), each holding one news-please JSON file per article. Only the layout is read here; the articles
 * themselves go through the ordinary ingest path.
 */
public final class EcbPlusCorpus {

    private static final Pattern EVENT = Pattern.compile("(\\d+)ecb(?:plus)?");

    private EcbPlusCorpus() {
    }

    /**
     * Every document under {@code root}, in the order {@code analyze root} reads them (paths sorted as
     * strings: {@code 10ecb/10_1ecb.json} before {@code 10ecb/10_10ecb.json}, topic 10 before topic 2).
     */
    public static List<EcbPlusDocument> read(Path root) {
        List<EcbPlusDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (!file.getFileName().toString().endsWith(".json") || file.getParent().equals(root)) {
                    continue;
                }
                String folder = file.getParent().getFileName().toString();
                Matcher m = EVENT.matcher(folder);
                if (m.matches()) {
                    documents.add(new EcbPlusDocument(file, Integer.parseInt(m.group(1)), folder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list ECB+ under " + root + ": " + e.getMessage(), e);
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException(root + " holds no ECB+ event folders (Necb, Necbplus) with JSON files");
        }
        return documents;
    }
}
