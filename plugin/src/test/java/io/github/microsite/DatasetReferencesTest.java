package io.github.microsite;

import io.github.microsite.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema vocabulary x-key / x-ref / x-page: each broken promise is an error at the value's line and column. */
@ExtendWith(FixtureSites.Extension.class)
class DatasetReferencesTest {

    private static List<Problem> problems;


    private static List<Problem> problems(FixtureSites sites, Path out) {
        if (problems == null) {
            BuildResult result = sites.build("dataset-references-invalid", out);
            assertFalse(result.published());
            problems = result.problems();
        }
        return problems;
    }

    @Test
    void aDuplicateKeyIsAnErrorAtTheDuplicateNamingTheFirstRow(FixtureSites sites, @TempDir Path out) {
        Problem problem = at(problems(sites, out), "data/teams.json", "/rows/2/id");
        assertTrue(problem.isError());
        assertEquals(5, problem.line());
        assertEquals(12, problem.column());
        assertTrue(problem.message().startsWith("duplicate id 'red': row /rows/0 already has it"), problem.message());
    }

    @Test
    void aReferenceToAMissingRowNamesTheValueAndTheDataset(FixtureSites sites, @TempDir Path out) {
        Problem problem = at(problems(sites, out), "data/people.json", "/rows/0/teams/1");
        assertTrue(problem.isError());
        assertEquals(3, problem.line());
        assertEquals("'green' is not the id of any row of data/teams.json; fix the value or add that row to teams",
                problem.message());
    }

    @Test
    void aReferenceIntoADatasetWithoutKeySaysSo(FixtureSites sites, @TempDir Path out) {
        Problem problem = at(problems(sites, out), "data/people.json", "/rows/1/buddy");
        assertTrue(problem.message().contains("should name a row of dataset 'unkeyed'"), problem.message());
        assertTrue(problem.message().contains("declares no \"x-key\""), problem.message());
    }

    @Test
    void validReferencesAndNullPass(FixtureSites sites, @TempDir Path out) {
        List<String> pointers = problems(sites, out).stream().map(p -> p.file() + p.pointer()).toList();
        assertFalse(pointers.contains("data/teams.json/rows/0/lead"), pointers.toString());
        assertFalse(pointers.contains("data/people.json/rows/0/mentor"), pointers.toString());
        assertFalse(pointers.contains("data/people.json/rows/1/mentor"), pointers.toString());
        assertFalse(pointers.contains("data/people.json/rows/1/about"), pointers.toString());
    }

    @Test
    void aPageReferenceToAMissingPageOrIdIsAnErrorAtTheValue(FixtureSites sites, @TempDir Path out) {
        Problem missingPage = at(problems(sites, out), "data/people.json", "/rows/0/home");
        assertTrue(missingPage.isError());
        assertEquals(3, missingPage.line());
        assertTrue(missingPage.message().startsWith("'missing.adoc' names no page"), missingPage.message());
        Problem missingId = at(problems(sites, out), "data/people.json", "/rows/0/about");
        assertTrue(missingId.message().contains("has no section or anchor with id 'nowhere'"), missingId.message());
    }

    @Test
    void eachMistakeIsReportedOnce(FixtureSites sites, @TempDir Path out) {
        assertEquals(5, problems(sites, out).size(), problems(sites, out).toString());
    }

    private static Problem at(List<Problem> problems, String file, String pointer) {
        List<Problem> found = problems.stream().filter(p -> p.file().equals(file) && p.pointer().equals(pointer)).toList();
        assertEquals(1, found.size(), problems.toString());
        return found.get(0);
    }
}
