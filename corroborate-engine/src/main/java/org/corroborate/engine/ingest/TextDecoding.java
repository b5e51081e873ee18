package org.corroborate.engine.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns an input's bytes into text, choosing the charset in the order the HTML standard's encoding sniffing
 * uses (WHATWG HTML, "determining the character encoding"): a byte-order mark; the charset the transport
 * declared (an HTTP or WARC {@code Content-Type}); for HTML and XML the charset the document declares in its
 * first bytes ({@code <meta charset>}, {@code http-equiv}, the XML declaration); then, for undeclared text,
 * UTF-16 recognised by its zero bytes, UTF-8 when the bytes are valid UTF-8, Mozilla's charset detector
 * (Cyrillic, Greek, Hebrew, CJK), and windows-1252, the charset of most older Western pages, last. As the
 * standard says, a declared ISO-8859-1 or US-ASCII is read as windows-1252, its superset. A declared UTF-8
 * that the bytes break is ignored, as such pages are usually windows-1252 in fact.
 *
 * <p>Also tells binary content from text. Thread-safe: holds no state.
 */
final class TextDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    /** How far into a document its own charset declaration is looked for. */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9._:-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "(?i)^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([a-z0-9._:-]+)[\"']");

    private TextDecoding() {
    }

    /** A byte-order mark and the charset it names. */
    record Bom(Charset charset, int length) {
    }

    /** The byte-order mark {@code bytes} start with, if any. UTF-32 is checked before UTF-16, whose BOM it extends. */
    static Optional<Bom> bom(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(new Bom(UTF_32BE, 4));
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(new Bom(UTF_32LE, 4));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
        }
        return Optional.empty();
    }

    /**
     * The charset to read {@code bytes} with. {@code declared} is the transport's declaration; {@code markup}
     * says whether the bytes are HTML or XML, whose own declaration then counts.
     */
    static Charset charset(byte[] bytes, int length, Optional<Charset> declared, boolean markup) {
        Optional<Bom> bom = bom(bytes);
        if (bom.isPresent()) {
            return bom.get().charset();
        }
        Optional<Charset> said = declared.or(() -> markup ? declaredInDocument(bytes, length) : Optional.empty());
        if (said.isPresent()) {
            // Pages that claim UTF-8 but are not are common; their bytes are then read as undeclared.
            if (!said.get().equals(StandardCharsets.UTF_8) || isUtf8(bytes, length)) {
                return said.get();
            }
        }
        Optional<Charset> utf16 = utf16WithoutBom(bytes, length);
        if (utf16.isPresent()) {
            return utf16.get();
        }
        if (isUtf8(bytes, length)) {
            return StandardCharsets.UTF_8;
        }
        return detected(bytes, length).orElse(WINDOWS_1252);
    }

    /** {@code bytes} as text in {@code charset}, without its byte-order mark; malformed bytes become U+FFFD. */
    static String decode(byte[] bytes, int length, Charset charset) {
        int skip = bom(bytes).filter(b -> b.charset().equals(charset)).map(Bom::length).orElse(0);
        return new String(bytes, skip, Math.max(0, length - skip), charset);
    }

    /** A charset name as a charset, with ISO-8859-1 and US-ASCII read as windows-1252 (WHATWG Encoding). */
    static Optional<Charset> forName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii")
                || n.equals("ascii") || n.equals("iso8859-1") || n.equals("l1") || n.equals("cp1252")) {
            return Optional.of(WINDOWS_1252);
        }
        if (n.equals("utf8") || n.equals("unicode-1-1-utf-8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    /** The charset a {@code Content-Type} value names ({@code text/html; charset=UTF-8}), if any. */
    static Optional<Charset> ofContentType(String contentType) {
        Matcher m = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)").matcher(contentType);
        return m.find() ? forName(m.group(1)) : Optional.empty();
    }

    /** The charset an HTML or XML document declares in its first 4 KiB. */
    static Optional<Charset> declaredInDocument(byte[] bytes, int length) {
        String head = new String(bytes, 0, Math.min(length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return forName(xml.group(1)).map(TextDecoding::notUtf16);
        }
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            // A page that reached us as bytes cannot be UTF-16 without a BOM; the standard reads it as UTF-8.
            return forName(meta.group(1)).map(TextDecoding::notUtf16);
        }
        return Optional.empty();
    }

    private static Charset notUtf16(Charset c) {
        return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
    }

    /**
     * UTF-16 without a byte-order mark: in the first 4 KiB, at least 40% of the bytes at even (big-endian) or
     * odd (little-endian) positions are zero and almost none at the other positions, as Latin-script text in
     * UTF-16 looks.
     */
    static Optional<Charset> utf16WithoutBom(byte[] bytes, int length) {
        int n = Math.min(length, PRESCAN_BYTES) & ~1;
        if (n < 8) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (evenZeros * 10 >= pairs * 4 && oddZeros * 50 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 50 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** Whether the bytes are well-formed UTF-8 (a sequence cut off by the end of the buffer counts as valid). */
    static boolean isUtf8(byte[] bytes, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, trimIncompleteUtf8(bytes, length)));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** The length without a UTF-8 sequence that the end of the buffer cuts off. */
    private static int trimIncompleteUtf8(byte[] bytes, int length) {
        for (int back = 1; back <= 3 && length - back >= 0; back++) {
            int b = bytes[length - back] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue; // a continuation byte: look further back for the lead byte
            }
            int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? length - back : length;
        }
        return length;
    }

    /** Mozilla's detector on the first 64 KiB; ASCII-compatible Western answers give way to windows-1252. */
    private static Optional<Charset> detected(byte[] bytes, int length) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(length, 1 << 16));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return Optional.empty();
        }
        return forName(name);
    }

    /**
     * What binary format the bytes are, when they look binary: by a well-known signature, else "binary data"
     * when the first 8 KiB hold a NUL byte or more than 5% control characters other than tab, line feed,
     * form feed, carriage return and escape. Empty for text (UTF-16 and UTF-32 text is not binary).
     */
    static Optional<String> binaryKind(byte[] bytes, int length) {
        if (bom(bytes).isPresent() || utf16WithoutBom(bytes, length).isPresent()) {
            return Optional.empty();
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return Optional.of("a PDF document");
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return Optional.of("a PNG image");
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("a JPEG image");
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return Optional.of("a GIF image");
        }
        if (startsWith(bytes, 'P', 'K', 0x03, 0x04)) {
            return Optional.of("a ZIP archive (or an Office document)");
        }
        if (startsWith(bytes, 0x7F, 'E', 'L', 'F')) {
            return Optional.of("an executable");
        }
        if (startsWith(bytes, 0x28, 0xB5, 0x2F, 0xFD)) {
            return Optional.of("a Zstandard archive");
        }
        if (startsWith(bytes, 'B', 'Z', 'h')) {
            return Optional.of("a bzip2 archive");
        }
        int n = Math.min(length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return Optional.of("binary data");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 20 > n ? Optional.of("binary data") : Optional.empty();
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
