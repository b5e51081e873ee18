package org.corroborate.engine.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an outlet's name from the lines where a page or a scrape of it prints that name: a copyright notice
 * ("© 2024 The Harbour Courier. All rights reserved.", "Copyright 2024 Coastline Press Service") and the site
 * part of a {@code <title>} ("Headline | The Calloway Ledger").
 *
 * <p>A copyright notice names the company that holds the rights, so its legal form ("LLC", "Ltd.", "Inc.") and a
 * trailing "Media" or "Group" are dropped: "© 2024 Screenline Media, LLC" is Screenline. The holder may be a
 * parent company (a radio group prints its own name under every station's pages), so callers prefer a line that
 * names the outlet itself ("More From KISS FM 96.9", {@code og:site_name}). Thread-safe: holds no state.
 */
final class OutletNames {

    private OutletNames() {
    }

    /** "©", "(c)" or "Copyright", a year or a range of years, then the holder up to the end of its sentence. */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^\\s*(?:copyright\\s*)?(?:©|\\(c\\))?\\s*(?:copyright\\s*)?(?:©\\s*)?"
            + "(?:(?:19|20)\\d{2}(?:\\s*[-–—/]\\s*(?:19|20)?\\d{2,4})?,?\\s+)"
            + "(\\p{Lu}[^.!?|©]{0,60}?)\\s*(?:[.|]\\s|[.!]?$|,?\\s+all rights reserved)");
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?i)[,\\s]+(?:llc|l\\.l\\.c\\.|inc\\.?|incorporated|ltd\\.?|limited|plc|corp\\.?|corporation|co\\.|gmbh|ag"
            + "|s\\.a\\.|llp|l\\.p\\.|pty)$");
    private static final Pattern COMPANY_WORD = Pattern.compile("(?i)\\s+(?:media|media group|group|holdings|publishing)$");
    /** The part of a page title beside its headline: a separator and the name, or the name and a separator. */
    private static final Pattern TITLE_PART = Pattern.compile("^\\s*[|–—:·»•-]+\\s*(.+?)\\s*$|^\\s*(.+?)\\s*[|–—:·»•-]+\\s*$");

    /** The outlet a copyright line names, if the line is one. */
    static Optional<String> ofCopyright(String line) {
        if (BoilerplateLines.wordCount(line) > 40) {
            return Optional.empty();
        }
        Matcher m = COPYRIGHT.matcher(line.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String holder = m.group(1).strip();
        holder = LEGAL_FORM.matcher(holder).replaceFirst("").strip();
        String shorter = COMPANY_WORD.matcher(holder).replaceFirst("").strip();
        if (!shorter.isEmpty() && Character.isUpperCase(shorter.charAt(0))) {
            holder = shorter;
        }
        int words = BoilerplateLines.wordCount(holder);
        return words >= 1 && words <= 6 ? Optional.of(holder) : Optional.empty();
    }

    /**
     * The site name a page's {@code <title>} adds to its headline: what is left when the headline is taken off
     * either end, with the separator between them.
     */
    static Optional<String> ofTitle(String pageTitle, String headline) {
        String title = PageMetadataReader.normalize(pageTitle);
        String head = PageMetadataReader.normalize(headline);
        if (head.isEmpty() || title.length() <= head.length()) {
            return Optional.empty();
        }
        String rest;
        if (title.startsWith(head)) {
            rest = title.substring(head.length());
        } else if (title.endsWith(head)) {
            rest = title.substring(0, title.length() - head.length());
        } else {
            return Optional.empty();
        }
        Matcher m = TITLE_PART.matcher(rest);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        int words = BoilerplateLines.wordCount(name);
        return words >= 1 && words <= 6 ? Optional.of(name) : Optional.empty();
    }
}
