package io.github.microsite;

import io.github.microsite.convert.ConversionCache;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build goal in a JVM of its own ({@code microsite.fork}): the same site, the same log lines and the same verdict
 * as inside Maven's JVM, and no JVM started for a build with nothing to bake.
 */
class ForkedBuildTest {

    private static final Path COLLECTIONS = FixtureSites.FIXTURES.resolve("collections");
    private static final String FORKED = "[DEBUG] Building in a JVM of its own";

    /** Records debug lines too, as {@code mvn -X} shows them. */
    private static final class DebugLog extends RecordingLog {
        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public void debug(CharSequence content) {
            lines.add("[DEBUG] " + content);
        }
    }

    /**
     * The mojo in a Maven started without JVM options, that has not built before (the test JVM stops at C1 like this
     * repository's Maven, and its shared Asciidoctor may be warm by now).
     */
    private static BuildMojo mojo(Path content, Path out, boolean fork, RecordingLog log) throws Exception {
        BuildMojo mojo = new BuildMojo() {
            @Override
            List<String> mavenJvmArguments() {
                return List.of();
            }

            @Override
            boolean hasWarmConverter() {
                return false;
            }
        };
        MojoParameters.set(mojo, "contentDirectory", content.toFile());
        MojoParameters.set(mojo, "outputDirectory", out.toFile());
        MojoParameters.set(mojo, "projectDirectory", content.getParent().toFile());
        MojoParameters.set(mojo, "buildDirectory", content.resolveSibling("target").toFile());
        MojoParameters.set(mojo, "themeDirectory", COLLECTIONS.resolve("theme").toFile());
        MojoParameters.set(mojo, "siteTitle", "Regions");
        MojoParameters.set(mojo, "language", "en");
        MojoParameters.set(mojo, "basePath", "/regions/");
        MojoParameters.set(mojo, "siteUrl", "https://example.org/regions/");
        MojoParameters.set(mojo, "attributes", Map.of("site-credit", "Fixture"));
        CollectionParameter regions = new CollectionParameter();
        MojoParameters.set(regions, "dataset", "regions");
        MojoParameters.set(regions, "template", "region");
        MojoParameters.set(regions, "path", "regions/{slug}/");
        MojoParameters.set(regions, "sort", "rank");
        MojoParameters.set(regions, "overview", "regions/");
        MojoParameters.set(mojo, "collections", List.of(regions));
        MojoParameters.set(mojo, "check", true);
        MojoParameters.set(mojo, "skipRules", Map.of("description", "the fixture's pages have none",
                "broken-links", "a page links nowhere on purpose"));
        MojoParameters.set(mojo, "fork", fork);
        mojo.setLog(log);
        return mojo;
    }

    private static Path content(Path project, String extraPage) throws IOException {
        Path content = project.resolve("content");
        FixtureSites.copy(COLLECTIONS.resolve("content"), content);
        Files.writeString(content.resolve("extra.adoc"), extraPage);
        return content;
    }

    /** The log without its stage times (they differ from run to run), its project folder, and debug lines. */
    private static List<String> comparable(List<String> lines, Path project) {
        return lines.stream().filter(line -> !line.startsWith("[DEBUG]"))
                .map(line -> line.replace(project.toString(), "PROJECT").replaceAll("\\d+ ms", "N ms")).toList();
    }

    @Test
    void aForkedBuildWritesTheSameSiteAndLogsTheSameLinesAsABuildInsideMaven(@TempDir Path projects) throws Exception {
        String page = "= Extra\n\nSee <<nowhere>>.\n";
        Path insideProject = projects.resolve("inside");
        Path forkedProject = projects.resolve("forked");
        DebugLog inside = new DebugLog();
        DebugLog forked = new DebugLog();

        mojo(content(insideProject, page), insideProject.resolve("target/site"), false, inside).execute();
        mojo(content(forkedProject, page), forkedProject.resolve("target/site"), true, forked).execute();

        assertTrue(forked.lines.stream().anyMatch(line -> line.startsWith(FORKED)), forked.lines.toString());
        assertFalse(inside.lines.stream().anyMatch(line -> line.startsWith(FORKED)), inside.lines.toString());
        Map<String, byte[]> insideFiles = FixtureSites.tree(insideProject.resolve("target/site"));
        assertTrue(insideFiles.containsKey("regions/index.html"), insideFiles.keySet().toString());
        FixtureSites.assertSameTree(insideFiles, FixtureSites.tree(forkedProject.resolve("target/site")),
                "the forked build");
        assertEquals(comparable(inside.lines, insideProject), comparable(forked.lines, forkedProject));
        assertTrue(forked.lines.stream().anyMatch(line -> line.startsWith("[WARNING] ")
                && line.contains("extra.adoc:3: unresolved cross reference <<nowhere>>")), forked.lines.toString());
        assertTrue(forked.lines.stream().anyMatch(line -> line.startsWith("[INFO] Check rule description is off")),
                forked.lines.toString());
    }

    @Test
    void problemsFoundInAForkedBuildFailItWithTheSameMessageAndPublishNothing(@TempDir Path projects)
            throws Exception {
        String page = "= Extra\n\ninclude::../../outside.adoc[]\n";
        Path insideProject = projects.resolve("inside");
        Path forkedProject = projects.resolve("forked");
        RecordingLog inside = new RecordingLog();
        RecordingLog forked = new RecordingLog();

        MojoFailureException insideFailure = assertThrows(MojoFailureException.class, () -> mojo(
                content(insideProject, page), insideProject.resolve("target/site"), false, inside).execute());
        MojoFailureException forkedFailure = assertThrows(MojoFailureException.class, () -> mojo(
                content(forkedProject, page), forkedProject.resolve("target/site"), true, forked).execute());

        assertEquals(insideFailure.getMessage().replace(insideProject.toString(), "PROJECT"),
                forkedFailure.getMessage().replace(forkedProject.toString(), "PROJECT"));
        assertTrue(forkedFailure.getMessage().startsWith("Found 1 problem(s) in "), forkedFailure.getMessage());
        assertEquals(comparable(inside.lines, insideProject), comparable(forked.lines, forkedProject));
        assertTrue(forked.lines.stream().anyMatch(line -> line.startsWith("[ERROR] ") && line.contains("extra.adoc:3")),
                forked.lines.toString());
        assertTrue(Files.notExists(forkedProject.resolve("target/site")));
    }

    @Test
    void aBuildWithPagesInTheConversionCacheStaysInMavensJvm(@TempDir Path project) throws Exception {
        Path content = content(project, "= Extra\n\nText.\n");
        DebugLog cold = new DebugLog();
        mojo(content, project.resolve("target/site"), true, cold).execute();
        Files.writeString(content.resolve("extra.adoc"), "= Extra\n\nOther text.\n");
        DebugLog changed = new DebugLog();

        mojo(content, project.resolve("target/site"), true, changed).execute();

        assertTrue(cold.lines.stream().anyMatch(line -> line.startsWith(FORKED)), cold.lines.toString());
        assertTrue(changed.lines.contains("[DEBUG] Building inside Maven's JVM: the conversion cache holds the last"
                + " build's pages, so few convert"), changed.lines.toString());
        assertTrue(changed.lines.stream().anyMatch(line -> line.contains("(1 converted")), changed.lines.toString());
        assertFalse(changed.lines.stream().anyMatch(line -> line.startsWith(FORKED)), changed.lines.toString());
    }

    @Test
    void aColdBuildWithNothingToBakeStartsNoJvm(@TempDir Path project) throws Exception {
        Path content = content(project, "= Extra\n\nText.\n");
        DebugLog refused = new DebugLog();
        MojoFailureException refusal = assertThrows(MojoFailureException.class,
                () -> mojo(content, content, true, refused).execute());
        assertTrue(refusal.getMessage().contains("content"), refusal.getMessage());
        assertFalse(refused.lines.stream().anyMatch(line -> line.startsWith(FORKED)), refused.lines.toString());

        mojo(content, project.resolve("target/site"), true, new RecordingLog()).execute();
        // Cold again (no conversion cache), but the last build's record and output are as they were.
        try (Stream<Path> cached = Files.walk(project.resolve("target").resolve(ConversionCache.FOLDER))) {
            for (Path path : cached.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        DebugLog again = new DebugLog();

        mojo(content, project.resolve("target/site"), true, again).execute();

        assertTrue(again.lines.stream().anyMatch(line -> line.startsWith("[INFO] The microsite in ")
                && line.contains("is up to date")), again.lines.toString());
        assertFalse(again.lines.stream().anyMatch(line -> line.startsWith(FORKED)), again.lines.toString());
    }
}
