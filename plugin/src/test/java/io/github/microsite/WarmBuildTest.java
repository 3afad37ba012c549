package io.github.microsite;

import io.github.microsite.convert.AsciidocConverter;
import io.github.microsite.convert.SharedConverter;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JVM that runs the build goal again - a Maven daemon, an IDE - reuses the class loader's warm Asciidoctor and
 * converts only what changed: shown in-process, as two executions of the mojo in one JVM.
 */
class WarmBuildTest {

    private static final class InfoLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }
    }

    private static BuildMojo mojo(Path project, InfoLog log) throws Exception {
        BuildMojo mojo = new BuildMojo();
        set(mojo, "contentDirectory", project.resolve("content").toFile());
        set(mojo, "outputDirectory", project.resolve("target/microsite").toFile());
        set(mojo, "projectDirectory", project.toFile());
        set(mojo, "buildDirectory", project.resolve("target").toFile());
        set(mojo, "siteTitle", "Warm");
        set(mojo, "language", "zh-CN");
        set(mojo, "basePath", "/");
        mojo.setLog(log);
        return mojo;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = BuildMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    @Test
    void aSecondBuildInTheSameJvmReusesTheRuntimeAndConvertsOnlyTheChangedChapter(@TempDir Path project)
            throws Exception {
        Path content = project.resolve("content");
        Files.createDirectories(content.resolve("chapters"));
        Files.writeString(content.resolve("index.adoc"), "= 首页\n\n见 xref:chapters/one.adoc[第一章]。\n");
        for (String name : List.of("one", "two", "three")) {
            Files.writeString(content.resolve("chapters/" + name + ".adoc"),
                    "= 第" + name + "章\n\n[#intro]\n== 引言\n\n正文。\n");
        }
        InfoLog first = new InfoLog();
        mojo(project, first).execute();
        AsciidocConverter runtime = SharedConverter.get();
        assertTrue(runtime.isStarted());

        Files.writeString(content.resolve("chapters/two.adoc"), "= 第two章\n\n[#intro]\n== 引言\n\n改过的正文。\n");
        InfoLog second = new InfoLog();
        long start = System.nanoTime();
        mojo(project, second).execute();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertSame(runtime, SharedConverter.get(), "the second build uses the same Asciidoctor");
        String built = second.lines.get(second.lines.size() - 1);
        assertTrue(built.contains("(1 converted"), built);
        assertTrue(Files.readString(project.resolve("target/microsite/chapters/two/index.html")).contains("改过的正文"));
        System.out.println("WarmBuildTest: second build in the same JVM took " + millis + " ms: " + built);
    }
}
