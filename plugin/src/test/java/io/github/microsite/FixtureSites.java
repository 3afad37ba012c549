package io.github.microsite;

import io.github.microsite.convert.AsciidocConverter;
import io.github.microsite.model.Problem;
import io.github.microsite.model.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the small fixture sites under {@code src/test/resources/fixtures/<feature>/content}. Asciidoctor takes
 * seconds to start, so one converter serves every test of the run (JUnit closes it at the end).
 */
public final class FixtureSites {

    public static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    private final AsciidocConverter converter;

    private FixtureSites(AsciidocConverter converter) {
        this.converter = converter;
    }

    public static SiteConfig config(String fixture, Path output) {
        return config(fixture, output, List.of(), Map.of(), Optional.empty());
    }

    public static SiteConfig config(String fixture, Path output, List<String> excludes, Map<String, String> attributes,
                                    Optional<Path> theme) {
        return new SiteConfig(FIXTURES.resolve(fixture).resolve("content"), output, theme, "Fixture " + fixture,
                "zh-CN", "/", Optional.empty(), List.of(), excludes, attributes);
    }

    public BuildResult build(SiteConfig config) {
        return pipeline().build(config);
    }

    /** A pipeline with the run's warm converter, for tests that bake without publishing. */
    public Pipeline pipeline() {
        return new Pipeline(converter);
    }

    /** The site in memory, nothing written: for what a failed build would have published. */
    public BakedSite bake(SiteConfig config) {
        return new Pipeline(converter).bake(config);
    }

    public BuildResult build(String fixture, Path output) {
        return build(config(fixture, output));
    }

    public static Document page(Path site, String path) {
        try {
            return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The published file of a theme asset ({@code css/site.css} → {@code assets/css/site.<hash>.css}): names carry a
     * content hash, so tests find them by pattern rather than hard-coding one hash.
     */
    public static Path asset(Path site, String themePath) {
        int dot = themePath.lastIndexOf('.');
        String pattern = java.util.regex.Pattern.quote("assets/" + themePath.substring(0, dot)) + "\\.[0-9a-f]{10}"
                + java.util.regex.Pattern.quote(themePath.substring(dot));
        try (java.util.stream.Stream<Path> files = Files.walk(site)) {
            List<Path> matches = files.filter(file -> site.relativize(file).toString().replace('\\', '/').matches(pattern))
                    .toList();
            if (matches.size() != 1) {
                throw new AssertionError("expected one published " + themePath + ", found " + matches);
            }
            return matches.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies every file under {@code from} to the same place under {@code to}, replacing what is there: a fixture
     * copied to be changed by a test, or laid over another.
     */
    public static void copy(Path from, Path to) {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code root}, by its path relative to it, with its bytes: a built site to compare. */
    public static Map<String, byte[]> tree(Path root) {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The same files with the same bytes; {@code which} says, in a failure, which build differed. */
    public static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual, String which) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.keySet(), actual.keySet(), which);
        for (String path : expected.keySet()) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected.get(path), actual.get(path),
                    path + " differs in " + which);
        }
    }

    public static List<String> described(BuildResult result) {
        return result.problems().stream().map(Problem::describe).toList();
    }

    /** Hands each test a {@link FixtureSites} sharing the run's one converter. */
    public static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == FixtureSites.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            SharedConverter shared = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(SharedConverter.class, key -> new SharedConverter(new AsciidocConverter()),
                            SharedConverter.class);
            return new FixtureSites(shared.converter());
        }
    }

    private record SharedConverter(AsciidocConverter converter) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            converter.close();
        }
    }
}
