package org.colibri.testing;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses JSON text in tests with a real parser, so escaping mistakes show up. */
public final class JsonTestReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonTestReader() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String json) {
        try {
            return MAPPER.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not valid JSON: " + json, e);
        }
    }
}
