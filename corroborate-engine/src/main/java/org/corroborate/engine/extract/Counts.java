package org.corroborate.engine.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts as news writes them, in digits or words, exact or approximate: "14", "four", "a dozen", "more than a
 * dozen", "about 30", "at least 12", "nearly 200", "1.5 million". The normal form keeps the approximation so
 * that outlets can be compared: {@code 14}, {@code >12} (more than), {@code >=12} (at least), {@code ~30} (about),
 * {@code <200} (nearly, almost, fewer than).
 */
public final class Counts {

    private static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
            Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
            Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
            Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L),
            Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
            Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L), Map.entry("hundred", 100L),
            Map.entry("a dozen", 12L), Map.entry("dozen", 12L), Map.entry("a hundred", 100L), Map.entry("a thousand", 1000L));

    /** A count's number, with an optional qualifier before it and a scale after it. Use it inside larger patterns. */
    static final String PATTERN = "(?:(?:more than|over|at least|about|around|roughly|approximately|nearly|almost|"
            + "fewer than|less than|some|up to)\\s+)?(?:\\d[\\d,]*(?:\\.\\d+)?|a dozen|dozens of|a hundred|a thousand|"
            + "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            + "seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?)"
            + "(?:\\s+(?:million|thousand|hundred))?";

    private static final Pattern PARTS = Pattern.compile("(?i)^(?:(more than|over|at least|about|around|roughly|"
            + "approximately|nearly|almost|fewer than|less than|some|up to)\\s+)?(.+?)(?:\\s+(million|thousand|hundred))?$");

    private Counts() {
    }

    /** The normal form of a count written as {@link #PATTERN} matches it, or empty for what is not a count. */
    static Optional<String> normalize(String written) {
        Matcher m = PARTS.matcher(written.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String qualifier = m.group(1) == null ? "" : m.group(1);
        String number = m.group(2);
        double value;
        if (number.equals("dozens of")) {
            return Optional.of(">=24");
        } else if (WORDS.containsKey(number)) {
            value = WORDS.get(number);
        } else if (number.matches("[a-z]+[- ][a-z]+") && WORDS.containsKey(number.split("[- ]")[0])
                && WORDS.containsKey(number.split("[- ]")[1])) {
            // "sixty-two", "twenty one"
            value = WORDS.get(number.split("[- ]")[0]) + WORDS.get(number.split("[- ]")[1]);
        } else if (number.matches("\\d[\\d,]*(\\.\\d+)?")) {
            value = Double.parseDouble(number.replace(",", ""));
        } else {
            return Optional.empty();
        }
        if (m.group(3) != null) {
            value *= switch (m.group(3)) {
                case "million" -> 1e6;
                case "thousand" -> 1e3;
                default -> 1e2;
            };
        }
        String digits = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        String prefix = switch (qualifier) {
            case "more than", "over" -> ">";
            case "at least" -> ">=";
            case "about", "around", "roughly", "approximately", "some" -> "~";
            case "nearly", "almost", "fewer than", "less than", "up to" -> "<";
            default -> "";
        };
        return Optional.of(prefix + digits);
    }

    /**
     * True when two normal forms can both be true of one quantity: equal exact counts; an exact count inside an
     * approximate one ("14" and ">12"; "31" and "~30", within 15%); two approximations that overlap.
     */
    public static boolean compatible(String a, String b) {
        double[] x = range(a);
        double[] y = range(b);
        return x[0] <= y[1] && y[0] <= x[1];
    }

    /** True when {@code a} states the quantity more precisely than {@code b} (an exact count inside an estimate). */
    public static boolean moreSpecific(String a, String b) {
        double[] x = range(a);
        double[] y = range(b);
        return x[1] - x[0] < y[1] - y[0];
    }

    /** The closed range of values a normal form allows. */
    private static double[] range(String form) {
        String digits = form.replaceFirst("^(>=|[<>~])", "");
        double v;
        try {
            v = Double.parseDouble(digits);
        } catch (NumberFormatException notACount) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (form.startsWith(">=")) {
            return new double[] {v, Double.MAX_VALUE};
        } else if (form.startsWith(">")) {
            return new double[] {v + 1e-9, Double.MAX_VALUE};
        } else if (form.startsWith("<")) {
            return new double[] {Math.floor(v * 0.75), v - 1e-9};
        } else if (form.startsWith("~")) {
            double margin = Math.max(1, v * 0.15);
            return new double[] {v - margin, v + margin};
        }
        return new double[] {v, v};
    }
}
