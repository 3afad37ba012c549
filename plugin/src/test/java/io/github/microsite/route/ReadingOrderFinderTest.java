package io.github.microsite.route;

import io.github.microsite.model.ContentLayout;
import io.github.microsite.model.Problem;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadingOrderFinderTest {

    @TempDir
    Path content;

    private List<SourceFile> pages(String... paths) throws IOException {
        List<SourceFile> pages = new ArrayList<>();
        for (String path : paths) {
            pages.add(new SourceFile(content.resolve(path), path));
        }
        return pages;
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(content.resolve(path).getParent());
        Files.writeString(content.resolve(path), text);
    }

    private ReadingOrder find(ContentLayout layout, Problems problems, List<SourceFile> pages) {
        SiteConfig config = new SiteConfig(content, content.resolve("out"), Optional.empty(), "T", "en", "/",
                Optional.empty(), List.of(), List.of(), Map.of("chapters", "chapters")).withLayout(layout);
        return new ReadingOrderFinder(config).find(pages, problems);
    }

    @Test
    void aMasterFileGivesItsIncludesInOrderThroughPartsAndAttributes() throws IOException {
        write("book.asciidoc", "= Book\n:part-one: parts/one.adoc\n\ninclude::{chapters}/b.adoc[]\n"
                + "include::{part-one}[]\n// include::ignored.adoc[]\n");
        write("parts/one.adoc", "= Part\n\ninclude::../chapters/a.adoc[leveloffset=+1]\n");
        write("chapters/a.adoc", "== A\n");
        write("chapters/b.adoc", "== B\n");
        Problems problems = new Problems();

        ReadingOrder order = find(ContentLayout.DEFAULT, problems,
                pages("book.asciidoc", "chapters/a.adoc", "chapters/b.adoc"));

        assertEquals(List.of("chapters/b.adoc", "chapters/a.adoc"), order.paths());
        assertEquals(Set.of("book.asciidoc"), order.notPages());
        assertEquals(List.of(), problems.all());
    }

    @Test
    void anIndexPageThatIncludesNoPageStaysTheHomePage() throws IOException {
        write("index.adoc", "= Home\n\ninclude::_partials/lead.adoc[]\n");
        write("_partials/lead.adoc", "Lead.\n");
        write("a.adoc", "= A\n");

        ReadingOrder order = find(ContentLayout.DEFAULT, new Problems(), pages("index.adoc", "a.adoc"));

        assertEquals(ReadingOrder.NONE, order);
    }

    @Test
    void aConfiguredOrderNamingNoPageIsAnError() throws IOException {
        write("a.adoc", "= A\n");
        Problems problems = new Problems();

        find(new ContentLayout(Optional.empty(), Optional.empty(), List.of("a.adoc", "chapter/missing.adoc"), List.of(),
                List.of()), problems, pages("a.adoc"));

        assertEquals(List.of("(site): readingOrder names chapter/missing.adoc, which is not a page of the content"
                + " folder; write the page's path relative to the content folder, e.g. chapters/intro.adoc"),
                problems.all().stream().map(Problem::describe).toList());
    }

    @Test
    void aConfiguredMasterFileThatIsNotThereIsAnError() throws IOException {
        write("a.adoc", "= A\n");
        Problems problems = new Problems();

        find(new ContentLayout(Optional.of("book.adoc"), Optional.empty(), List.of(), List.of(), List.of()), problems,
                pages("a.adoc"));

        assertEquals(List.of("(site): masterFile book.adoc is not an AsciiDoc file of the content folder (or it is"
                + " excluded); write its path relative to the content folder"),
                problems.all().stream().map(Problem::describe).toList());
    }
}
