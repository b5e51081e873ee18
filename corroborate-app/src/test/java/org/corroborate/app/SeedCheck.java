package org.corroborate.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;

/**
 * One check of {@code ../shared/seeds/EXPECTED.md}, judged on the analysis of both seeds in the output
 * contract's JSON.
 *
 * @param name what EXPECTED.md asks for, in a few words
 */
record SeedCheck(String name, Predicate<SeedAnalysis> passes) {
}
