package io.smm.membership.testhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Answers read as sent (see {@link HostClient#getText}), with amounts as exact decimals, not doubles. */
public final class JsonAnswers {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonAnswers() {
    }

    /** The body of a 200 answer. */
    public static Map<String, Object> json(ResponseEntity<String> answer) {
        return answered(answer, HttpStatus.OK);
    }

    /** The body of an answer of this status. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> answered(ResponseEntity<String> answer, HttpStatus status) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
        try {
            return JSON.readValue(answer.getBody(), Map.class);
        } catch (JsonProcessingException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The fields a 400 problem names, in its order. */
    public static List<Object> violationFields(ResponseEntity<String> answer) {
        return list(answered(answer, HttpStatus.BAD_REQUEST).get("violations")).stream()
                .map(violation -> map(violation).get("field")).collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> list(Object value) {
        return value == null ? Collections.emptyList() : (List<T>) value;
    }
}
