package io.github.microsite.fork;

import io.github.microsite.FreshJvm;
import io.github.microsite.model.BuildLog;
import io.github.microsite.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting the build's JVM, and relaying what it says: against small main classes standing in for the build. */
class ForkedJvmTest {

    /** Logs one line at each level, prints to standard output as a library might, and ends as its argument says. */
    public static final class Talker {
        public static void main(String[] args) throws IOException {
            ForkChannel channel = ForkChannel.open();
            channel.debug("debug: " + channel.request().config().siteTitle());
            channel.info("info: 第一行");
            System.out.println("printed by a library");
            // Native code or the JVM itself can still write to the descriptor: such a line is shown, not lost.
            java.io.FileOutputStream raw = new java.io.FileOutputStream(java.io.FileDescriptor.out);
            raw.write("written past System.out\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            raw.flush();
            channel.warn("warn: two\nlines");
            channel.error("error: " + channel.request().contentAsNamed());
            channel.end(Outcome.failed("Found 1 problem(s)"));
        }
    }

    /** Dies without an end, as a JVM out of memory would. */
    public static final class Crasher {
        public static void main(String[] args) throws IOException {
            ForkChannel channel = ForkChannel.open();
            channel.info("about to stop");
            System.exit(3);
        }
    }

    /** A build that never ends on its own; says its process id first. */
    public static final class Sleeper {
        public static void main(String[] args) throws Exception {
            ForkChannel channel = ForkChannel.open();
            channel.info("pid " + ProcessHandle.current().pid());
            Thread.sleep(600_000);
        }
    }

    /** Maven's side in a JVM of its own, so a test can stop it: runs {@link Sleeper} forked and prints its lines. */
    public static final class MavenStandIn {
        public static void main(String[] args) throws Exception {
            BuildLog printed = new Lines(false) {
                @Override
                public void info(String message) {
                    System.out.println(message);
                }
            };
            jvm().run(Sleeper.class.getName(), request(), printed);
        }
    }

    private static class Lines implements BuildLog {
        final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        private final boolean debug;

        Lines(boolean debug) {
            this.debug = debug;
        }

        @Override
        public boolean isDebugEnabled() {
            return debug;
        }

        @Override
        public void debug(String message) {
            lines.add("[DEBUG] " + message);
        }

        @Override
        public void info(String message) {
            lines.add("[INFO] " + message);
        }

        @Override
        public void warn(String message) {
            lines.add("[WARNING] " + message);
        }

        @Override
        public void error(String message) {
            lines.add("[ERROR] " + message);
        }
    }

    private static BuildRequest request() {
        return new BuildRequest(new SiteConfig(Path.of("content"), Path.of("out"), Optional.empty(), "站点", "zh-CN", "/",
                Optional.empty(), List.of(), List.of(), Map.of()), Path.of("content"), false, Map.of());
    }

    private static ForkedJvm jvm() {
        return ForkedJvm.like(ForkedJvmTest.class.getClassLoader()).orElseThrow();
    }

    @Test
    void theBuildsLinesReachTheLogInOrderAtTheirLevelsAndItsEndIsReturned() throws Exception {
        Lines log = new Lines(true);

        Outcome outcome = jvm().run(Talker.class.getName(), request(), log);

        assertEquals(Outcome.failed("Found 1 problem(s)"), outcome);
        List<String> fromTheWire = log.lines.stream()
                .filter(line -> !line.contains("library") && !line.contains("past")).toList();
        assertEquals(List.of("[DEBUG] debug: 站点", "[INFO] info: 第一行", "[WARNING] warn: two\nlines",
                "[ERROR] error: content"), fromTheWire);
        assertTrue(log.lines.contains("[WARNING] printed by a library"), "standard output is kept for the wire: "
                + log.lines);
        assertTrue(log.lines.contains("[WARNING] written past System.out"), log.lines.toString());
    }

    @Test
    void debugLinesAreNotSentWhenMavensLogDoesNotShowThem() throws Exception {
        Lines log = new Lines(false);

        jvm().run(Talker.class.getName(), request(), log);

        assertTrue(log.lines.stream().noneMatch(line -> line.startsWith("[DEBUG]")), log.lines.toString());
        assertTrue(log.lines.contains("[INFO] info: 第一行"), log.lines.toString());
    }

    @Test
    void aJvmThatStopsWithoutAnEndIsABrokenBuildNamingItsExitCode() throws Exception {
        Lines log = new Lines(false);

        Outcome outcome = jvm().run(Crasher.class.getName(), request(), log);

        assertEquals(Outcome.Kind.BROKE, outcome.kind());
        assertTrue(outcome.message().contains("exit code 3"), outcome.message());
        assertTrue(outcome.message().contains("-Dmicrosite.fork=false"), outcome.message());
        assertEquals(List.of("[INFO] about to stop"), log.lines);
    }

    @Test
    void mavenStoppedAloneStopsTheBuildsJvmToo() throws Exception {
        Process maven = FreshJvm.of(MavenStandIn.class, List.of())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Optional<ProcessHandle> build = Optional.empty();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(maven.getInputStream(),
                StandardCharsets.UTF_8))) {
            String said = out.readLine();
            assertTrue(said != null && said.startsWith("pid "), "the build's JVM runs: " + said);
            build = ProcessHandle.of(Long.parseLong(said.substring(4)));
            assertTrue(build.isPresent() && build.get().isAlive());

            maven.destroy(); // SIGTERM to Maven alone, as an IDE's stop button sends it
            assertTrue(maven.waitFor(30, TimeUnit.SECONDS), "Maven's JVM ends");

            build.get().onExit().get(30, TimeUnit.SECONDS); // times out if the build's JVM outlives Maven
            assertFalse(build.get().isAlive());
        } finally {
            maven.destroyForcibly();
            build.ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aJavaThatCannotBeStartedIsAnIOExceptionBeforeAnythingRan(@TempDir Path folder) {
        ForkedJvm missing = new ForkedJvm(folder.resolve("no-such-jdk/bin/java"), List.of(folder.toString()),
                List.of(), folder);
        Lines log = new Lines(true);

        // The mojo turns this into a build error that names -Dmicrosite.fork=false.
        IOException thrown = assertThrows(IOException.class,
                () -> missing.run(Talker.class.getName(), request(), log));

        assertTrue(thrown.getMessage().contains("no-such-jdk"), thrown.getMessage());
        assertEquals(List.of(), log.lines);
    }

    @Test
    void theBuildsJvmTakesMavensMemorySettingsAndJRubyPropertiesButNothingElse() {
        Properties properties = new Properties();
        properties.setProperty("jruby.cli.rubygems.enable", "true");
        properties.setProperty("maven.home", "/usr/share/maven");
        properties.setProperty("user.home", "/root");

        List<String> options = ForkedJvm.options(List.of("-Xmx1g", "-Xss4m", "-XX:MaxRAMPercentage=50",
                "-XX:MetaspaceSize=64m", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-Dclassworlds.conf=/x",
                "-XX:+UseG1GC", "-javaagent:/ide/agent.jar"), properties);

        // Maven's own settings come after the plugin's, so the JVM takes them (the last of an option wins).
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MetaspaceSize=128m", "-Xmx1g",
                "-Xss4m", "-XX:MaxRAMPercentage=50", "-XX:MetaspaceSize=64m", "-Djruby.cli.rubygems.enable=true"),
                options);
    }

    @Test
    void aMavenAlreadyStoppingAtC1IsToldApartByItsLastSetting() {
        assertTrue(ForkedJvm.stopsBeforeC2(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")));
        assertTrue(ForkedJvm.stopsBeforeC2(List.of("-XX:TieredStopAtLevel=4", "-XX:TieredStopAtLevel=1")));
        assertFalse(ForkedJvm.stopsBeforeC2(List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4")));
        assertFalse(ForkedJvm.stopsBeforeC2(List.of("-Xmx1g", "-Dx=-XX:TieredStopAtLevel=1")));
        assertFalse(ForkedJvm.stopsBeforeC2(List.of()));
    }

    @Test
    void whatTheJvmAndSlf4jSayAboutThemselvesIsADebugNoticeAndAnythingElseIsShown() {
        assertTrue(ForkedJvm.isNotice("SLF4J: Failed to load class \"org.slf4j.impl.StaticLoggerBinder\"."));
        assertTrue(ForkedJvm.isNotice("SLF4J(W): No SLF4J providers were found."));
        assertTrue(ForkedJvm.isNotice("Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8"));
        assertFalse(ForkedJvm.isNotice("uri:classloader:/gems/asciidoctor/lib/x.rb:1: warning: something"));
        assertFalse(ForkedJvm.isNotice("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space"));
    }
}
