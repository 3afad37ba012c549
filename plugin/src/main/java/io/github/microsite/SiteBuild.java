package io.github.microsite;

import io.github.microsite.check.CheckedSite;
import io.github.microsite.check.SiteChecker;
import io.github.microsite.check.SiteFiles;
import io.github.microsite.fork.BuildRequest;
import io.github.microsite.fork.Outcome;
import io.github.microsite.model.BuildLog;
import io.github.microsite.model.Problem;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The build goal from its request to its last log line, without Maven: {@link BuildMojo} runs it in Maven's JVM or
 * hands the request to {@link ForkedSiteBuild} in a JVM of its own; the log and the outcome are the same either way.
 */
final class SiteBuild {

    private final BuildRequest request;
    private final BuildLog log;

    SiteBuild(BuildRequest request, BuildLog log) {
        this.request = request;
        this.log = log;
    }

    /** The check rules, or why they cannot be (a rule that does not exist, a rule switched off without a reason). */
    SiteChecker checker() throws BuildFailure {
        try {
            return new SiteChecker(request.skipRules());
        } catch (IllegalArgumentException e) {
            throw new BuildFailure(Outcome.broke(e.getMessage()));
        }
    }

    /** The check rules decide what is published, so they are inputs of the up-to-date decision too. */
    String approval() {
        return request.check() ? "check, skipping " + new TreeMap<>(request.skipRules()) : "no check";
    }

    /** Bakes, checks, publishes and reports, with {@code pipeline}, in this JVM. */
    void run(Pipeline pipeline) throws BuildFailure {
        SiteChecker checker = checker();
        List<SiteChecker.Report> checked = new ArrayList<>();
        BuildResult result;
        try {
            result = pipeline.build(request.config(), approval(), site -> {
                if (!request.check()) {
                    return true;
                }
                checked.add(checker.check(new CheckedSite(SiteFiles.inMemory(site.files()),
                        request.config().basePath(), request.config().siteUrl())));
                return checked.get(0).passed();
            });
        } catch (RuntimeException e) {
            throw new BuildFailure(Outcome.broke("The microsite build broke: " + e.getMessage()), e);
        }
        report(result, checked.stream().findFirst());
    }

    /** Tells what the build did, and fails it when it found problems (each one logged, located). */
    void report(BuildResult result, Optional<SiteChecker.Report> checked) throws BuildFailure {
        // Pipeline.build looks at the output folder before Asciidoctor starts; a refusal is a mistyped parameter,
        // not a content problem, so it is the build's one message.
        if (result.refusal().isPresent()) {
            throw new BuildFailure(Outcome.failed(result.refusal().get()));
        }
        report(result.problems());
        checked.ifPresent(report -> CheckReporting.log(report, log));
        if (request.config().siteUrl().isEmpty()) {
            log.info("No microsite.siteUrl: sitemap.xml, robots.txt, canonical links and social cards are left out");
        }
        boolean failOnWarnings = request.config().failOnWarnings();
        List<Problem> failing = failOnWarnings ? result.problems() : result.errors();
        String content = relative(request.contentAsNamed());
        if (!failing.isEmpty()) {
            // Each problem is already in the log above, located; Maven prints this message once more at the end,
            // so it counts them instead of repeating them.
            throw new BuildFailure(Outcome.failed("Found " + failing.size() + " problem(s) in " + content
                    + (failOnWarnings ? " (failOnWarnings is on)" : "") + "; each is listed above with its file and line"));
        }
        if (checked.isPresent() && !checked.get().passed()) {
            throw new BuildFailure(Outcome.failed(CheckReporting.failure(checked.get(), "the site baked from "
                    + content + "; nothing was written")));
        }
        String output = relative(request.config().outputDirectory());
        if (result.upToDate()) {
            log.info("The microsite in " + output + " is up to date (" + result.pageCount()
                    + " page(s); nothing it is built from has changed since the last build, checked in "
                    + result.stageMillis().values().stream().mapToLong(Long::longValue).sum() + " ms)");
            return;
        }
        log.info("Built " + result.pageCount() + " page(s) into " + output + " ("
                + result.pagesConverted() + " converted, the rest unchanged since the last build; "
                + String.join(", ", result.stageMillis().entrySet().stream()
                .map(stage -> stage.getKey() + " " + stage.getValue() + " ms").toList()) + ")");
    }

    private void report(List<Problem> problems) {
        report(problems, request.contentAsNamed(), log);
    }

    /** Each problem once, as {@code content/path.adoc:LINE: message}, at the level of its severity. */
    static void report(List<Problem> problems, Path contentAsNamed, BuildLog log) {
        String base = relative(contentAsNamed);
        for (Problem problem : problems) {
            String line = base + "/" + problem.describe();
            if (problem.isError()) {
                log.error(line);
            } else {
                log.warn(line);
            }
        }
    }

    /** Paths in the log relative to the working folder, as a reader would type them. */
    static String relative(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path path = file.toAbsolutePath().normalize();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }

    static String relative(File file) {
        return relative(file.toPath());
    }

    /** A build that did not succeed, with what Maven is to print last. */
    static final class BuildFailure extends Exception {

        private final transient Outcome outcome;

        BuildFailure(Outcome outcome) {
            super(outcome.message());
            this.outcome = outcome;
        }

        /** @param cause what broke the build: Maven shows it with -e, the forked build sends it as debug lines */
        BuildFailure(Outcome outcome, Throwable cause) {
            super(outcome.message(), cause);
            this.outcome = outcome;
        }

        Outcome outcome() {
            return outcome;
        }
    }
}
