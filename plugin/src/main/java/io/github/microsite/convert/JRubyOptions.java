package io.github.microsite.convert;

import java.util.Map;

/**
 * JRuby settings that make a short build faster, applied inside the plugin so every project gets them, not only one
 * whose {@code .mvn/jvm.config} sets them. JRuby reads them once, when its first runtime starts; a value the user set
 * on the command line or in {@code MAVEN_OPTS} is kept.
 */
final class JRubyOptions {

    /**
     * <ul>
     *   <li>{@code compile.mode=OFF}: Asciidoctor's Ruby runs interpreted. A build converts each page once, so
     *       compiling Ruby methods to JVM bytecode costs more than it saves (measured in README.md, "An existing book
     *       or docs folder", under Speed; again in issue 15: {@code JIT} took a third more CPU time for start-up and 50
     *       pages).</li>
     *   <li>{@code native.enabled=false}: JRuby does its file and process work in Java instead of loading native
     *       POSIX bindings (jnr-posix, jnr-ffi) at start-up and calling through them for each file it opens; start-up
     *       plus 50 pages cost about 8 % less CPU time, with the same HTML (site/bench/scale/jruby-options.sh;
     *       DeterminismTest builds the report with it on and off). It also spares JRuby extracting a native library into {@code java.io.tmpdir}.</li>
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
