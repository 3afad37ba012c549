package io.github.microsite.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text starts, by JSON pointer, so a schema error about {@code /rows/3/date}
 * can also say "line 42, column 15" to an author looking at the file.
 */
public final class JsonLocations {

    private final Map<String, JsonLocation> byPointer;

    private JsonLocations(Map<String, JsonLocation> byPointer) {
        this.byPointer = byPointer;
    }

    public static JsonLocations index(String json) throws IOException {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.FIELD_NAME && token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT) {
                    JsonPointer pointer = parser.getParsingContext().pathAsPointer();
                    locations.putIfAbsent(pointer.toString(), parser.currentTokenLocation());
                }
            }
        }
        return new JsonLocations(locations);
    }

    /** The location of the value at the pointer, or of its nearest ancestor that exists. */
    public JsonLocation find(String pointer) {
        String current = pointer;
        while (true) {
            JsonLocation location = byPointer.get(current);
            if (location != null || current.isEmpty()) {
                return location;
            }
            current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
        }
    }
}
