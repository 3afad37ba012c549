package io.github.microsite;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FixtureSites.Extension.class)
class OrderingTest {

    @Test
    void chaptersFollowNavOrderAsNumbersThenUnorderedPagesByPath(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build("ordering", out);

        assertTrue(result.published(), FixtureSites.described(result).toString());
        Document home = FixtureSites.page(out, "index.html");
        List<String> nav = home.select("header nav a").eachText();
        assertEquals(List.of("Chapter 2", "Chapter 9", "Chapter 10", "Unordered"), nav);
    }

    @Test
    void draftsAreNotPublished(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build("ordering", out);

        assertTrue(result.published(), FixtureSites.described(result).toString());
        assertTrue(Files.isRegularFile(out.resolve("chapters/chapter-2/index.html")), "the other pages are published");
        assertTrue(Files.notExists(out.resolve("chapters/draft")), "the draft has no page");
        assertTrue(FixtureSites.page(out, "index.html").select("header nav a").eachText().stream()
                .noneMatch(title -> title.equals("Draft")), "the draft is not in the navigation");
    }
}
