package org.corroborate.eval.tempeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlReaderTest {

    /** An invented document in TempEval-3's layout. */
    private static final String DOCUMENT = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>INVENTED-0001</DOCID>
            <DCT><TIMEX3 tid="t0" type="TIME" value="2004-06-11T09:30" temporalFunction="false" functionInDocument="CREATION_TIME">2004-06-11</TIMEX3></DCT>
            <TITLE>Ferry resumes service</TITLE>
            <TEXT>
            The ferry <EVENT eid="e1" class="OCCURRENCE">returned</EVENT> <TIMEX3 tid="t1" type="DATE" value="2004-06-10" temporalFunction="true" functionInDocument="NONE">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3M" temporalFunction="false" functionInDocument="NONE">three months</TIMEX3> &amp; more.
            </TEXT>
            </TimeML>
            """;

    private final TimeMlReader reader = new TimeMlReader();

    @Test
    void takesTheTextWithoutTagsTheGoldTimexesAndTheCreationTime() throws Exception {
        TimeMlDocument d = reader.read("INVENTED-0001", new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)));

        assertThat(d.creationTime()).contains(LocalDate.of(2004, 6, 11));
        assertThat(d.text()).isEqualTo("\nThe ferry returned Thursday after three months & more.\n");
        assertThat(d.timexes()).containsExactly(
                new GoldTimex(new Span(20, 28), "Thursday", "DATE", "2004-06-10"),
                new GoldTimex(new Span(35, 47), "three months", "DURATION", "P3M"));
        for (GoldTimex t : d.timexes()) {
            assertThat(t.span().of(d.text())).isEqualTo(t.text());
        }
    }

    @Test
    void readsEveryTmlFileOfAFolderInPathOrder(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("b.tml"), DOCUMENT);
        Files.writeString(folder.resolve("a.tml"), DOCUMENT);
        Files.writeString(folder.resolve("notes.txt"), "not TimeML");

        assertThat(reader.readAll(folder)).extracting(TimeMlDocument::id).containsExactly("a", "b");
    }

    @Test
    void namesTheFileThatIsNotXml(@TempDir Path folder) throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.tml"), "<TimeML><TEXT>unclosed");
        assertThatThrownBy(() -> reader.read(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.tml").hasMessageContaining("not well-formed");
    }
}
