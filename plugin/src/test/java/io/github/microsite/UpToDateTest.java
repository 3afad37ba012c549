package io.github.microsite;

import io.github.microsite.model.ContentLayout;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.publish.SitePublisher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build with nothing changed skips the bake and reports the last build's warnings; a change to any kind of input,
 * or to the published folder, makes it a real build again.
 */
@ExtendWith(FixtureSites.Extension.class)
class UpToDateTest {

    @TempDir
    Path project;
    private Path content;
    private Path theme;
    private Path extra;
    private Path output;

    /** Every kind of input: pages, an include, a dataset and its schema, an image, a theme file, a static folder. */
    @BeforeEach
    void project() throws IOException {
        content = project.resolve("content");
        theme = project.resolve("theme");
        extra = project.resolve("extra");
        output = project.resolve("target/microsite");
        Files.createDirectories(content.resolve("chapters"));
        Files.writeString(content.resolve("index.adoc"), "= 首页\n\n见 xref:chapters/one.adoc[第一章]。\n");
        Files.writeString(content.resolve("chapters/one.adoc"), "= 第一章\n\ninclude::_part.adoc[]\n\n"
                + "image::../images/figure.png[图]\n\n见 xref:missing.adoc[缺的一页]。\n\ndataset::things[]\n");
        Files.writeString(content.resolve("chapters/_part.adoc"), "被包含的段落。\n");
        Path datasets = FixtureSites.FIXTURES.resolve("datasets/content");
        Files.createDirectories(content.resolve("data"));
        Files.createDirectories(content.resolve("schemas"));
        Files.copy(datasets.resolve("data/things.json"), content.resolve("data/things.json"));
        Files.copy(datasets.resolve("schemas/things.schema.json"), content.resolve("schemas/things.schema.json"));
        Files.createDirectories(content.resolve("images"));
        Files.write(content.resolve("images/figure.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Files.write(content.resolve("images/unused.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 4});
        Files.createDirectories(theme.resolve("assets/css"));
        Files.writeString(theme.resolve("assets/css/extra.css"), ".extra { color: teal; }\n");
        Files.createDirectories(extra);
        Files.writeString(extra.resolve("notes.txt"), "published as is\n");
    }

    private SiteConfig config(Map<String, String> attributes) {
        return new SiteConfig(content, output, Optional.of(theme), "Up to date", "zh-CN", "/", Optional.empty(),
                List.of(), List.of(), attributes, false, false,
                Optional.of(new SiteConfig.ProjectFolders(project, project.resolve("target"))))
                .withLayout(new ContentLayout(Optional.empty(), Optional.empty(), List.of(), List.of(),
                        List.of(new ContentLayout.StaticDirectory(extra, "extra"))));
    }

    private SiteConfig config() {
        return config(Map.of());
    }

    private static Map<String, String> files(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), new String(Files.readAllBytes(file),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    @Test
    void nothingChangedSkipsTheBakeReportsTheSameWarningsAndLeavesTheOutputAsItWas(FixtureSites sites) {
        BuildResult first = sites.pipeline().build(config());
        assertTrue(first.published() && !first.upToDate(), first.problems().toString());
        assertTrue(first.warnings().stream().anyMatch(problem -> problem.message().contains("missing")),
                "the fixture has a warning to replay: " + first.problems());
        Map<String, String> published = files(output);

        BuildResult second = sites.pipeline().build(config());

        assertTrue(second.upToDate(), second.stageMillis().toString());
        assertTrue(second.published());
        assertEquals(first.problems(), second.problems(), "a skipped build still reports its warnings");
        assertEquals(first.pageCount(), second.pageCount());
        assertEquals(List.of("up-to-date check"), List.copyOf(second.stageMillis().keySet()), "nothing was baked");
        assertEquals(published, files(output));
    }

    /** Each kind of input the build reads, changed once. */
    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("a page", (Change) test -> test.append("content/index.adoc", "\n新的一句。\n")),
                Arguments.of("an included file", (Change) test -> test.append("content/chapters/_part.adoc", "又一句。\n")),
                Arguments.of("a dataset", (Change) test -> test.replace("content/data/things.json", "\"b\"", "\"c\"")),
                Arguments.of("a schema", (Change) test -> test.replace("content/schemas/things.schema.json",
                        "\"string\"", "\"string\", \"minLength\": 1")),
                Arguments.of("an image", (Change) test -> test.append("content/images/figure.png", "4")),
                Arguments.of("a new content file", (Change) test -> test.append("content/chapters/two.adoc", "= 二\n")),
                Arguments.of("a deleted content file", (Change) test -> test.delete("content/images/unused.png")),
                Arguments.of("a theme file", (Change) test -> test.append("theme/assets/css/extra.css", "p {}\n")),
                Arguments.of("a static directory file", (Change) test -> test.append("extra/notes.txt", "more\n")),
                Arguments.of("a parameter", (Change) test -> test.attributes = Map.of("site-credit", "新的署名")),
                Arguments.of("the check rules", (Change) test -> test.approval = "check, skipping {image-alt=why}"));
    }

    @FunctionalInterface
    interface Change {
        void apply(UpToDateTest test) throws IOException;
    }

    Map<String, String> attributes = Map.of();
    String approval = "";

    void append(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    void replace(String path, String from, String to) throws IOException {
        Path file = project.resolve(path);
        String text = Files.readString(file);
        assertTrue(text.contains(from), path + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    void delete(String path) throws IOException {
        Files.delete(project.resolve(path));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangedInputIsNeverSkipped(String what, Change change, FixtureSites sites) throws IOException {
        assertTrue(sites.pipeline().build(config(), "", site -> true).published());
        assertTrue(sites.pipeline().build(config(), "", site -> true).upToDate(), "unchanged: skipped");

        change.apply(this);
        BuildResult changed = sites.pipeline().build(config(attributes), approval, site -> true);

        assertFalse(changed.upToDate(), what + " changed, yet the bake was skipped");
        assertTrue(changed.stageMillis().containsKey("compose"), changed.stageMillis().toString());
        assertTrue(sites.pipeline().build(config(attributes), approval, site -> true).upToDate(),
                "and the build after that, with nothing changed again, is skipped");
    }

    @Test
    void aHandEditedOutputFileIsWrittenAgain(FixtureSites sites) throws IOException {
        sites.pipeline().build(config());
        Map<String, String> published = files(output);
        Path page = output.resolve("chapters/one/index.html");
        Files.writeString(page, Files.readString(page).replace("被包含的段落", "edited by hand"));

        BuildResult again = sites.pipeline().build(config());

        assertFalse(again.upToDate());
        assertEquals(published, files(output), "the edit is undone");
    }

    @Test
    void aDeletedOutputFileOrManifestIsWrittenAgain(FixtureSites sites) throws IOException {
        sites.pipeline().build(config());
        Map<String, String> published = files(output);
        String manifest = Files.readString(SitePublisher.manifestOf(output));

        Files.delete(output.resolve("chapters/one/index.html"));
        assertFalse(sites.pipeline().build(config()).upToDate());
        assertEquals(published, files(output));

        Files.delete(SitePublisher.manifestOf(output));
        assertFalse(sites.pipeline().build(config()).upToDate());
        assertEquals(manifest, Files.readString(SitePublisher.manifestOf(output)));
        assertTrue(sites.pipeline().build(config()).upToDate());
    }

    @Test
    void aFileAddedToTheOutputIsNotVouchedFor(FixtureSites sites) throws IOException {
        sites.pipeline().build(config());
        Files.writeString(output.resolve("CNAME"), "example.test\n");

        BuildResult again = sites.pipeline().build(config());

        // Inside the build directory the folder may be replaced; the point is that the bake ran and decided.
        assertFalse(again.upToDate());
        assertNotEquals(List.of(), List.copyOf(again.stageMillis().keySet()));
    }

    @Test
    void aBuildWithoutAProjectNeverSkips(FixtureSites sites) {
        SiteConfig noProject = new SiteConfig(content, output, Optional.of(theme), "Up to date", "zh-CN", "/",
                Optional.empty(), List.of(), List.of(), Map.of());
        sites.pipeline().build(noProject);
        assertFalse(sites.pipeline().build(noProject).upToDate());
    }

    /** Sets every input file's time an hour back, as files checked out long before the build. */
    private void ageInputs() throws IOException {
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(3600));
        for (Path folder : List.of(content, theme, extra)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    Files.setLastModifiedTime(file, hourAgo);
                }
            }
        }
    }

    @Test
    void anOldFileEditedToTheSameSizeIsSeenByItsOtherTime(FixtureSites sites) throws IOException {
        ageInputs();
        assertTrue(sites.pipeline().build(config()).published());
        assertTrue(sites.pipeline().build(config()).upToDate(), "old files: hashes taken from the record");

        // Same size, and a time as old as a checkout may give it: only the time differs from the record.
        replace("content/chapters/_part.adoc", "被包含的段落", "被包含的句子");
        Files.setLastModifiedTime(content.resolve("chapters/_part.adoc"),
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(1800)));

        assertFalse(sites.pipeline().build(config()).upToDate());
    }

    @Test
    void anEditInTheClockTickOfTheLastLookIsSeenEvenWithTheOldTime(FixtureSites sites) throws IOException {
        assertTrue(sites.pipeline().build(config()).published());
        Path part = content.resolve("chapters/_part.adoc");
        java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(part);

        // Same size, and the time the record holds: only the "modified just before the look" rule catches it.
        replace("content/chapters/_part.adoc", "被包含的段落", "被包含的句子");
        Files.setLastModifiedTime(part, before);

        assertFalse(sites.pipeline().build(config()).upToDate());
    }
}
