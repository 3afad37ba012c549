package io.github.microsite.validate;

import io.github.microsite.model.Problem;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON that a lenient reader would accept but that does not say one clear thing is rejected at its position. */
class StrictJsonTest {

    @TempDir
    Path content;

    private List<Problem> validate(String data, String schema) throws Exception {
        Files.createDirectories(content.resolve("data"));
        Files.createDirectories(content.resolve("schemas"));
        Files.writeString(content.resolve("data/things.json"), data);
        Files.writeString(content.resolve("schemas/things.schema.json"), schema);
        Problems problems = new Problems();
        int valid = new DatasetValidator().validate(
                List.of(new SourceFile(content.resolve("data/things.json"), "data/things.json")),
                List.of(new SourceFile(content.resolve("schemas/things.schema.json"), "schemas/things.schema.json")),
                problems).size();
        if (problems.hasErrors()) {
            assertEquals(0, valid, "a dataset with an error is not handed on");
        }
        return problems.all();
    }

    private static final String SCHEMA = "{\"type\": \"object\"}";

    @Test
    void aSecondValueAfterTheFirstIsAnError() throws Exception {
        List<Problem> problems = validate("{\"rows\": []}\n{\"rows\": []}\n", SCHEMA);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("data/things.json", problems.get(0).file());
        assertEquals(2, problems.get(0).line());
        assertEquals(1, problems.get(0).column());
        assertTrue(problems.get(0).message().startsWith("not valid JSON: Trailing token"), problems.get(0).message());
    }

    @Test
    void aTrailingCommaAfterTheValueIsAnError() throws Exception {
        List<Problem> problems = validate("{\"rows\": []},\n", SCHEMA);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(1, problems.get(0).line());
        assertEquals(13, problems.get(0).column());
        assertTrue(problems.get(0).isError());
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAtTheSecond() throws Exception {
        List<Problem> problems = validate("{\n  \"rows\": [\n    {\"id\": \"a\", \"value\": 1, \"value\": 2}\n  ]\n}\n",
                SCHEMA);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).column() >= 31, problems.get(0).toString());
        assertTrue(problems.get(0).message().contains("Duplicate field 'value'"), problems.get(0).message());
    }

    @Test
    void aSchemaIsReadAsStrictly() throws Exception {
        List<Problem> problems = validate("{\"rows\": []}\n", "{\"type\": \"object\", \"type\": \"array\"}\n");

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("schemas/things.schema.json", problems.get(0).file());
        assertTrue(problems.get(0).message().contains("Duplicate field 'type'"), problems.get(0).message());
    }
}
