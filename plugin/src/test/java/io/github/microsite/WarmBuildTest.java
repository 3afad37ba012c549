package io.github.microsite;

import io.github.microsite.convert.AsciidocConverter;
import io.github.microsite.convert.SharedConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JVM that runs the build goal again - a Maven daemon, an IDE - reuses the class loader's warm Asciidoctor and
 * converts only what changed: shown in-process, as two executions of the mojo in one JVM.
 */
class WarmBuildTest {

    private static BuildMojo mojo(Path project, RecordingLog log) throws Exception {
        BuildMojo mojo = new BuildMojo();
        MojoParameters.set(mojo, "contentDirectory", project.resolve("content").toFile());
        MojoParameters.set(mojo, "outputDirectory", project.resolve("target/microsite").toFile());
        MojoParameters.set(mojo, "projectDirectory", project.toFile());
        MojoParameters.set(mojo, "buildDirectory", project.resolve("target").toFile());
        MojoParameters.set(mojo, "siteTitle", "Warm");
        MojoParameters.set(mojo, "language", "zh-CN");
        MojoParameters.set(mojo, "basePath", "/");
        mojo.setLog(log);
        return mojo;
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
        RecordingLog first = new RecordingLog();
        mojo(project, first).execute();
        AsciidocConverter runtime = SharedConverter.get();
        assertTrue(runtime.isStarted());

        Files.writeString(content.resolve("chapters/two.adoc"), "= 第two章\n\n[#intro]\n== 引言\n\n改过的正文。\n");
        RecordingLog second = new RecordingLog();
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
