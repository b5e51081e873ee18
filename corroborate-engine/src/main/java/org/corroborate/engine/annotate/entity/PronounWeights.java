package org.corroborate.engine.annotate.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weights the resolver gives each pronoun cue (see {@link #cueNames()}): one conditional logit over each
 * pronoun's candidates. {@link #DEFAULT} are those in {@code pronoun-weights.txt} beside this class, fitted on GAP's
 * development and validation pronouns by {@code org.corroborate.eval.gap.PronounWeightFitter}; another set can be
 * given to an {@link EntityResolver} to measure it. Immutable and thread-safe.
 *
 * @param values one weight per cue, in the order of {@link #cueNames()}
 */
public record PronounWeights(List<Double> values) {

    /** The fitted weights the resolver uses unless told otherwise. */
    public static final PronounWeights DEFAULT = load();

    public PronounWeights {
        values = List.copyOf(values);
        if (values.size() != Salience.FEATURES) {
            throw new IllegalArgumentException("expected " + Salience.FEATURES + " pronoun weights, one per cue in "
                    + cueNames() + ", got " + values.size());
        }
    }

    /** The cues' names, in the order of {@link #values()} and of {@link PronounChoice.Candidate#cues()}. */
    public static List<String> cueNames() {
        List<String> names = new ArrayList<>();
        for (Salience.Feature f : Salience.Feature.values()) {
            names.add(f.name());
        }
        names.addAll(PronounAttention.cueNames());
        return List.copyOf(names);
    }

    /** Reads "NAME weight" lines ('#' starts a comment); every cue must be named once, and nothing else. */
    public static PronounWeights parse(List<String> lines) {
        Map<String, Double> byName = new LinkedHashMap<>();
        List<String> names = cueNames();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2 || !names.contains(parts[0])) {
                throw new IllegalArgumentException("pronoun weights: '" + line + "' is not 'CUE weight' with a cue of " + names);
            }
            if (byName.put(parts[0], Double.parseDouble(parts[1])) != null) {
                throw new IllegalArgumentException("pronoun weights: cue " + parts[0] + " is weighed twice");
            }
        }
        List<Double> values = new ArrayList<>();
        for (String n : names) {
            Double w = byName.get(n);
            if (w == null) {
                throw new IllegalArgumentException("pronoun weights: cue " + n + " has no weight");
            }
            values.add(w);
        }
        return new PronounWeights(values);
    }

    /** The "NAME weight" lines {@link #parse} reads. */
    public List<String> format() {
        List<String> lines = new ArrayList<>();
        List<String> names = cueNames();
        for (int i = 0; i < values.size(); i++) {
            lines.add(String.format(Locale.ROOT, "%s %.4f", names.get(i), values.get(i)));
        }
        return lines;
    }

    double score(double[] cues) {
        double s = 0;
        for (int i = 0; i < cues.length; i++) {
            s += values.get(i) * cues[i];
        }
        return s;
    }

    private static PronounWeights load() {
        try (InputStream in = PronounWeights.class.getResourceAsStream("pronoun-weights.txt")) {
            if (in == null) {
                throw new IllegalStateException("pronoun-weights.txt is missing beside " + PronounWeights.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
