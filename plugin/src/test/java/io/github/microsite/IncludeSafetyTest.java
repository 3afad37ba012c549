package io.github.microsite;

import io.github.microsite.model.SiteConfig;
import io.github.microsite.publish.SiteFile;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.microsite.FixtureSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Includes read only the content folder and never the network, and every legitimate include still works as
 * Asciidoctor defines it: nested, relative to the including file, tags, line ranges, leveloffset, attribute targets.
 */
@ExtendWith(FixtureSites.Extension.class)
class IncludeSafetyTest {

    private static final String SECRET = "token-4f1c9a-never-publish";

    @Test
    void legitimateIncludesWorkAsAsciidoctorDefinesThem(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build("includes", out);

        assertEquals(List.of(), FixtureSites.described(result));
        Document guide = page(out, "chapters/guide/index.html");
        String text = guide.select("main .content-body").text();
        assertTrue(text.contains("Intro paragraph from a partial."), text);
        assertTrue(text.contains("Nested paragraph, included by the intro relative to its own folder."), text);
        assertTrue(text.contains("Greeting from a tagged region."), text);
        assertTrue(text.contains("Only line eight, picked by a line range."), text);
        assertTrue(text.contains("Farewell from another tagged region."), "attribute in the target: " + text);
        assertFalse(text.contains("Line nine, never included."), text);
        assertEquals(1, count(text, "Farewell from another tagged region."), "the tag filter kept its region only");
        assertEquals("h2", guide.getElementById("part-title").tagName(), "leveloffset=+1 made the part's title a section");
    }

    @Test
    void anIncludeClimbingOutOfTheContentFolderIsAnErrorAtItsLine(FixtureSites sites, @TempDir Path root) throws Exception {
        Path content = site(root, "= Page\n\nBefore.\n\ninclude::../secret.txt[]\n");

        BakedSite baked = sites.bake(config(content));

        assertEquals(List.of("index.adoc:5: include::../secret.txt[] reads " + root.toRealPath().resolve("secret.txt")
                + ", outside the content folder " + content.toRealPath() + "; includes must stay inside the content"
                + " folder: move or copy the file there"), described(baked));
        assertNothingContainsTheSecret(baked);
    }

    @Test
    void anAbsolutePathOutsideIsAnErrorToo(FixtureSites sites, @TempDir Path root) throws Exception {
        Path content = site(root, "= Page\n\ninclude::" + root.resolve("secret.txt").toAbsolutePath() + "[lines=1]\n");

        BakedSite baked = sites.bake(config(content));

        assertEquals(1, baked.problems().size(), described(baked).toString());
        assertTrue(described(baked).get(0).startsWith("index.adoc:3: include::/"), described(baked).toString());
        assertNothingContainsTheSecret(baked);
    }

    @Test
    void aSymbolicLinkLeadingOutCountsAsOutside(FixtureSites sites, @TempDir Path root) throws Exception {
        Path content = site(root, "= Page\n\ninclude::_notes.adoc[]\n");
        Files.createSymbolicLink(content.resolve("_notes.adoc"), root.resolve("secret.txt"));

        BakedSite baked = sites.bake(config(content));

        assertEquals(1, baked.problems().size(), described(baked).toString());
        assertTrue(described(baked).get(0).contains("(through a symbolic link)"), described(baked).toString());
        assertNothingContainsTheSecret(baked);
    }

    @Test
    void aContentFileLinkedFromOutsideIsNeitherCopiedNorConverted(FixtureSites sites, @TempDir Path root) throws Exception {
        Path content = site(root, "= Page\n\nText.\n");
        Files.createSymbolicLink(content.resolve("notes.txt"), root.resolve("secret.txt"));
        Files.createSymbolicLink(content.resolve("other.adoc"), root.resolve("secret.txt"));

        BakedSite baked = sites.bake(config(content));

        assertEquals(List.of("notes.txt: symbolic link to " + root.toRealPath().resolve("secret.txt") + ", outside the"
                + " content folder " + content.toRealPath() + "; the build reads only the content folder: copy the file"
                + " in instead of linking it", "other.adoc: symbolic link to " + root.toRealPath().resolve("secret.txt")
                + ", outside the content folder " + content.toRealPath() + "; the build reads only the content folder:"
                + " copy the file in instead of linking it"), described(baked));
        assertNothingContainsTheSecret(baked);
    }

    @Test
    void aThemeFileLinkedFromOutsideIsNotRead(FixtureSites sites, @TempDir Path root) throws Exception {
        Path content = site(root, "= Page\n\nText.\n");
        Path theme = root.resolve("theme");
        Files.createDirectories(theme.resolve("assets/css"));
        Files.createDirectories(theme.resolve("templates"));
        Files.createSymbolicLink(theme.resolve("assets/css/leak.css"), root.resolve("secret.txt"));
        Files.writeString(root.resolve("page.ftl"), "${content.title} " + SECRET);
        Files.createSymbolicLink(theme.resolve("templates/page.ftl"), root.resolve("page.ftl"));

        BakedSite baked = sites.bake(new SiteConfig(content, root.resolve("out"), Optional.of(theme), "t", "en", "/",
                Optional.empty(), List.of(), List.of(), Map.of()));

        assertTrue(described(baked).contains("theme/assets/css/leak.css: symbolic link leading outside the theme folder "
                + theme + "; the build reads only the theme folder for theme files: copy the file in instead of"
                + " linking it"), described(baked).toString());
        assertTrue(described(baked).stream().anyMatch(problem -> problem.startsWith("theme/templates/page.ftl:")
                || problem.startsWith("theme/page.ftl")), described(baked).toString());
        assertNothingContainsTheSecret(baked);
    }

    @Test
    void aUrlIncludeIsRefusedAtItsLine(FixtureSites sites, @TempDir Path root) throws Exception {
        Path content = site(root, "= Page\n\n:allow-uri-read:\n\ninclude::https://example.org/notes.adoc[]\n");

        BakedSite baked = sites.bake(config(content));

        assertEquals(List.of("index.adoc:5: include::https://example.org/notes.adoc[] includes a URL; the build never"
                + " fetches from the network: save the file into the content folder and include it by its relative"
                + " path"), described(baked));
    }

    @Test
    void anImageEmbeddedWithDataUriCannotReadOutside(FixtureSites sites, @TempDir Path root) throws Exception {
        Files.writeString(root.resolve("secret.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>" + SECRET
                + "</text></svg>");
        Path content = site(root, "= Page\n:data-uri:\n\nimage::../secret.svg[opts=inline]\n\nimage::../secret.svg[]\n");

        BakedSite baked = sites.bake(config(content));

        assertNothingContainsTheSecret(baked);
        String outside = " reference reaches outside the content folder " + content.toAbsolutePath().normalize()
                + ": files the build reads must be inside it; copy the file there and refer to it from there";
        List<String> errors = baked.problems().stream().filter(io.github.microsite.model.Problem::isError)
                .map(io.github.microsite.model.Problem::describe).toList();
        assertTrue(errors.contains("index.adoc:4: SVG" + outside), errors.toString());
        assertTrue(errors.contains("index.adoc:4: image" + outside), errors.toString());
    }

    private static Path site(Path root, String page) throws Exception {
        Files.writeString(root.resolve("secret.txt"), SECRET + "\n");
        Path content = root.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("index.adoc"), page);
        return content;
    }

    private static SiteConfig config(Path content) {
        return new SiteConfig(content, content.resolveSibling("out"), Optional.empty(), "t", "en", "/", Optional.empty(),
                List.of(), List.of(), Map.of());
    }

    private static List<String> described(BakedSite baked) {
        return baked.problems().stream().map(io.github.microsite.model.Problem::describe).toList();
    }

    private static void assertNothingContainsTheSecret(BakedSite baked) throws Exception {
        for (SiteFile file : baked.files()) {
            byte[] bytes = file.content().isPresent() ? file.content().get() : Files.readAllBytes(file.copyOf().get());
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertFalse(text.contains(SECRET), file.path() + " carries the secret");
            assertFalse(text.contains(java.util.Base64.getEncoder().encodeToString(SECRET.getBytes())), file.path());
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
