package io.github.microsite.publish;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file of the built site: either content produced by the pipeline, or a file of the content folder copied as is.
 *
 * @param path path inside the site, with '/'
 */
public record SiteFile(String path, Optional<byte[]> content, Optional<Path> copyOf) {

    public static SiteFile generated(String path, byte[] content) {
        return new SiteFile(path, Optional.of(content), Optional.empty());
    }

    public static SiteFile copied(String path, Path source) {
        return new SiteFile(path, Optional.empty(), Optional.of(source));
    }
}
