package io.github.microsite.load;

import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentLoaderTest {

    @TempDir
    Path content;

    private SourceCatalog load(List<String> excludes, Problems problems) {
        return new ContentLoader(new SiteConfig(content, content.resolve("out"), Optional.empty(), "t", "zh-CN", "/",
                Optional.empty(), List.of(), excludes, Map.of())).load(problems);
    }

    private void touch(String... paths) throws IOException {
        for (String path : paths) {
            Files.createDirectories(content.resolve(path).getParent());
            Files.writeString(content.resolve(path), "x");
        }
    }

    private static List<String> paths(List<SourceFile> files) {
        return files.stream().map(SourceFile::relativePath).toList();
    }

    @Test
    void asciidocFilesArePagesExceptPartialsAndHiddenFiles() throws IOException {
        touch("index.adoc", "chapters/one.adoc", "book/ch01.asc", "chapters/_parts/a.adoc", "_draft.adoc",
                ".hidden/x.adoc", "chapters/.notes.adoc");

        SourceCatalog catalog = load(List.of(), new Problems());

        assertEquals(List.of("book/ch01.asc", "chapters/one.adoc", "index.adoc"), paths(catalog.pages()));
    }

    @Test
    void excludedAsciidocFilesAreNeitherPagesNorPublishedRaw() throws IOException {
        touch("book/ch01.asc", "book/sections/s1.asc");

        SourceCatalog catalog = load(List.of("book/sections/**"), new Problems());

        assertEquals(List.of("book/ch01.asc"), paths(catalog.pages()));
        assertEquals(List.of(), paths(catalog.resources()));
    }

    @Test
    void sortsDataSchemasAndResourcesApart() throws IOException {
        touch("index.adoc", "data/b.json", "data/a.json", "schemas/a.schema.json", "images/x.png", "data/notes.txt");

        SourceCatalog catalog = load(List.of(), new Problems());

        assertEquals(List.of("data/a.json", "data/b.json"), paths(catalog.datasets()));
        assertEquals(List.of("schemas/a.schema.json"), paths(catalog.schemas()));
        assertEquals(List.of("data/notes.txt", "images/x.png"), paths(catalog.resources()));
    }

    @Test
    void aFolderWithoutPagesIsAnErrorSayingWhatWasLookedFor() throws IOException {
        touch("images/x.png");
        Problems problems = new Problems();

        load(List.of(), problems);

        assertTrue(problems.hasErrors());
        assertTrue(problems.all().get(0).message().contains("no AsciiDoc page found"));
    }

    @Test
    void aMissingContentFolderIsAnErrorNamingTheParameter() {
        Problems problems = new Problems();
        new ContentLoader(new SiteConfig(content.resolve("nope"), content, Optional.empty(), "t", "zh-CN", "/",
                Optional.empty(), List.of(), List.of(), Map.of())).load(problems);

        assertTrue(problems.all().get(0).message().contains("microsite.contentDirectory"));
    }
}
