package io.github.microsite;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps HotSpot's optimising compiler (C2) out of a short cold build, from its conversion on: JRuby's start and each
 * page converted, linked, composed and indexed once.
 *
 * <p>Why: that is seconds of code that runs once. Profiled on the 2-core machine of issue 15 (1,000 pages,
 * {@code -XX:+CITime} and JFR): C2 compiled for 18 s of CPU in a 20 s build, so one of the two cores did nothing
 * else, and the code it produced was used for only a moment. Excluding only the plugin's own libraries does not help:
 * C2 then compiles JDK code for as long. A project could start Maven with {@code -XX:TieredStopAtLevel=1}; most never
 * will, so the plugin adds a compiler directive (HotSpot's Compiler Control, as {@code jcmd <pid>
 * Compiler.directives_add} would) that excludes every method from C2, through the JVM's DiagnosticCommand MBean, when
 * the conversion starts, and removes it when the build ends. (Letting C2 back in once the pages were converted cost
 * more CPU at 1,000 pages, 29-30 s of user + sys against 24-28 s, for no shorter build.)
 *
 * <p>What it leaves behind: a method C2 was asked to compile while the directive held stays with C1's code for the
 * JVM's life. So it is added only by a build that starts Asciidoctor (a JVM that has built before has a warm one) and
 * converts at most {@link #MAX_PAGES} pages (a longer conversion repays C2's work: 10,000 pages took 75 s with the
 * directive against 60-67 s without), never in a Maven daemon (mvnd: the JVM serves many builds), nor when the JVM
 * already stops at C1; and {@code microsite.shortBuildJit=false} turns it off. On another JVM (no HotSpot, no
 * {@code jdk.management}) it does nothing.
 */
final class ShortBuildJit implements Pipeline.ColdConversion, AutoCloseable {

    /**
     * The most pages a conversion may have for C2 to be kept out: 1,000 and 3,000 pages built faster with the directive
     * (16-18 s against 20-23 s; 30-31 s against 34-38 s), 10,000 slower (75 s against 60-67 s).
     */
    static final int MAX_PAGES = 4_000;

    /** Every method, C2 only: C1 goes on compiling, as with {@code -XX:TieredStopAtLevel=1}. */
    static final String DIRECTIVE = "[{match: [\"*.*\"], c2: {Exclude: true}}]";
    private static final String DIAGNOSTIC_COMMANDS = "com.sun.management:type=DiagnosticCommand";

    private final boolean wanted;
    private final boolean inDaemon;
    private final Consumer<String> debug;
    private final DiagnosticCommands commands;
    private Thread adding;
    private volatile boolean added;

    private ShortBuildJit(boolean wanted, boolean inDaemon, Consumer<String> debug, DiagnosticCommands commands) {
        this.wanted = wanted;
        this.inDaemon = inDaemon;
        this.debug = debug;
        this.commands = commands;
    }

    /**
     * For one build; nothing happens until {@link #starts(int)}.
     *
     * @param wanted the {@code shortBuildJit} parameter
     */
    static ShortBuildJit of(boolean wanted, Consumer<String> debug) {
        return of(wanted, debug, inMavenDaemon(), new PlatformCommands());
    }

    /**
     * Whether this JVM is a Maven daemon's (mvnd sets {@code mvnd.home}): it serves many builds, so it keeps its JIT
     * as it is and builds in its own JVM, with its warm Asciidoctor ({@link BuildMojo} asks this too).
     */
    static boolean inMavenDaemon() {
        return System.getProperty("mvnd.home") != null;
    }

    static ShortBuildJit of(boolean wanted, Consumer<String> debug, boolean inDaemon, DiagnosticCommands commands) {
        return new ShortBuildJit(wanted, inDaemon, debug, commands);
    }

    /**
     * A build that started Asciidoctor is about to convert {@code pages} pages: adds the directive on a thread of its
     * own (starting JMX takes about 0.1 s, which the build need not wait for), when it is wanted and would help.
     */
    @Override
    public synchronized void starts(int pages) {
        if (!wanted || adding != null) {
            return;
        }
        if (inDaemon) {
            debug.accept("In a Maven daemon: the JVM's JIT is left as it is");
            return;
        }
        if (pages > MAX_PAGES) {
            debug.accept("Converting " + pages + " pages: long enough for C2 to pay off; the JVM's JIT is left as it is");
            return;
        }
        adding = new Thread(this::add, "microsite-short-build-jit");
        adding.setDaemon(true);
        adding.start();
    }

    private void add() {
        try {
            Optional<String> stopsAt = commands.vmOption("TieredStopAtLevel");
            if (stopsAt.isEmpty() || !"4".equals(stopsAt.get())
                    || !"true".equals(commands.vmOption("TieredCompilation").orElse(""))) {
                debug.accept("The JVM's JIT already stops before C2 (or is not HotSpot's): left as it is");
                return;
            }
            Path file = Files.createTempFile("microsite-jit-", ".json");
            try {
                Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
                String answer = commands.run("compilerDirectivesAdd", file.toString());
                added = answer.contains("1 compiler directives added");
                debug.accept("C2 left out while this build converts: " + answer.strip());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            // Only a faster build is at stake: any JVM that cannot do this builds as before.
            debug.accept("Could not keep C2 out of this build (" + e + "); it runs with the JVM's JIT as it is");
        }
    }

    /** Whether the directive is in place (once the thread adding it is done). */
    boolean added() throws InterruptedException {
        Thread thread;
        synchronized (this) {
            thread = adding;
        }
        if (thread != null) {
            thread.join();
        }
        return added;
    }

    /** Removes the directive, if it was added: compilations from now on go to C2 again. Safe to call twice. */
    @Override
    public void close() {
        try {
            if (added()) {
                commands.run("compilerDirectivesRemove", null);
                added = false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | LinkageError e) {
            debug.accept("Could not remove the compiler directive: " + e);
        }
    }

    /** The JVM's diagnostic commands and options; a seam for tests. */
    interface DiagnosticCommands {
        Optional<String> vmOption(String name) throws Exception;

        /** Runs a DiagnosticCommand operation with one argument (or none) and returns what it printed. */
        String run(String operation, String argument) throws Exception;
    }

    /** The running JVM's, through JMX. */
    static final class PlatformCommands implements DiagnosticCommands {
        @Override
        public Optional<String> vmOption(String name) {
            return Optional.of(ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption(name).getValue());
        }

        @Override
        public String run(String operation, String argument) throws Exception {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Object answer = server.invoke(new ObjectName(DIAGNOSTIC_COMMANDS), operation,
                    new Object[]{argument == null ? new String[0] : new String[]{argument}},
                    new String[]{String[].class.getName()});
            return String.valueOf(answer);
        }
    }
}
