package org.corroborate.eval.tempeval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.corroborate.model.Span;

/**
 * Reads TimeML ({@code .tml}) files as TempEval-3 distributes them: the text is the content of the {@code TEXT}
 * element with every tag (TIMEX3, EVENT, SIGNAL) removed, which is also what the official scorer compares; the
 * gold expressions are the TIMEX3s inside {@code TEXT}; the creation time is the TIMEX3 marked
 * {@code functionInDocument="CREATION_TIME"}, wherever it is (TempEval-3 puts it in {@code DCT}).
 *
 * <p>Uses the JDK's StAX parser with external entities and DTDs off. Thread-safe.
 */
public final class TimeMlReader {

    private final XMLInputFactory factory;

    public TimeMlReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** Every {@code .tml} file under {@code folder}, read, in path order. */
    public List<TimeMlDocument> readAll(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().map(this::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list TimeML files under " + folder, e);
        }
    }

    public TimeMlDocument read(Path file) {
        String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
        try (InputStream in = Files.newInputStream(file)) {
            return read(id, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read TimeML file " + file, e);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("TimeML file " + file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Reads one document; {@code id} names it in messages and results. */
    public TimeMlDocument read(String id, InputStream in) throws XMLStreamException {
        XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
        StringBuilder text = new StringBuilder();
        List<GoldTimex> timexes = new ArrayList<>();
        Optional<LocalDate> creation = Optional.empty();
        boolean inText = false;
        int timexStart = -1;
        String type = "";
        String value = "";
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("TEXT")) {
                        inText = true;
                    } else if (name.equals("TIMEX3")) {
                        String function = attribute(xml, "functionInDocument");
                        if (function.equals("CREATION_TIME") && creation.isEmpty()) {
                            creation = date(attribute(xml, "value"));
                        }
                        if (inText) {
                            timexStart = text.length();
                            type = attribute(xml, "type");
                            value = attribute(xml, "value");
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("TEXT")) {
                        inText = false;
                    } else if (name.equals("TIMEX3") && inText && timexStart >= 0) {
                        Span span = new Span(timexStart, text.length());
                        timexes.add(new GoldTimex(span, text.substring(timexStart), type, value));
                        timexStart = -1;
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(xml.getText());
                }
            }
        } finally {
            xml.close();
        }
        return new TimeMlDocument(id, creation, text.toString(), timexes);
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String v = xml.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    /** The date of a TIMEX3 value such as {@code 1998-02-16T12:55}, or empty when it names no day. */
    private static Optional<LocalDate> date(String value) {
        if (value.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
