package io.github.microsite.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemTest {

    @Test
    void describesItselfLikeACompilerMessage() {
        assertEquals("chapters/a.adoc:12: broken", Problem.error("chapters/a.adoc", 12, "broken").describe());
        assertEquals("chapters/a.adoc: broken", Problem.error("chapters/a.adoc", 0, "broken").describe());
        assertEquals("data/x.json:4:7: /rows/1/id: bad",
                new Problem(Severity.ERROR, "data/x.json", 4, 7, "/rows/1/id", "bad").describe());
        assertEquals("(site): nothing to build", Problem.error("", 0, "nothing to build").describe());
    }

    @Test
    void problemsAreListedByFileAndLineWhateverOrderTheyWereFoundIn() {
        Problems problems = new Problems();
        problems.warning("b.adoc", 3, "x");
        problems.error("a.adoc", 20, "y");
        problems.error("a.adoc", 3, "z");

        assertEquals(List.of("a.adoc:3: z", "a.adoc:20: y", "b.adoc:3: x"),
                problems.all().stream().map(Problem::describe).toList());
    }
}
