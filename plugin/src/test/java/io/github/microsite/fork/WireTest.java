package io.github.microsite.fork;

import io.github.microsite.model.CollectionConfig;
import io.github.microsite.model.ContentLayout;
import io.github.microsite.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What crosses to the forked JVM comes back as it went: every field of the request, every log line, every end. */
class WireTest {

    @Test
    void aRequestWithEveryFieldSetCrossesWhole() {
        SiteConfig config = new SiteConfig(Path.of("/p/content"), Path.of("/p/target/microsite"),
                Optional.of(Path.of("/p/theme")), "报告 \"title\"\nline two", "zh-CN", "/aigc-report/",
                Optional.of("https://example.org/aigc-report/"), List.of("chapters/**.adoc"), List.of("drafts/**"),
                Map.of("idprefix", "", "toc", "left"), true, true,
                Optional.of(new SiteConfig.ProjectFolders(Path.of("/p"), Path.of("/p/target"))),
                List.of(new CollectionConfig("industries", "industry", "industries/{slug}/", Optional.of("name"),
                        Optional.of("summary"), Optional.of("-score"), Optional.of("industries/"),
                        Optional.of("industries")),
                        new CollectionConfig("cases", "case", "cases/{id}/", Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.empty(), Optional.empty())),
                new ContentLayout(Optional.of("book.adoc"), Optional.of("nav.adoc"), List.of("a.adoc", "b.adoc"),
                        List.of("images/**"), List.of(new ContentLayout.StaticDirectory(Path.of("/p/extra"), "extra"))),
                3);
        Map<String, String> skipRules = new HashMap<>();
        skipRules.put("image-alt", "the charts carry their data as tables");
        skipRules.put("heading-order", null); // Maven's value for <heading-order/>: the checker says what is wrong
        BuildRequest request = new BuildRequest(config, Path.of("content-link"), true, skipRules);

        String line = Wire.request(request, true);
        Wire.Request back = Wire.readRequest(line);

        assertFalse(line.contains("\n"), "one line: " + line);
        assertEquals(request, back.build());
        assertTrue(back.debug());
        assertEquals(config, back.build().config());
    }

    @Test
    void aRequestWithNothingOptionalSetCrossesWhole() {
        SiteConfig config = new SiteConfig(Path.of("content"), Path.of("out"), Optional.empty(), null, "en", "/",
                Optional.empty(), List.of(), List.of(), Map.of());
        BuildRequest request = new BuildRequest(config, Path.of("content"), false, null);

        Wire.Request back = Wire.readRequest(Wire.request(request, false));

        assertEquals(request, back.build());
        assertEquals(null, back.build().config().siteTitle());
        assertFalse(back.debug());
    }

    @Test
    void logLinesAndEndsCrossWithTheirLevelAndKind() {
        Wire.Event log = Wire.readEvent(Wire.log("warn", "content/a.adoc:3: 断开的链接\n第二行"));
        assertEquals(Optional.of("warn"), log.level());
        assertEquals("content/a.adoc:3: 断开的链接\n第二行", log.text());
        assertTrue(log.end().isEmpty());

        for (Outcome outcome : List.of(Outcome.BUILT, Outcome.failed("Found 2 problem(s)"), Outcome.broke("x"))) {
            assertEquals(Optional.of(outcome), Wire.readEvent(Wire.end(outcome)).end());
        }
    }

    @Test
    void aLineThatIsNotAnEventIsToldApart() {
        assertThrows(IllegalArgumentException.class, () -> Wire.readEvent("uri:classloader:/gems/x.rb:1: warning"));
        assertThrows(IllegalArgumentException.class, () -> Wire.readEvent("{\"something\":\"else\"}"));
        assertThrows(IllegalArgumentException.class, () -> Wire.readEvent("[1,2]"));
    }
}
