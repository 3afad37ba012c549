package io.github.microsite;

import io.github.microsite.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FixtureSites.Extension.class)
class DatasetsTest {

    @Test
    void aDatasetMatchingItsSchemaBuildsCleanly(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build("datasets", out);

        assertEquals(List.of(), FixtureSites.described(result));
        assertTrue(result.published());
    }

    @Test
    void aSchemaViolationNamesFileLineColumnAndPointer(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build("datasets-invalid", out);

        Problem problem = only(result, "data/things.json");
        assertEquals("/rows/1/value", problem.pointer());
        assertEquals(5, problem.line());
        assertEquals(26, problem.column());
        assertTrue(problem.message().contains("number"), problem.message());
        assertTrue(problem.message().contains("schemas/things.schema.json"), problem.message());
    }

    @Test
    void invalidJsonNamesFileLineAndColumn(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build("datasets-invalid", out);

        Problem problem = only(result, "data/broken.json");
        assertTrue(problem.isError());
        assertEquals(4, problem.line());
        assertTrue(problem.message().startsWith("not valid JSON"), problem.message());
    }

    @Test
    void aDatasetWithoutSchemaIsAWarningSayingWhichFileToAdd(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build("datasets-invalid", out);

        Problem problem = only(result, "data/unschemed.json");
        assertTrue(!problem.isError());
        assertTrue(problem.message().contains("schemas/unschemed.schema.json"), problem.message());
    }

    private static Problem only(BuildResult result, String file) {
        List<Problem> problems = result.problems().stream().filter(p -> p.file().equals(file)).toList();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }
}
