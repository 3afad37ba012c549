package io.github.microsite;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortBuildJitTest {

    /** Records the commands; answers as HotSpot does, with the options given. */
    private static final class FakeCommands implements ShortBuildJit.DiagnosticCommands {
        final Map<String, String> options;
        final List<String> ran = new ArrayList<>();
        String directiveFileText;
        RuntimeException failure;

        FakeCommands(Map<String, String> options) {
            this.options = options;
        }

        @Override
        public Optional<String> vmOption(String name) {
            if (failure != null) {
                throw failure;
            }
            return Optional.ofNullable(options.get(name));
        }

        @Override
        public String run(String operation, String argument) throws Exception {
            ran.add(operation);
            if (operation.equals("compilerDirectivesAdd")) {
                directiveFileText = Files.readString(Path.of(argument), StandardCharsets.UTF_8);
                return "1 compiler directives added\n";
            }
            return "";
        }
    }

    private static ShortBuildJit begun(ShortBuildJit jit) {
        jit.starts(1_000);
        return jit;
    }

    private static final Map<String, String> FULL_TIERS = Map.of("TieredStopAtLevel", "4", "TieredCompilation", "true");

    @Test
    void aColdConversionKeepsC2OutAndLetsItBackAfter() throws Exception {
        FakeCommands commands = new FakeCommands(FULL_TIERS);
        List<String> log = new ArrayList<>();
        try (ShortBuildJit jit = begun(ShortBuildJit.of(true, log::add, false, commands))) {
            assertTrue(jit.added());
            assertEquals(List.of("compilerDirectivesAdd"), commands.ran);
            assertEquals(ShortBuildJit.DIRECTIVE, commands.directiveFileText);
        }
        assertEquals(List.of("compilerDirectivesAdd", "compilerDirectivesRemove"), commands.ran);
        assertTrue(log.stream().anyMatch(line -> line.startsWith("C2 left out while this build converts")), log.toString());
    }

    @Test
    void aBuildThatNeverStartsAsciidoctorLeavesTheJvmAlone() throws Exception {
        FakeCommands commands = new FakeCommands(FULL_TIERS);
        try (ShortBuildJit jit = ShortBuildJit.of(true, line -> { }, false, commands)) {
            assertFalse(jit.added());
        }
        assertEquals(List.of(), commands.ran);
    }

    @Test
    void theDirectiveIsAddedOncePerBuild() throws Exception {
        FakeCommands commands = new FakeCommands(FULL_TIERS);
        try (ShortBuildJit jit = begun(ShortBuildJit.of(true, line -> { }, false, commands))) {
            jit.starts(1_000);
            assertTrue(jit.added());
        }
        assertEquals(List.of("compilerDirectivesAdd", "compilerDirectivesRemove"), commands.ran);
    }

    @Test
    void aLongConversionKeepsC2() throws Exception {
        FakeCommands commands = new FakeCommands(FULL_TIERS);
        List<String> log = new ArrayList<>();
        try (ShortBuildJit jit = ShortBuildJit.of(true, log::add, false, commands)) {
            jit.starts(ShortBuildJit.MAX_PAGES + 1);
            assertFalse(jit.added());
        }
        assertEquals(List.of(), commands.ran);
        assertTrue(log.stream().anyMatch(line -> line.contains("long enough for C2 to pay off")), log.toString());
        FakeCommands atTheLimit = new FakeCommands(FULL_TIERS);
        try (ShortBuildJit jit = ShortBuildJit.of(true, line -> { }, false, atTheLimit)) {
            jit.starts(ShortBuildJit.MAX_PAGES);
            assertTrue(jit.added());
        }
    }

    @Test
    void aJvmThatAlreadyStopsAtC1IsLeftAlone() throws Exception {
        FakeCommands commands = new FakeCommands(Map.of("TieredStopAtLevel", "1", "TieredCompilation", "true"));
        try (ShortBuildJit jit = begun(ShortBuildJit.of(true, line -> { }, false, commands))) {
            assertFalse(jit.added());
        }
        assertEquals(List.of(), commands.ran);
    }

    @Test
    void aDaemonOrABuildThatDoesNotWantItIsLeftAlone() throws Exception {
        // Wanted in a daemon; not wanted outside one.
        for (boolean inDaemon : new boolean[]{true, false}) {
            FakeCommands commands = new FakeCommands(FULL_TIERS);
            try (ShortBuildJit jit = begun(ShortBuildJit.of(inDaemon, line -> { }, inDaemon, commands))) {
                assertFalse(jit.added());
            }
            assertEquals(List.of(), commands.ran);
        }
    }

    @Test
    void aJvmWithoutTheCommandsBuildsAsBefore() throws Exception {
        FakeCommands commands = new FakeCommands(FULL_TIERS);
        commands.failure = new IllegalArgumentException("no HotSpotDiagnosticMXBean");
        List<String> log = new ArrayList<>();
        try (ShortBuildJit jit = begun(ShortBuildJit.of(true, log::add, false, commands))) {
            assertFalse(jit.added());
        }
        assertEquals(List.of(), commands.ran);
        assertTrue(log.stream().anyMatch(line -> line.contains("no HotSpotDiagnosticMXBean")), log.toString());
    }

    /**
     * A JVM started as Maven usually is (full tiers; this test's own JVM stops at C1): the directive shows in HotSpot's
     * own list while the build runs, and is gone after.
     */
    @Test
    void aJvmWithFullTiersTakesTheDirectiveAndDropsIt() throws Exception {
        assertEquals("added 1, during 1, after 0", inFreshJvm());
    }

    /** And one that already stops at C1 is left as it is. */
    @Test
    void aJvmStartedWithTieredStopAtLevel1GetsNoDirective() throws Exception {
        assertEquals("added 0, during 0, after 0", inFreshJvm("-XX:TieredStopAtLevel=1"));
    }

    private static String inFreshJvm(String... jvmOptions) throws Exception {
        Process process = FreshJvm.of(Probe.class, List.of(jvmOptions)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(1, java.util.concurrent.TimeUnit.MINUTES), "the probe finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** Begins and ends a build's directive in its JVM, printing what HotSpot's list held at each point. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            ShortBuildJit.PlatformCommands platform = new ShortBuildJit.PlatformCommands();
            int before = excludedFromC2(platform.run("compilerDirectivesPrint", null));
            boolean added;
            int during;
            try (ShortBuildJit jit = begun(ShortBuildJit.of(true, line -> { }, false, platform))) {
                added = jit.added();
                during = excludedFromC2(platform.run("compilerDirectivesPrint", null)) - before;
            }
            int after = excludedFromC2(platform.run("compilerDirectivesPrint", null)) - before;
            System.out.print("added " + (added ? 1 : 0) + ", during " + during + ", after " + after);
        }
    }

    /** How many directives of HotSpot's list exclude every method from C2. */
    private static int excludedFromC2(String printed) {
        int count = 0;
        for (String directive : printed.split("Directive:")) {
            int c2 = directive.indexOf("c2 directives:");
            if (directive.contains("matching: *.*") && c2 >= 0 && directive.substring(c2).contains("Exclude:true")) {
                count++;
            }
        }
        return count;
    }
}
