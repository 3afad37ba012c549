package io.github.microsite.serve;

import io.github.microsite.BakedSite;
import io.github.microsite.model.Problem;
import io.github.microsite.publish.SiteFile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the preview shows at one moment: the files of the last site that baked without errors, and the problems of
 * the latest bake (which may be newer and failed). Immutable, so a request always sees one consistent site.
 *
 * @param version counts successful bakes and failures alike, so a browser can tell that something changed
 */
record ServedSite(Map<String, SiteFile> files, List<Problem> problems, long version) {

    static final ServedSite EMPTY = new ServedSite(Map.of(), List.of(), 0);

    ServedSite {
        files = Map.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** The next state after a bake: its files when it succeeded, otherwise the last good ones with its problems. */
    ServedSite after(BakedSite baked) {
        if (baked.hasErrors()) {
            return new ServedSite(files, baked.problems(), version + 1);
        }
        Map<String, SiteFile> byPath = new TreeMap<>();
        baked.files().forEach(file -> byPath.put(file.path(), file));
        return new ServedSite(byPath, baked.problems(), version + 1);
    }

    boolean failing() {
        return problems.stream().anyMatch(Problem::isError);
    }

    Optional<SiteFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }
}
