package io.github.microsite;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mojo as Maven drives it: parameters in, log lines and a failure (never a stack trace) out. */
class BuildMojoTest {

    private static BuildMojo mojo(String fixture, Path out, boolean failOnWarnings, boolean skip, RecordingLog log)
            throws Exception {
        BuildMojo mojo = new BuildMojo();
        MojoParameters.set(mojo, "contentDirectory", FixtureSites.FIXTURES.resolve(fixture).resolve("content").toFile());
        MojoParameters.set(mojo, "outputDirectory", out.toFile());
        MojoParameters.set(mojo, "siteTitle", "Fixture");
        MojoParameters.set(mojo, "language", "zh-CN");
        MojoParameters.set(mojo, "basePath", "/");
        MojoParameters.set(mojo, "failOnWarnings", failOnWarnings);
        MojoParameters.set(mojo, "skip", skip);
        mojo.setLog(log);
        return mojo;
    }


    @Test
    void warningsAreLoggedWithPathAndLineAndFailTheBuildOnlyWithFailOnWarnings(@TempDir Path out) throws Exception {
        Path content = out.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("index.adoc"), "= Home\n\nSee <<nowhere>>.\n");
        RecordingLog log = new RecordingLog();
        BuildMojo lenient = mojo("minimal", out.resolve("site"), false, false, log);
        MojoParameters.set(lenient, "contentDirectory", content.toFile());

        lenient.execute();

        String expected = content.toAbsolutePath().normalize() + "/index.adoc:3: unresolved cross reference <<nowhere>>";
        assertTrue(log.lines.stream().anyMatch(line -> line.startsWith("[WARNING] ") && line.contains(
                "index.adoc:3: unresolved cross reference <<nowhere>>")), log.lines.toString());
        assertTrue(Files.isRegularFile(out.resolve("site/index.html")));

        RecordingLog strictLog = new RecordingLog();
        BuildMojo strict = mojo("minimal", out.resolve("site2"), true, false, strictLog);
        MojoParameters.set(strict, "contentDirectory", content.toFile());
        MojoFailureException failure = assertThrows(MojoFailureException.class, strict::execute);
        assertTrue(failure.getMessage().startsWith("Found 1 problem(s) in "), failure.getMessage());
        assertTrue(failure.getMessage().contains("(failOnWarnings is on)"));
        assertTrue(Files.notExists(out.resolve("site2")), "a build failed by its warnings publishes nothing");
        // Maven prints the failure's message after the log: the problem is in the log, not repeated there.
        assertTrue(!failure.getMessage().contains("unresolved cross reference"), failure.getMessage());
        assertEquals(1, strictLog.lines.stream().filter(line -> line.endsWith(expected + ": no page has a section or"
                + " anchor with id 'nowhere'; fix the id or add [[nowhere]] where it should point")).count(),
                strictLog.lines.toString());
    }

    @Test
    void aContentFolderReachedThroughASymbolicLinkIsBuilt(@TempDir Path out) throws Exception {
        Path real = out.resolve("chapters");
        Files.createDirectories(real);
        Files.writeString(real.resolve("index.adoc"), "= Home\n\nSee <<nowhere>>.\n");
        Path link = Files.createSymbolicLink(out.resolve("content"), real);
        RecordingLog log = new RecordingLog();
        BuildMojo mojo = mojo("minimal", out.resolve("site"), false, false, log);
        MojoParameters.set(mojo, "contentDirectory", link.toFile());

        mojo.execute();

        assertTrue(Files.isRegularFile(out.resolve("site/index.html")), log.lines.toString());
        assertTrue(log.lines.stream().anyMatch(line -> line.startsWith("[WARNING] ")
                && line.contains("index.adoc:3: unresolved cross reference <<nowhere>>")), log.lines.toString());

        Files.delete(link);
        Files.createSymbolicLink(link, out.resolve("gone"));
        org.apache.maven.plugin.MojoExecutionException dangling = assertThrows(
                org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);
        assertTrue(dangling.getMessage().contains("is a symbolic link to a folder that cannot be read"),
                dangling.getMessage());
    }

    @Test
    void errorsFailTheBuildWithTheirCountAndList(@TempDir Path out) throws Exception {
        RecordingLog log = new RecordingLog();

        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> mojo("ascii-urls", out, false, false, log).execute());

        assertTrue(failure.getMessage().startsWith("Found 1 problem(s) in "), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("each is listed above with its file and line"), failure.getMessage());
        // Printed once: in the log, located; the failure message only counts it.
        List<String> mentions = new ArrayList<>(log.lines);
        mentions.add(failure.getMessage());
        assertEquals(1, mentions.stream()
                .filter(line -> line.contains("chapters/第一章.adoc: the file name gives a URL that is not plain ASCII"))
                .count(), mentions.toString());
        assertEquals(1, log.lines.stream().filter(line -> line.startsWith("[ERROR]")).count(), log.lines.toString());
    }

    @Test
    void skipDoesNothing(@TempDir Path out) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo("ascii-urls", out.resolve("site"), true, true, log).execute();

        assertTrue(Files.notExists(out.resolve("site")));
        assertEquals(List.of("[INFO] Skipping the microsite build (microsite.skip)"), log.lines);
    }

    @Test
    void aStaticDirectoryThatIsNotThereIsRejectedBeforeAnyWork(@TempDir Path out) throws Exception {
        BuildMojo mojo = mojo("minimal", out.resolve("site"), false, false, new RecordingLog());
        StaticDirectory missing = new StaticDirectory();
        Field directory = StaticDirectory.class.getDeclaredField("directory");
        directory.setAccessible(true);
        directory.set(missing, out.resolve("nowhere").toFile());
        MojoParameters.set(mojo, "staticDirectories", List.of(missing));

        Exception error = assertThrows(Exception.class, mojo::execute);
        assertEquals("staticDirectories: " + out.resolve("nowhere") + " is not a folder; give each <staticDirectory>"
                + " an existing <directory>", error.getMessage());
        assertTrue(Files.notExists(out.resolve("site")));
    }

    @Test
    void aNegativeThreadCountIsRejectedBeforeAnyWork(@TempDir Path out) throws Exception {
        BuildMojo mojo = mojo("minimal", out, false, false, new RecordingLog());
        MojoParameters.set(mojo, "threads", -2);

        Exception error = assertThrows(Exception.class, mojo::execute);
        assertTrue(error.getMessage().contains("microsite.threads must be 0 (one per processor, at most four) or a"
                + " positive number of threads (got -2)"), error.getMessage());
        assertTrue(Files.notExists(out.resolve("index.html")));
    }

    @Test
    void aBasePathWithoutSlashesIsRejectedBeforeAnyWork(@TempDir Path out) throws Exception {
        BuildMojo mojo = mojo("minimal", out, false, false, new RecordingLog());
        MojoParameters.set(mojo, "basePath", "aigc-report");

        Exception error = assertThrows(Exception.class, mojo::execute);
        assertTrue(error.getMessage().contains("microsite.basePath must start and end with '/'"), error.getMessage());
        assertTrue(Files.notExists(out.resolve("index.html")));
    }

    @Test
    void withCheckOnTheBakedFilesAreCheckedInMemoryAndNothingIsWrittenWhenARuleFails(@TempDir Path out) throws Exception {
        RecordingLog log = new RecordingLog();
        BuildMojo mojo = mojo("book", out.resolve("site"), false, false, log);
        MojoParameters.set(mojo, "excludes", List.of("book/sections/**"));
        MojoParameters.set(mojo, "check", true);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().startsWith("The check found 3 problem(s) in the site baked from "),
                failure.getMessage());
        String finding = "index.html: <meta name=\"description\">: missing or empty; add :description: to the page's"
                + " header";
        assertTrue(log.lines.contains("[ERROR] " + finding), log.lines.toString());
        assertTrue(!failure.getMessage().contains(finding), "printed once, in the log: " + failure.getMessage());
        assertTrue(Files.notExists(out.resolve("site")), "a site that fails its check is not published");
    }

    @Test
    void aCheckRuleSwitchedOffSaysWhyAndTheBuildGoesOn(@TempDir Path out) throws Exception {
        RecordingLog log = new RecordingLog();
        BuildMojo mojo = mojo("book", out.resolve("site"), false, false, log);
        MojoParameters.set(mojo, "excludes", List.of("book/sections/**"));
        MojoParameters.set(mojo, "check", true);
        MojoParameters.set(mojo, "skipRules", java.util.Map.of("description", "the book has no summaries yet"));

        mojo.execute();

        assertTrue(log.lines.contains("[INFO] Check rule description is off: the book has no summaries yet"),
                log.lines.toString());
        assertTrue(Files.isRegularFile(out.resolve("site/index.html")));
    }

    @Test
    void anUnknownCheckRuleIsRejectedBeforeAnyWork(@TempDir Path out) throws Exception {
        BuildMojo mojo = mojo("minimal", out.resolve("site"), false, false, new RecordingLog());
        MojoParameters.set(mojo, "skipRules", java.util.Map.of("alt-text", "typo"));

        Exception error = assertThrows(org.apache.maven.plugin.MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("unknown check rule 'alt-text'"), error.getMessage());
        assertTrue(Files.notExists(out.resolve("site")));
    }
}
