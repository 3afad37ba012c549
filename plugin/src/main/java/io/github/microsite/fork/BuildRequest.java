package io.github.microsite.fork;

import io.github.microsite.model.SiteConfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the build goal was asked to do, all of it plain data, so it can be built in this JVM or handed to another.
 *
 * @param config        the site's configuration
 * @param contentAsNamed the content folder as the user named it (it may be a link to {@code config.contentDirectory()}):
 *                      log lines locate files under it
 * @param check         run the check rules over the baked site before publishing
 * @param skipRules     check rules switched off, each with its reason
 */
public record BuildRequest(SiteConfig config, Path contentAsNamed, boolean check, Map<String, String> skipRules) {

    public BuildRequest {
        skipRules = skipRules == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(skipRules));
    }
}
