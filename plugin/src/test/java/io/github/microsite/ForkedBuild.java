package io.github.microsite;

import io.github.microsite.convert.AsciidocConverter;
import io.github.microsite.model.SiteConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a site in a JVM of its own, so a test can compare it with a build made under another default locale and time
 * zone: {@code ForkedBuild CONTENT OUTPUT TITLE LANGUAGE}. Exits 0 when the site was published.
 */
public final class ForkedBuild {

    private ForkedBuild() {
    }

    public static void main(String[] args) {
        SiteConfig config = new SiteConfig(Path.of(args[0]), Path.of(args[1]), Optional.empty(), args[2], args[3], "/",
                Optional.empty(), List.of(), List.of(), Map.of());
        try (AsciidocConverter converter = new AsciidocConverter()) {
            BuildResult result = new Pipeline(converter).build(config);
            result.problems().forEach(problem -> System.err.println(problem));
            System.exit(result.published() ? 0 : 1);
        }
    }
}
