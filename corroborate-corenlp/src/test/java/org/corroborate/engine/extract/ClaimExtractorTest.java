package org.corroborate.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.engine.extract.Invented.article;
import static org.corroborate.engine.extract.Invented.lines;

import org.corroborate.model.ArticleFacts;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    @Test
    void debug() throws Exception {
        ArticleFacts a = article(new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/tmp/dbg.txt"))).strip());
        System.out.println(lines(a));
        System.out.println(a.annotated().tokens());
    }
}
