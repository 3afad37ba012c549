package io.github.microsite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.microsite.FixtureSites.assertSameTree;
import static io.github.microsite.FixtureSites.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FixtureSites.Extension.class)
class DeterminismTest {

    @Test
    void buildingTheSameContentTwiceGivesByteIdenticalTrees(FixtureSites sites, @TempDir Path out) throws IOException {
        for (String fixture : List.of("minimal", "book")) {
            Path first = out.resolve(fixture + "-1");
            Path second = out.resolve(fixture + "-2");
            List<String> excludes = fixture.equals("book") ? List.of("book/sections/**") : List.of();
            assertTrue(sites.build(FixtureSites.config(fixture, first, excludes, Map.of(), Optional.empty())).published());
            assertTrue(sites.build(FixtureSites.config(fixture, second, excludes, Map.of(), Optional.empty())).published());

            Map<String, byte[]> a = tree(first);
            assertTrue(a.size() > 3, "the fixture produced files");
            assertSameTree(a, tree(second), fixture + ", built twice");
        }
    }

    /**
     * The report of this repository: real Chinese content, datasets, citations, includes. Built twice in this JVM,
     * then once in a fresh JVM whose default locale and time zone differ, as on another machine.
     */
    @Test
    void buildingTheReportTwiceGivesByteIdenticalTrees(FixtureSites sites, @TempDir Path out) throws Exception {
        Path report = Path.of("..", "content");
        assertTrue(Files.isDirectory(report), "the report content sits beside the plugin");
        Map<String, byte[]> first = null;
        for (String run : List.of("1", "2")) {
            Path site = out.resolve(run);
            BuildResult result = sites.build(new io.github.microsite.model.SiteConfig(report, site, Optional.empty(),
                    "智绘未来", "zh-CN", "/", Optional.empty(), List.of(), List.of(), Map.of()));
            assertTrue(result.published(), FixtureSites.described(result).toString());
            Map<String, byte[]> tree = tree(site);
            if (first == null) {
                first = tree;
                continue;
            }
            assertSameTree(first, tree, "the report, built a second time in the same JVM");
        }
        Path forked = out.resolve("forked");
        // For speed the plugin turns JRuby's native POSIX layer off (JRubyOptions) and starts without RubyGems
        // (GemlessStart); this JVM has both off, the fresh one on, so the comparison also shows neither changes a byte.
        buildInFreshJvm(report, forked, "智绘未来", "zh-CN", "-Duser.language=en", "-Duser.country=US",
                "-Duser.timezone=America/New_York", "-Djruby.native.enabled=true", "-Djruby.cli.rubygems.enable=true");
        assertSameTree(first, tree(forked), "the report, built in a fresh JVM with locale en-US, time zone"
                + " America/New_York, JRuby's native layer and RubyGems on");
    }

    private static void buildInFreshJvm(Path content, Path output, String title, String language, String... jvmOptions)
            throws Exception {
        List<String> options = new java.util.ArrayList<>(List.of(jvmOptions));
        options.add("-Djruby.compile.mode=OFF");
        Path log = output.resolveSibling("forked.log");
        Process process = FreshJvm.of(ForkedBuild.class, options, content.toString(), output.toString(), title,
                language).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "the forked build finished");
        assertEquals(0, process.exitValue(), Files.readString(log));
    }
}
