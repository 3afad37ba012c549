package io.github.microsite;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code microsite:diff} on two built folders: a Markdown file for the pull request, never a failed build for a change. */
class DiffMojoTest {

    private static final Path DIFF = FixtureSites.FIXTURES.resolve("diff");

    private static DiffMojo mojo(Path previous, Path current, Path summary) throws Exception {
        DiffMojo mojo = new DiffMojo();
        MojoParameters.set(mojo, "outputDirectory", current.toFile());
        MojoParameters.set(mojo, "previousDirectory", previous.toFile());
        MojoParameters.set(mojo, "diffFile", summary.toFile());
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
            }
        });
        return mojo;
    }


    @Test
    void writesTheSummaryOfTheChangesAndSucceeds(@TempDir Path out) throws Exception {
        Path summary = out.resolve("reports/diff.md");

        DiffMojo mojo = mojo(DIFF.resolve("before/site"), DIFF.resolve("after/site"), summary);
        MojoParameters.set(mojo, "previousLabel", "the base branch (main)");

        mojo.execute();

        String markdown = Files.readString(summary);
        assertTrue(markdown.startsWith("## What readers will see change\n\nCompared with the base branch (main): 1 page added, "),
                markdown);
        assertTrue(markdown.contains("  - sections changed: 市场规模\n"), markdown);
    }

    @Test
    void aMissingPreviousBuildFailsWithWhatToDo(@TempDir Path out) throws Exception {
        Path missing = out.resolve("base-site");

        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> mojo(missing, DIFF.resolve("after/site"), out.resolve("diff.md")).execute());

        assertTrue(failure.getMessage().startsWith("No built site in " + missing + "; build both sites first, or point "
                + "microsite.previousDirectory at a built site folder"), failure.getMessage());
        assertTrue(Files.notExists(out.resolve("diff.md")));
    }
}
