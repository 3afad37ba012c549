package io.github.microsite.publish;

import io.github.microsite.FreshJvm;
import io.github.microsite.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages written while the bake goes on end up exactly where and as a publish without them would put them. */
class StagedFilesTest {

    /** A build staging pages until its JVM is stopped, as Ctrl-C or Maven stopping a forked build would. */
    public static final class StagesUntilStopped {
        public static void main(String[] args) throws Exception {
            StagedFiles staged = StagedFiles.forNewFolder(Path.of(args[0]), Optional.empty()).orElseThrow();
            for (int page = 0; ; page++) {
                staged.write(file("part-" + page % 20 + "/page-" + page + ".html", "正文 " + page));
                if (page == 500) {
                    System.out.println("staging");
                }
                Thread.sleep(1);
            }
        }
    }

    @TempDir
    Path root;

    private static SiteFile file(String path, String text) {
        return SiteFile.generated(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> paths = Files.list(root)) {
            return paths.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void stagedPagesAndTheRestArePublishedTogetherAndNothingIsLeftBeside() throws Exception {
        Path out = root.resolve("site");
        SiteFile page = file("a/index.html", "A");
        SiteFile other = file("b/index.html", "B");
        SiteFile asset = file("assets/site.css", "css");
        try (StagedFiles staged = StagedFiles.forNewFolder(out, Optional.empty()).orElseThrow()) {
            staged.write(page);
            staged.write(other);
            assertTrue(new SitePublisher(out).publish(List.of(asset, other, page), new Problems(), Optional.of(staged)));
        }
        assertEquals("A", Files.readString(out.resolve("a/index.html")));
        assertEquals("B", Files.readString(out.resolve("b/index.html")));
        assertEquals("css", Files.readString(out.resolve("assets/site.css")));
        assertEquals(List.of("site", "site" + SitePublisher.MANIFEST_SUFFIX), siblings(), "no staging left behind");
        assertEquals(List.of("a/index.html", "assets/site.css", "b/index.html"),
                SitePublisher.readManifest(out).orElseThrow().stream().sorted().toList());
    }

    @Test
    void aStagedWriteThatFailsFailsThePublishAndLeavesNothing() throws Exception {
        Path out = root.resolve("site");
        SiteFile file = file("a", "a file where the next page needs a folder");
        SiteFile page = file("a/index.html", "A");
        try (StagedFiles staged = StagedFiles.forNewFolder(out, Optional.empty()).orElseThrow()) {
            staged.write(file);
            staged.write(page);
            UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                    () -> new SitePublisher(out).publish(List.of(file, page), new Problems(), Optional.of(staged)));
            assertTrue(failure.getMessage().startsWith("cannot write the site to " + out), failure.getMessage());
        }
        assertEquals(List.of(), siblings(), "no output, no staging folder, no manifest");
    }

    @Test
    void aJvmStoppedWhileStagingLeavesNoStagingFolderBehind() throws Exception {
        Process build = FreshJvm.of(StagesUntilStopped.class, List.of(), root.resolve("site").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(build.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("staging", out.readLine());
            assertEquals(1, siblings().size(), "a staging folder is being written: " + siblings());
            assertTrue(siblings().get(0).startsWith("site.partial-"), siblings().toString());

            build.destroy(); // SIGTERM, as Ctrl-C or Maven stopping the forked build sends
            assertTrue(build.waitFor(60, TimeUnit.SECONDS), "the stopped JVM ends");
        } finally {
            build.destroyForcibly();
        }
        assertEquals(List.of(), siblings(), "the stopped build's staging folder is gone");
    }

    @Test
    void aStagedPageReplacedBeforePublishingIsWrittenAgain() throws Exception {
        Path out = root.resolve("site");
        try (StagedFiles staged = StagedFiles.forNewFolder(out, Optional.empty()).orElseThrow()) {
            staged.write(file("index.html", "first bake"));
            new SitePublisher(out).publish(List.of(file("index.html", "what the build publishes")), new Problems(),
                    Optional.of(staged));
        }
        assertEquals("what the build publishes", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aBuildThatPublishesNothingLeavesNothing() throws Exception {
        Path out = root.resolve("site");
        try (StagedFiles staged = StagedFiles.forNewFolder(out, Optional.empty()).orElseThrow()) {
            staged.write(file("index.html", "A"));
            staged.write(file("../escape.html", "outside"));
        }
        assertEquals(List.of(), siblings(), "the staging folder is gone, and nothing was written outside it");
        Problems problems = new Problems();
        try (StagedFiles staged = StagedFiles.forNewFolder(out, Optional.empty()).orElseThrow()) {
            staged.write(file("index.html", "A"));
            assertFalse(new SitePublisher(out).publish(List.of(file("index.html", "A"), file("index.html", "B")),
                    problems, Optional.of(staged)), "two files claim one path: nothing is published");
        }
        assertEquals(List.of(), siblings());
    }

    @Test
    void onlyAFolderThatDoesNotExistIsStagedAndItsParentIsMadeOnlyInsideTheBuildFolder() throws Exception {
        Path existing = Files.createDirectories(root.resolve("site"));
        assertTrue(StagedFiles.forNewFolder(existing, Optional.empty()).isEmpty(), "an existing folder: updated in place");
        Path elsewhere = root.resolve("not-yet/site");
        assertTrue(StagedFiles.forNewFolder(elsewhere, Optional.empty()).isEmpty());
        assertFalse(Files.exists(root.resolve("not-yet")), "no folder made outside the build folder");
        Path build = root.resolve("target");
        try (StagedFiles staged = StagedFiles.forNewFolder(build.resolve("microsite"), Optional.of(build)).orElseThrow()) {
            assertTrue(Files.isDirectory(build));
        }
    }
}
