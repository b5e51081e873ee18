package org.corroborate.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The JSON form in which model records are stored, and the digest that tells whether two forms are equal.
 *
 * <p>Records are written from their fields only, in declaration order, so the form is deterministic and holds
 * exactly the record components: helper methods that look like getters ({@code Span.isEmpty()},
 * {@code Token.isNamed()}) do not become properties. Dates and times are written as ISO-8601 text and read
 * back with their own offsets (Jackson would otherwise move an {@code OffsetDateTime} to UTC, which changes
 * {@code equals}). Reading fails on a property the record does not have. Thread-safe.
 */
final class RecordJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    String write(Object record) {
        try {
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write " + record.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** @param what names the stored row in the error message ("article 3f2a…") */
    <T> T read(String json, Class<T> type, String what) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreException("the stored JSON of " + what + " does not read back as a "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of the JSON's UTF-8 bytes, in hex. */
    static String digest(String json) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
