package io.github.microsite.convert;

import java.util.Map;

/**
 * JRuby settings that make a short build faster, applied inside the plugin so every project gets them, not only one
 * whose {@code .mvn/jvm.config} sets them. JRuby reads them once, when its first runtime starts; a value the user set
 * on the command line or in {@code MAVEN_OPTS} is kept.
 */
final class JRubyOptions {

    /**
     * {@code compile.mode=OFF}: Asciidoctor's Ruby runs interpreted. A build converts each page once, so compiling
     * Ruby methods to JVM bytecode costs more than it saves (measured in README.md, "An existing book or docs folder", under Speed).
     */
    static final Map<String, String> DEFAULTS = Map.of("jruby.compile.mode", "OFF");

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
