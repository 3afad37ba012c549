package io.github.microsite.route;

import io.github.microsite.convert.ConvertedPage;
import io.github.microsite.model.Problem;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRouterTest {

    private static final SiteConfig CONFIG = new SiteConfig(Path.of("content"), Path.of("out"), Optional.empty(),
            "Site", "zh-CN", "/", Optional.empty(), List.of(), List.of(), Map.of());

    private static ConvertedPage page(String path, String... attributes) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            values.put(attributes[i], attributes[i + 1]);
        }
        return new ConvertedPage(new SourceFile(Path.of("content", path), path), List.of(), "Title of " + path,
                values, "", List.of());
    }

    private static SiteMap route(Problems problems, ConvertedPage... pages) {
        return new PageRouter(CONFIG).route(List.of(pages), problems);
    }

    @Test
    void theTopIndexIsTheHomePageAndOtherPagesGetPrettyUrls() {
        SiteMap map = route(new Problems(), page("index.adoc"), page("chapters/preface.adoc"), page("about.asc"));

        assertEquals("index.html", map.home().outputPath());
        assertEquals("home", map.home().type());
        assertEquals(List.of("about/index.html", "chapters/preface/index.html"),
                map.readingOrder().stream().map(Route::outputPath).toList());
    }

    @Test
    void aSlugReplacesTheFileName() {
        SiteMap map = route(new Problems(), page("chapters/01-preface.adoc", "slug", "preface"));

        assertEquals("chapters/preface/index.html", map.readingOrder().get(0).outputPath());
    }

    @Test
    void navOrderSortsAsNumbersNotText() {
        SiteMap map = route(new Problems(), page("a.adoc", "nav-order", "10"), page("b.adoc", "nav-order", "9"),
                page("c.adoc", "nav-order", "2"), page("d.adoc"));

        assertEquals(List.of("c.adoc", "b.adoc", "a.adoc", "d.adoc"),
                map.readingOrder().stream().map(route -> route.page().source().relativePath()).toList());
    }

    @Test
    void aNonNumericOrderIsAnError() {
        Problems problems = new Problems();
        route(problems, page("a.adoc", "nav-order", "first"));

        assertTrue(problems.all().get(0).message().contains(":nav-order: first is not a number"));
    }

    @Test
    void aNonAsciiSlugIsAnErrorNamingTheAttribute() {
        Problems problems = new Problems();
        route(problems, page("a.adoc", "slug", "第一章"));

        Problem problem = problems.all().get(0);
        assertEquals("a.adoc", problem.file());
        assertTrue(problem.message().startsWith(":slug: 第一章 is not a plain ASCII URL segment"), problem.message());
    }

    @Test
    void aNonAsciiFolderIsAnErrorSayingToRenameIt() {
        Problems problems = new Problems();
        route(problems, page("章节/a.adoc"));

        assertTrue(problems.all().get(0).message().contains("rename the folder"));
    }

    @Test
    void twoPagesOnOneUrlIsAnErrorNamingBoth() {
        Problems problems = new Problems();
        route(problems, page("a/one.adoc", "slug", "same"), page("a/two.adoc", "slug", "same"));

        Problem problem = problems.all().get(0);
        assertTrue(problem.message().contains("a/one.adoc and a/two.adoc"), problem.message());
    }

    @Test
    void draftsAreLeftOutAndAMissingHomeIsGenerated() {
        SiteMap map = route(new Problems(), page("a.adoc", "jbake-status", "draft"), page("b.adoc"));

        assertEquals(List.of("b/index.html"), map.readingOrder().stream().map(Route::outputPath).toList());
        assertEquals("Site", map.home().page().title());
    }

    @Test
    void previousAndNextFollowTheReadingOrder() {
        SiteMap map = route(new Problems(), page("a.adoc", "nav-order", "1"), page("b.adoc", "nav-order", "2"));

        Route first = map.readingOrder().get(0);
        Route second = map.readingOrder().get(1);
        assertEquals(Optional.empty(), map.previous(first));
        assertEquals(Optional.of(second), map.next(first));
        assertEquals(Optional.of(first), map.previous(second));
        assertEquals(Optional.empty(), map.previous(map.home()));
    }
}
