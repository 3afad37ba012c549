package io.github.microsite.link;

import io.github.microsite.model.PageReference;
import io.github.microsite.model.Problem;
import io.github.microsite.model.Problems;
import io.github.microsite.model.Severity;
import io.github.microsite.route.Route;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a page named the way AsciiDoc's xref names it - {@code chapters/ch2-industries.adoc#finance}, relative to the
 * content folder, {@code #id} optional - into a relative URL from any page of the site. Dataset values marked
 * {@code "x-page": true} are checked with it once the pages exist; templates and collection pages use it to link a
 * row to the page that tells its story.
 */
public final class PageTargets {

    private final Map<String, Route> pageByStem;
    private final Map<Route, Set<String>> idsByPage;

    PageTargets(Map<String, Route> pageByStem, Map<Route, Set<String>> idsByPage) {
        this.pageByStem = pageByStem;
        this.idsByPage = idsByPage;
    }

    /** Targets of a site without pages: every target is unresolved. */
    public static PageTargets none() {
        return new PageTargets(Map.of(), Map.of());
    }

    /** The relative URL from a page in {@code fromFolder} to the target, or why there is none. */
    public Result resolve(String fromFolder, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String id = hash < 0 ? "" : target.substring(hash + 1);
        int dot = path.lastIndexOf('.');
        String stem = dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
        Route page = pageByStem.get(stem);
        if (page == null) {
            return Result.unresolved("'" + target + "' names no page: there is no published " + stem
                    + ".adoc in the content folder (write the page's path from the content folder, e.g."
                    + " chapters/intro.adoc#overview)");
        }
        if (!id.isEmpty() && !idsByPage.getOrDefault(page, Set.of()).contains(id)) {
            return Result.unresolved("'" + target + "': page " + page.page().source().relativePath()
                    + " has no section or anchor with id '" + id + "'; fix the id or add [#" + id + "] there");
        }
        return Result.resolved(RelativeUrls.between(fromFolder, page.outputPath()) + (id.isEmpty() ? "" : "#" + id));
    }

    /** Resolves a dataset's page reference, reporting an error at the value's place in the data file. */
    public Optional<String> href(String fromFolder, PageReference reference, Problems problems) {
        Result result = resolve(fromFolder, reference.target());
        result.problem().ifPresent(message -> problems.add(new Problem(Severity.ERROR, reference.file(),
                reference.line(), reference.column(), reference.pointer(), message)));
        return result.href();
    }

    /** Checks every page reference of the datasets. */
    public void checkAll(List<PageReference> references, Problems problems) {
        references.forEach(reference -> href("", reference, problems));
    }

    /** Either a relative href or the reason there is none. */
    public record Result(Optional<String> href, Optional<String> problem) {
        static Result resolved(String href) {
            return new Result(Optional.of(href), Optional.empty());
        }

        static Result unresolved(String problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }
}
