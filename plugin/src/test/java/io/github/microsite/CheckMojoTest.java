package io.github.microsite;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code microsite:check} on a folder on disk, as bound to {@code verify} or run on its own. */
class CheckMojoTest {

    private static final Path CHECK_FIXTURES = FixtureSites.FIXTURES.resolve("check");

    private static CheckMojo mojo(Path folder, RecordingLog log) throws Exception {
        CheckMojo mojo = new CheckMojo();
        MojoParameters.set(mojo, "outputDirectory", folder.toFile());
        MojoParameters.set(mojo, "basePath", "/report/");
        MojoParameters.set(mojo, "siteUrl", "https://example.test/report/");
        mojo.setLog(log);
        return mojo;
    }


    @Test
    void aSoundSitePassesAndSaysHowManyPagesWereChecked() throws Exception {
        RecordingLog log = new RecordingLog();

        mojo(CHECK_FIXTURES.resolve("clean/site"), log).execute();

        assertEquals(List.of("[INFO] Checked 3 page(s) in " + CHECK_FIXTURES.resolve("clean/site").toFile()
                + ": no problems"), log.lines);
    }

    @Test
    void eachProblemIsOneLinePageElementWhatIsWrongAndTheBuildFails() throws Exception {
        RecordingLog log = new RecordingLog();
        // Only the fault's files: the page without its title, in a folder of its own.
        Path folder = CHECK_FIXTURES.resolve("title/site");

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo(folder, log).execute());

        assertTrue(failure.getMessage().startsWith("The check found "), failure.getMessage());
        String finding = "page/index.html: <title>: missing or empty; give the page a document title (= Title)";
        assertTrue(log.lines.contains("[ERROR] " + finding), log.lines.toString());
        // Printed once: in the log; Maven prints the failure's message after it, which only counts.
        assertTrue(!failure.getMessage().contains(finding), failure.getMessage());
    }

    @Test
    void aMissingFolderFailsWithWhatToDo(@TempDir Path empty) throws Exception {
        File missing = empty.resolve("not-built").toFile();

        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> mojo(missing.toPath(), new RecordingLog()).execute());

        assertTrue(failure.getMessage().startsWith("No site to check in " + missing + "; build it first"),
                failure.getMessage());
    }
}
