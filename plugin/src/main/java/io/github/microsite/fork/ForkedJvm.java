package io.github.microsite.fork;

import io.github.microsite.model.BuildLog;
import io.github.microsite.model.OnJvmStop;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Maven's side of a forked build: starts the JVM, hands it the request, relays its log lines to the build's log as
 * they come, and returns how it ended.
 *
 * <p>The JVM it starts is this one's Java, with the plugin's class path, the heap and stack settings Maven was started
 * with (so {@code MAVEN_OPTS=-Xmx1g} bounds the build as before), every {@code jruby.*} system property set here, and
 * {@link #OPTIONS}. Nothing else of Maven's JVM crosses: a debugger's agent or port would clash.
 */
public final class ForkedJvm {

    /**
     * C1 alone from the JVM's start, and the serial collector: measured in whole JVMs building the 1,000-page
     * synthetic site of issue 15 on 2 cores (tmpfs, three alternating runs), 8.1-8.5 s against 13.9-18.0 s with the
     * defaults, CPU time 14 s against 26 s; C1 alone 9.4-9.6 s. At 10,000 pages (-Xmx1g) 47.4 s against 48.5 s: the
     * optimising compiler never repays its work in a build that runs most code once. A first metaspace threshold above
     * what a build loads (40 MB of classes at 1,000 pages): at the default 21 MB the serial collector stopped the
     * build twice for a full collection only to raise it (27 and 74 ms). Maven's own metaspace settings come after
     * these, so they win.
     */
    public static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:MetaspaceSize=128m");

    /** The memory settings of Maven's JVM that the build's JVM takes over. */
    private static final Pattern MEMORY_OPTION = Pattern.compile(
            "-Xm[sx].+|-Xss.+|-XX:(Max|Min|Initial)RAMPercentage=.+|-XX:MaxRAM=.+|-XX:(Max)?MetaspaceSize=.+");

    private final Path java;
    private final List<String> classPath;
    private final List<String> jvmOptions;
    private final Path workingDirectory;

    ForkedJvm(Path java, List<String> classPath, List<String> jvmOptions, Path workingDirectory) {
        this.java = java;
        this.classPath = List.copyOf(classPath);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.workingDirectory = workingDirectory;
    }

    /**
     * A JVM like this one for the classes of {@code pluginLoader} (Maven's class realm of the plugin; in a test, the
     * application class path), or empty when their files cannot be told (then the build stays in this JVM).
     */
    public static Optional<ForkedJvm> like(ClassLoader pluginLoader) {
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        Optional<List<String>> classPath = classPath(pluginLoader);
        if (!Files.isExecutable(java) || classPath.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ForkedJvm(java, classPath.get(),
                options(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperties()),
                Path.of("").toAbsolutePath()));
    }

    /** {@link #OPTIONS}, then those of {@code jvmArguments} and {@code properties} that the build's JVM takes over. */
    static List<String> options(List<String> jvmArguments, java.util.Properties properties) {
        List<String> options = new ArrayList<>(OPTIONS);
        jvmArguments.stream().filter(option -> MEMORY_OPTION.matcher(option).matches()).forEach(options::add);
        Map<String, String> jruby = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(name -> name.startsWith("jruby."))
                .forEach(name -> jruby.put(name, properties.getProperty(name)));
        jruby.forEach((name, value) -> options.add("-D" + name + "=" + value));
        return options;
    }

    /**
     * Whether a JVM started with {@code jvmArguments} already compiles with C1 alone ({@code -XX:TieredStopAtLevel}
     * below 4, as this repository's {@code .mvn/jvm.config} sets it): a fork would only add its start. The last
     * setting counts, as in the JVM.
     */
    public static boolean stopsBeforeC2(List<String> jvmArguments) {
        String level = "4";
        for (String argument : jvmArguments) {
            if (argument.startsWith("-XX:TieredStopAtLevel=")) {
                level = argument.substring("-XX:TieredStopAtLevel=".length());
            }
        }
        return !level.equals("4");
    }

    /** The command line, for the debug log. */
    List<String> command(String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath));
        command.add(mainClass);
        return command;
    }

    /**
     * Runs {@code mainClass} (which talks through {@link ForkChannel}) on the request and waits for it.
     *
     * @throws IOException when the JVM cannot be started (nothing has run)
     */
    public Outcome run(String mainClass, BuildRequest request, BuildLog log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(mainClass)).directory(workingDirectory.toFile()).start();
        // Maven stopped on its own (an IDE's stop button sends it alone a SIGTERM) stops the build it started too.
        try (OnJvmStop stopBuild = new OnJvmStop("microsite-fork-stop", process::destroy)) {
            return converse(process, request, log);
        }
    }

    private static Outcome converse(Process process, BuildRequest request, BuildLog log) throws IOException, InterruptedException {
        Thread errors = new Thread(() -> relayErrors(process, log), "microsite-fork-stderr");
        errors.setDaemon(true);
        errors.start();
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write(Wire.request(request, log.isDebugEnabled()));
            in.write('\n');
        }
        Optional<Outcome> end = Optional.empty();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Wire.Event event;
                try {
                    event = Wire.readEvent(line);
                } catch (IllegalArgumentException notOurs) {
                    log.warn(line); // the child keeps its standard output for the wire; this is not expected
                    continue;
                }
                if (event.end().isPresent()) {
                    end = event.end();
                } else {
                    logAt(log, event.level().orElseThrow(), event.text());
                }
            }
        } finally {
            int exit = process.waitFor();
            errors.join();
            if (end.isEmpty()) {
                end = Optional.of(Outcome.broke("The forked microsite build stopped without a result (exit code "
                        + exit + "); what it printed is above. If it ran out of memory, give Maven more"
                        + " (MAVEN_OPTS=-Xmx2g: the build's JVM takes the same); -Dmicrosite.fork=false builds"
                        + " inside Maven's JVM"));
            }
        }
        return end.get();
    }

    private static void relayErrors(Process process, BuildLog log) {
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (isNotice(line)) {
                    log.debug(line);
                } else {
                    log.warn(line);
                }
            }
        } catch (IOException e) {
            log.debug("Stopped reading the forked build's error output: " + e);
        }
    }

    /**
     * What the build's JVM says about itself rather than the build, shown only with {@code -X}: SLF4J saying it has
     * no binding there ("SLF4J: …" in 1.x, "SLF4J(W): …" in 2.x), so its libraries' logging is discarded, and the JVM
     * naming the options it took from the environment, which Maven's own JVM has already printed.
     */
    static boolean isNotice(String line) {
        return line.startsWith("SLF4J: ") || line.startsWith("SLF4J(") || line.startsWith("Picked up ");
    }

    private static void logAt(BuildLog log, String level, String text) {
        switch (level) {
            case "debug" -> log.debug(text);
            case "warn" -> log.warn(text);
            case "error" -> log.error(text);
            default -> log.info(text);
        }
    }

    private static Optional<List<String>> classPath(ClassLoader loader) {
        if (loader instanceof URLClassLoader urls) { // Maven's ClassRealm
            List<String> files = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                if (!"file".equals(url.getProtocol())) {
                    return Optional.empty();
                }
                try {
                    files.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
            if (files.isEmpty()) {
                return Optional.empty();
            }
            // Maven gives its plugins SLF4J's API from its own class loader; the schema validator and JBake log through it.
            jarOf(loader, "org.slf4j.LoggerFactory").filter(jar -> !files.contains(jar)).ifPresent(files::add);
            return Optional.of(files);
        }
        String path = System.getProperty("java.class.path", "");
        return path.isEmpty() ? Optional.empty() : Optional.of(List.of(path.split(Pattern.quote(File.pathSeparator))));
    }

    private static Optional<String> jarOf(ClassLoader loader, String className) {
        try {
            java.security.CodeSource source = loader.loadClass(className).getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()).toString());
        } catch (ClassNotFoundException | URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
