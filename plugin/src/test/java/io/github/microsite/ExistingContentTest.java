package io.github.microsite;

import io.github.microsite.model.ContentLayout;
import io.github.microsite.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.microsite.FixtureSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content written for other tools, as it is: navigation files, JBake page types, files that are not pages. */
@ExtendWith(FixtureSites.Extension.class)
class ExistingContentTest {

    private static Path write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static SiteConfig config(Path content, Path out, ContentLayout layout) {
        return new SiteConfig(content, out, Optional.empty(), "Docs", "en", "/", Optional.empty(), List.of(),
                List.of(), Map.of()).withLayout(layout);
    }

    @Test
    void aNavigationFileGivesOrderAndLabelsAndIsNotAPage(FixtureSites sites, @TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        write(content, "nav.adoc", "* xref:setup/install.adoc[Installing]\n** xref:setup/configure.adoc[]\n"
                + "* xref:about.adoc[About us]\n* xref:gone.adoc[Gone]\n");
        write(content, "about.adoc", "= About\n\nText.\n");
        write(content, "setup/configure.adoc", "= Configure\n\nText.\n");
        write(content, "setup/install.adoc", "= Install\n\nText.\n");

        BuildResult result = sites.build(config(content, dir.resolve("site"), ContentLayout.DEFAULT));

        assertEquals(List.of("nav.adoc:4: the navigation item * xref:gone.adoc[Gone] names gone.adoc, which is not a"
                + " page; fix the path (relative to the content folder)"), FixtureSites.described(result));
        assertEquals(List.of("Installing", "Configure", "About us"),
                page(dir.resolve("site"), "index.html").select("header nav.site-nav a").eachText());
        assertTrue(Files.notExists(dir.resolve("site/nav/index.html")));
    }

    @Test
    void anXrefWrittenFromTheTopOfABookResolvesFromASubFolder(FixtureSites sites, @TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        write(content, "book.adoc", "= Book\n\ninclude::guide/start.adoc[]\n\ninclude::reference/api.adoc[]\n");
        write(content, "guide/start.adoc", "== Start\n\nSee xref:reference/api.adoc#calls[the calls].\n");
        write(content, "reference/api.adoc", "== API\n\n[[calls]]\n=== Calls\n\nText.\n");

        BuildResult result = sites.build(config(content, dir.resolve("site"), ContentLayout.DEFAULT));

        assertEquals(List.of(), FixtureSites.described(result));
        assertEquals("../../reference/api/index.html#calls",
                page(dir.resolve("site"), "guide/start/index.html").selectFirst("main a:contains(the calls)").attr("href"));
    }

    @Test
    void theConfiguredOrderComesFirst(FixtureSites sites, @TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        write(content, "a.adoc", "= A\n\nText.\n");
        write(content, "b.adoc", "= B\n\nText.\n");
        write(content, "c.adoc", "= C\n:nav-order: 1\n\nText.\n");

        BuildResult result = sites.build(config(content, dir.resolve("site"), new ContentLayout(Optional.empty(),
                Optional.empty(), List.of("b.adoc"), List.of(), List.of())));

        assertEquals(List.of(), FixtureSites.described(result));
        assertEquals(List.of("B", "C", "A"), page(dir.resolve("site"), "index.html").select("header nav a").eachText());
    }

    @Test
    void anUnknownPageTypeFallsBackToThePageTemplateWithOneWarning(FixtureSites sites, @TempDir Path dir)
            throws IOException {
        Path content = dir.resolve("content");
        write(content, "guides/one.adoc", "= One\n:jbake-type: guides\n\nText.\n");

        BuildResult result = sites.build(config(content, dir.resolve("site"), ContentLayout.DEFAULT));

        assertEquals(List.of("guides/one.adoc:2: the theme has no template for page type 'guides', so the page uses"
                + " the page template; map the type with template.guides.file=… in the theme's jbake.properties, or"
                + " remove :jbake-type:"), FixtureSites.described(result));
        assertEquals("One", page(dir.resolve("site"), "guides/one/index.html").selectFirst("h1").text());
    }

    @Test
    void aPageTypeMappedInTheThemesJbakePropertiesUsesItsTemplateWithoutAWarning(FixtureSites sites,
                                                                                 @TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        write(content, "guides/one.adoc", "= One\n:jbake-type: guides\n\nText.\n");
        Path theme = dir.resolve("theme");
        write(theme, "jbake.properties", "template.guides.file=guide.ftl\n");
        write(theme, "templates/guide.ftl", "<#include \"page.ftl\">\n<!-- rendered by guide.ftl -->\n");

        BuildResult result = sites.build(new SiteConfig(content, dir.resolve("site"), Optional.of(theme), "Docs", "en",
                "/", Optional.empty(), List.of(), List.of(), Map.of()));

        assertEquals(List.of(), FixtureSites.described(result));
        String html = Files.readString(dir.resolve("site/guides/one/index.html"));
        assertTrue(html.contains("<!-- rendered by guide.ftl -->"), html);
        assertEquals("One", page(dir.resolve("site"), "guides/one/index.html").selectFirst("h1").text());
    }

    @Test
    void aPageWithoutTitleIsLabelledFromItsFileName(FixtureSites sites, @TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        write(content, "release_notes-2024.adoc", "Just a paragraph, no heading.\n");

        BuildResult result = sites.build(config(content, dir.resolve("site"), ContentLayout.DEFAULT));

        assertEquals(List.of("release_notes-2024.adoc: the page has no title; add a document title (= Title) or start"
                + " with a section (== Title); until then it is labelled 'Release notes 2024'"),
                FixtureSites.described(result));
        assertEquals(List.of("Release notes 2024"),
                page(dir.resolve("site"), "index.html").select("header nav a").eachText());
    }

    @Test
    void brokenLinksQuoteWhatTheAuthorWroteAndSayWhyAFileIsNotPublished(FixtureSites sites, @TempDir Path dir)
            throws IOException {
        Path content = dir.resolve("content");
        write(content, "index.adoc", "= Home\n\nSee xref:guide/nothere.adoc[the guide].\n\n"
                + "Download link:_drafts/plan.pdf[the plan].\n");
        write(content, "_drafts/plan.pdf", "%PDF");

        BuildResult result = sites.build(config(content, dir.resolve("site"), ContentLayout.DEFAULT));

        assertEquals(List.of(
                "index.adoc:3: the link xref:guide/nothere.adoc: guide/nothere.html is neither a page nor a file of the"
                        + " content folder; fix the path or add the file",
                "index.adoc:5: the link link:_drafts/plan.pdf: _drafts/plan.pdf is in a folder whose name starts with"
                        + " '_'; such folders hold partials and are never published: move the file to a folder without"
                        + " '_'"), FixtureSites.described(result));
    }

    @Test
    void staticFilesAndFoldersArePublishedUnreferenced(FixtureSites sites, @TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        write(content, "index.adoc", "= Home\n\nText.\n");
        write(content, "downloads/sample.zip", "zip");
        write(content, "notes.txt", "not published");
        Path assets = dir.resolve("assets");
        write(assets, "js/extra.js", "// extra");
        write(assets, ".hidden", "no");

        BuildResult result = sites.build(config(content, dir.resolve("site"), new ContentLayout(Optional.empty(),
                Optional.empty(), List.of(), List.of("downloads/**"),
                List.of(new ContentLayout.StaticDirectory(assets, "static")))));

        assertEquals(List.of(), FixtureSites.described(result));
        assertTrue(Files.isRegularFile(dir.resolve("site/downloads/sample.zip")));
        assertTrue(Files.isRegularFile(dir.resolve("site/static/js/extra.js")));
        assertTrue(Files.notExists(dir.resolve("site/static/.hidden")));
        assertTrue(Files.notExists(dir.resolve("site/notes.txt")));
    }
}
