package org.corroborate.engine.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Article ids from content: the first 16 hex digits of the SHA-256 of the article's URL, title and text, so
 * that analysing the same input again gives the same id wherever the file lies.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String of(Optional<String> url, Optional<String> title, String text) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        sha.update(url.orElse("").getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(title.orElse("").getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }
}
