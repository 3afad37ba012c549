package io.github.microsite.convert;

import io.github.microsite.BakedSite;
import io.github.microsite.Pipeline;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.publish.SiteFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project build keeps its conversions under target/: the next build - a new JVM, so a new pipeline and converter -
 * starts Asciidoctor only if some page changed, and bakes the same bytes either way.
 */
class ConversionStoreTest {

    @TempDir
    Path project;

    private SiteConfig config() {
        return new SiteConfig(project.resolve("content"), project.resolve("target/microsite"), Optional.empty(), "Store",
                "en", "/", Optional.empty(), List.of(), List.of(), Map.of(), false, false,
                Optional.of(new SiteConfig.ProjectFolders(project, project.resolve("target"))));
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static BakedSite bakeInANewProcess(SiteConfig config, AsciidocConverter converter) {
        return new Pipeline(converter).bake(config);
    }

    @Test
    void aBuildWithNothingChangedNeverStartsAsciidoctorAndBakesTheSameBytes() throws IOException {
        write("index.adoc", "= Home\n\nSee xref:one.adoc#part[the part] and {missing}.\n");
        // Numbered sections: their numbers, in the contents too, come back from the store.
        write("one.adoc", "= One\n:sectnums:\n\n[#part]\n== Part\n\ninclude::_shared.adoc[]\n");
        write("_shared.adoc", "Shared text.\n");
        BakedSite cold;
        try (AsciidocConverter first = new AsciidocConverter()) {
            cold = bakeInANewProcess(config(), first);
            assertTrue(first.isStarted());
        }
        assertEquals(2, cold.pagesConverted());
        assertTrue(Files.isDirectory(project.resolve("target").resolve(ConversionCache.FOLDER)));

        try (AsciidocConverter second = new AsciidocConverter()) {
            BakedSite warm = bakeInANewProcess(config(), second);
            assertFalse(second.isStarted(), "nothing changed: Asciidoctor is not started");
            assertEquals(0, warm.pagesConverted());
            assertEquals(cold.problems(), warm.problems(), "cached pages report their warnings again");
            assertSameFiles(cold, warm);
        }

        write("_shared.adoc", "Shared text, edited.\n");
        try (AsciidocConverter third = new AsciidocConverter()) {
            BakedSite edited = bakeInANewProcess(config(), third);
            assertTrue(third.isStarted());
            assertEquals(1, edited.pagesConverted(), "only the page that includes the changed file");
        }
    }

    /** The conversion of the build that starts Asciidoctor is reported (ShortBuildJit listens), and no other. */
    @Test
    void onlyTheBuildThatStartsAsciidoctorReportsItsConversion() throws IOException {
        write("index.adoc", "= Home\n\nText.\n");
        write("other.adoc", "= Other\n\nText.\n");
        List<String> told = new java.util.ArrayList<>();
        Pipeline.ColdConversion recorder = pages -> told.add("starts " + pages);
        try (AsciidocConverter converter = new AsciidocConverter()) {
            Pipeline pipeline = new Pipeline(converter, recorder);
            pipeline.bake(config());
            assertEquals(List.of("starts 2"), told);
            write("index.adoc", "= Home\n\nEdited.\n");
            pipeline.bake(config()); // the same pipeline again, as a preview (serve) rebuilds
            assertEquals(List.of("starts 2"), told, "a warm converter: not a cold conversion");
        }
        try (AsciidocConverter fresh = new AsciidocConverter()) {
            write("other.adoc", "= Other\n\nEdited.\n");
            new Pipeline(fresh, recorder).bake(config());
            assertEquals(List.of("starts 2", "starts 1"), told, "a new JVM converting the changed page");
        }
        try (AsciidocConverter fresh = new AsciidocConverter()) {
            new Pipeline(fresh, recorder).bake(config());
            assertFalse(fresh.isStarted());
            assertEquals(2, told.size(), "nothing changed: Asciidoctor is not started, nothing is told");
        }
    }

    @Test
    void anUnreadableCacheFileIsAMissNotAFailure() throws IOException {
        write("index.adoc", "= Home\n\nText.\n");
        try (AsciidocConverter first = new AsciidocConverter()) {
            bakeInANewProcess(config(), first);
        }
        try (var files = Files.list(project.resolve("target").resolve(ConversionCache.FOLDER))) {
            for (Path file : files.toList()) {
                Files.writeString(file, "{ not json");
            }
        }
        try (AsciidocConverter second = new AsciidocConverter()) {
            BakedSite rebuilt = bakeInANewProcess(config(), second);
            assertEquals(1, rebuilt.pagesConverted());
            assertTrue(rebuilt.problems().isEmpty(), rebuilt.problems().toString());
        }
    }

    @Test
    void aBuildOutsideAProjectKeepsNothingOnDisk() throws IOException {
        write("index.adoc", "= Home\n\nText.\n");
        SiteConfig noProject = new SiteConfig(project.resolve("content"), project.resolve("out"), Optional.empty(), "x",
                "en", "/", Optional.empty(), List.of(), List.of(), Map.of());
        try (AsciidocConverter converter = new AsciidocConverter()) {
            new Pipeline(converter).bake(noProject);
        }
        assertFalse(Files.exists(project.resolve("target")));
    }

    private static void assertSameFiles(BakedSite expected, BakedSite actual) {
        assertEquals(expected.files().stream().map(SiteFile::path).toList(),
                actual.files().stream().map(SiteFile::path).toList());
        for (int i = 0; i < expected.files().size(); i++) {
            assertArrayEquals(expected.files().get(i).content().orElse(new byte[0]),
                    actual.files().get(i).content().orElse(new byte[0]), expected.files().get(i).path());
        }
    }
}
