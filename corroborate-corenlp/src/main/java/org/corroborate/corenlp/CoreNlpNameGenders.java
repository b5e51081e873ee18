package org.corroborate.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.corroborate.engine.annotate.Lexicon;
import org.corroborate.model.Gender;

/**
 * Given names and their usual gender from the list CoreNLP's deterministic coreference ships
 * ({@code dcoref/namegender.combine.txt} in the models jar: about 14,600 names, each MALE or FEMALE). A name the
 * list gives both genders is unknown. Loaded once; immutable and thread-safe.
 */
final class CoreNlpNameGenders implements Lexicon {

    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private final Map<String, Gender> genders;

    CoreNlpNameGenders() {
        Map<String, Gender> map = new HashMap<>();
        try (InputStream in = CoreNlpNameGenders.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: add the stanford-corenlp models jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t");
                if (f.length != 2) {
                    continue;
                }
                Gender g = f[1].equals("FEMALE") ? Gender.FEMALE : f[1].equals("MALE") ? Gender.MALE : null;
                if (g != null) {
                    map.merge(f[0].toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        this.genders = Map.copyOf(map);
    }

    @Override
    public Gender givenNameGender(String givenName) {
        return genders.getOrDefault(givenName.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }
}
