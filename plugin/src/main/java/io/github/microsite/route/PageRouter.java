package io.github.microsite.route;

import io.github.microsite.convert.ConvertedPage;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Gives every page its URL and its place in the reading order. */
public final class PageRouter {

    /** What stays a plain, unescaped URL segment on every static host. */
    private static final Pattern URL_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String HOME_STEM = "index";

    private final SiteConfig config;
    private final ReadingOrder readingOrder;
    private final Map<String, Integer> positions = new java.util.HashMap<>();

    public PageRouter(SiteConfig config) {
        this(config, ReadingOrder.NONE);
    }

    /** @param readingOrder the order the content already has (master file, navigation file, configuration) */
    public PageRouter(SiteConfig config, ReadingOrder readingOrder) {
        this.config = config;
        this.readingOrder = readingOrder;
        List<String> paths = readingOrder.paths();
        for (int i = 0; i < paths.size(); i++) {
            positions.putIfAbsent(paths.get(i), i);
        }
    }

    public SiteMap route(List<ConvertedPage> pages, Problems problems) {
        Route home = null;
        List<Ordered> others = new ArrayList<>();
        Map<String, ConvertedPage> byOutput = new LinkedHashMap<>();
        for (ConvertedPage page : pages) {
            if (isDraft(page)) {
                continue;
            }
            Optional<String> output = outputPath(page, problems);
            if (output.isEmpty()) {
                continue;
            }
            ConvertedPage earlier = byOutput.putIfAbsent(output.get(), page);
            if (earlier != null) {
                problems.error(page.source().relativePath(), 0, "two pages would be published as " + output.get()
                        + ": " + earlier.source().relativePath() + " and " + page.source().relativePath()
                        + "; give one of them a different :slug:");
                continue;
            }
            checkTocLevels(page, problems);
            boolean isHome = output.get().equals(SiteMap.HOME_PATH);
            String path = page.source().relativePath();
            Route route = new Route(output.get(), page.attribute("jbake-type").orElse(isHome ? "home" : "page"),
                    page.attribute("nav-title").or(() -> Optional.ofNullable(readingOrder.titles().get(path)))
                            .orElse(page.title()), page);
            if (isHome) {
                home = route;
            } else {
                others.add(new Ordered(positions.getOrDefault(path, Integer.MAX_VALUE), order(page, problems), route));
            }
        }
        // The order the content gives first, then :nav-order:, then the path.
        others.sort(Comparator.comparingInt(Ordered::position)
                .thenComparing(Ordered::order, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ordered -> ordered.route().page().source().relativePath()));
        List<Route> lettered = AppendixLetters.renumber(java.util.stream.Stream.concat(
                java.util.stream.Stream.of(home != null ? home : generatedHome()),
                others.stream().map(Ordered::route)).toList());
        return new SiteMap(lettered.get(0), lettered.subList(1, lettered.size()));
    }

    private Optional<String> outputPath(ConvertedPage page, Problems problems) {
        SourceFile source = page.source();
        String folder = source.relativeFolder();
        for (String segment : folder.isEmpty() ? new String[0] : folder.split("/")) {
            if (!URL_SEGMENT.matcher(segment).matches()) {
                problems.error(source.relativePath(), 0, "the folder name '" + segment
                        + "' would give a URL that is not plain ASCII; rename the folder with letters, digits, '-' or '_'");
                return Optional.empty();
            }
        }
        String stem = source.fileName().substring(0, source.fileName().lastIndexOf('.'));
        Optional<String> slug = page.attribute("slug");
        if (slug.isPresent() && !URL_SEGMENT.matcher(slug.get()).matches()) {
            problems.error(source.relativePath(), source.firstLineContaining(":slug:"), ":slug: " + slug.get() + " is not a plain ASCII URL segment;"
                    + " use letters, digits, '-', '_' or '.', starting with a letter or digit");
            return Optional.empty();
        }
        if (slug.isEmpty() && folder.isEmpty() && stem.equals(HOME_STEM)) {
            return Optional.of(SiteMap.HOME_PATH);
        }
        String name = slug.orElse(stem);
        if (slug.isEmpty() && !URL_SEGMENT.matcher(stem).matches()) {
            problems.error(source.relativePath(), 0, "the file name gives a URL that is not plain ASCII, which static"
                    + " hosts serve as a broken, percent-encoded name; add an attribute such as ':slug: chapter-1'"
                    + " to the document header");
            return Optional.empty();
        }
        return Optional.of((folder.isEmpty() ? "" : folder + "/") + name + "/index.html");
    }

    /** Header values are strings: order them as numbers, so 10 comes after 9. */
    private static BigDecimal order(ConvertedPage page, Problems problems) {
        Optional<String> value = page.attribute("nav-order").or(() -> page.attribute("jbake-order"));
        if (value.isEmpty() || value.get().isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value.get());
        } catch (NumberFormatException e) {
            problems.error(page.source().relativePath(), page.source().firstLineContaining("-order:"), ":nav-order: " + value.get()
                    + " is not a number; write a number such as ':nav-order: 3'");
            return null;
        }
    }

    /** The theme's contents list 1 to 5 heading levels (compose/PageModels); anything else is a typo to fix. */
    private static void checkTocLevels(ConvertedPage page, Problems problems) {
        page.attribute("toclevels").filter(value -> !value.matches("[1-5]")).ifPresent(value -> problems.error(
                page.source().relativePath(), page.source().firstLineContaining(":toclevels:"), ":toclevels: " + value
                        + " is not a number from 1 to 5 (how many heading levels the page contents list, from the"
                        + " page or the site's attributes); write for example ':toclevels: 3'"));
    }

    private static boolean isDraft(ConvertedPage page) {
        return page.attribute("jbake-status").map("draft"::equalsIgnoreCase).orElse(false);
    }

    /** A site without an index page still needs a front door: an empty home page listing the others. */
    private Route generatedHome() {
        return Route.withoutBody(SiteMap.HOME_PATH, "home", config.siteTitle(), new PageSource.GeneratedHome(),
                config.contentDirectory(), "", config.siteTitle());
    }

    private record Ordered(int position, BigDecimal order, Route route) {
    }
}
