package io.github.microsite.convert;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;
import org.asciidoctor.jruby.internal.JRubyAsciidoctor;
import org.jruby.util.cli.Options;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Starts Asciidoctor without RubyGems. AsciidoctorJ finds the gems it bundles (Asciidoctor, Rouge, …) through
 * RubyGems, whose own start reads about seventy gem specifications: a third of JRuby's start in a profile, 0.6–0.9 s
 * of 1.9–2.8 s on the machine of issue 15. Here JRuby starts with RubyGems off and those gems' {@code lib} folders on
 * its load path, which is all {@code require} needs; the HTML is the same byte for byte.
 *
 * <p>One library reached RubyGems indirectly: YAML (Rouge loads it) finds its Java parser through jar-dependencies,
 * which looks for the jar in the user's Maven repository and reads {@code ~/.m2/settings.xml} to find it.
 * {@code JARS_HOME}, set in this runtime's {@code ENV} only, points it at the copy JRuby bundles instead.</p>
 *
 * <p>The switch is JRuby's {@code cli.rubygems.enable} option, forced for this start only in this plugin's copy of
 * JRuby: no system property changes, so another JRuby in the same JVM (another plugin's) starts as it would have. A
 * user who sets {@code -Djruby.cli.rubygems.enable} keeps their choice, and anything unexpected falls back to
 * AsciidoctorJ's usual start.</p>
 */
final class GemlessStart {

    /** The system property that switches RubyGems on or off: the user's choice, when set, stands. */
    static final String RUBYGEMS = Options.CLI_RUBYGEMS_ENABLE.propertyName();
    private static final Pattern GEM_LIBRARY = Pattern.compile("gems/([^/]+)/lib/.*");

    private GemlessStart() {
    }

    static Asciidoctor create() {
        return withoutRubyGems().orElseGet(Asciidoctor.Factory::create);
    }

    /** Asciidoctor on a JRuby without RubyGems; empty when the user chose, or this cannot be done here. */
    private static Optional<Asciidoctor> withoutRubyGems() {
        if (System.getProperty(RUBYGEMS) != null) {
            return Optional.empty();
        }
        List<String> loadPath = bundledGemLibraries();
        if (loadPath.isEmpty()) {
            return Optional.empty();
        }
        AsciidoctorJRuby started;
        // JRuby reads the switch when a runtime is configured; forcing it through JRuby's own option, not a system
        // property, keeps it inside this plugin's class loader, and only for this start.
        synchronized (GemlessStart.class) {
            Options.CLI_RUBYGEMS_ENABLE.force("false");
            try {
                started = AsciidoctorJRuby.Factory.create(loadPath);
            } catch (RuntimeException | java.util.ServiceConfigurationError | LinkageError e) {
                return Optional.empty(); // not the layout this was written for (another AsciidoctorJ)
            } finally {
                Options.CLI_RUBYGEMS_ENABLE.unforce();
            }
        }
        if (started instanceof JRubyAsciidoctor jruby) {
            jruby.getRubyRuntime()
                    .evalScriptlet("require 'rbconfig'; ENV['JARS_HOME'] = RbConfig::CONFIG['rubylibdir']");
        }
        return Optional.of(started);
    }

    /** {@code uri:classloader:/gems/NAME/lib} for each gem in AsciidoctorJ's jar, sorted; empty if it cannot tell. */
    static List<String> bundledGemLibraries() {
        TreeSet<String> folders = new TreeSet<>();
        try {
            Path jar = Path.of(JRubyAsciidoctor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                zip.stream().forEach(entry -> {
                    Matcher gem = GEM_LIBRARY.matcher(entry.getName());
                    if (gem.matches()) {
                        folders.add("uri:classloader:/gems/" + gem.group(1) + "/lib");
                    }
                });
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return List.of();
        }
        boolean hasAsciidoctor = folders.stream()
                .anyMatch(folder -> folder.startsWith("uri:classloader:/gems/asciidoctor-"));
        return hasAsciidoctor ? List.copyOf(folders) : List.of();
    }
}
