package io.github.microsite.convert;

import java.util.Map;

/**
 * JRuby settings that make a short build faster, applied inside the plugin so every project gets them, not only one
 * whose {@code .mvn/jvm.config} sets them. JRuby reads them once, when its first runtime starts; a value the user set
 * on the command line or in {@code MAVEN_OPTS} is kept.
 */
final class JRubyOptions {

    /**
     * Both measured in fresh JVMs, alternating, with site/bench/scale/jruby-options.sh (start-up and 50 pages, the same
     * HTML hash in every run) and in whole builds of 1,000 pages with site/bench/scale/ab.sh:
     * <ul>
     *   <li>{@code compile.mode=OFF}: Asciidoctor's Ruby runs interpreted. A build converts each page once, so
     *       compiling Ruby methods to JVM bytecode costs more than it saves: JRuby's default JIT took more CPU time
     *       (8.7 s against 7.4 s for start-up and 10 pages; 47.8 s against 43.7 s for a 1,000-page build).</li>
     *   <li>{@code native.enabled=false}: JRuby does its file and process work in Java instead of loading native
     *       POSIX bindings (jnr-posix, jnr-ffi) at start-up and calling through them for each file it opens:
     *       start-up 3.0 s against 3.3 s, CPU time 8.4 s against 9.0 s (medians of 4). DeterminismTest builds the
     *       report with it on and off and compares every byte. It also spares JRuby extracting a native library into
     *       {@code java.io.tmpdir}.</li>
     * </ul>
     */
    static final Map<String, String> DEFAULTS = Map.of("jruby.compile.mode", "OFF", "jruby.native.enabled", "false");

    private JRubyOptions() {
    }

    /** Sets each default that is not already set; call before the first Asciidoctor starts. */
    static void applyDefaults() {
        DEFAULTS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }
}
