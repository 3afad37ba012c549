package io.github.microsite;

import io.github.microsite.check.CheckedSite;
import io.github.microsite.check.SiteChecker;
import io.github.microsite.check.SiteFiles;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a built site folder — links, anchors, resources, off-site requests, inline scripts, page metadata, headings,
 * ids, sitemap, file names — and fails the build with one line per problem: {@code page: element: what is wrong}.
 * Reads the folder only; any folder works, also one this plugin did not build.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {

    /** The built site to check: the build's output folder by default. */
    @Parameter(property = "microsite.outputDirectory", defaultValue = "${project.build.directory}/microsite", required = true)
    private File outputDirectory;

    /** The path the site is served under; links starting with '/' (the 404 page's) must start with it. */
    @Parameter(property = "microsite.basePath", defaultValue = "/")
    private String basePath;

    /** The absolute URL of the published site; sitemap entries must start with it. */
    @Parameter(property = "microsite.siteUrl")
    private String siteUrl;

    /** Rules switched off, each with its reason, e.g. {@code <skipRules><image-alt>why</image-alt></skipRules>}. */
    @Parameter
    private Map<String, String> skipRules;

    /** Skip the check (also skipped with the build, by {@code microsite.skip}). */
    @Parameter(property = "microsite.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the microsite check (microsite.skip)");
            return;
        }
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new MojoExecutionException("microsite.basePath must start and end with '/', e.g. /aigc-report/ (got "
                    + basePath + ")");
        }
        if (!Files.isDirectory(outputDirectory.toPath())) {
            throw new MojoFailureException("No site to check in " + outputDirectory + "; build it first (mvn package) "
                    + "or point microsite.outputDirectory at a built site folder");
        }
        SiteChecker checker;
        try {
            checker = new SiteChecker(skipRules);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        CheckedSite site = new CheckedSite(SiteFiles.onDisk(outputDirectory.toPath()), basePath,
                Optional.ofNullable(siteUrl).filter(url -> !url.isBlank()));
        SiteChecker.Report report = checker.check(site);
        CheckReporting.log(report, new MavenBuildLog(getLog()));
        if (!report.passed()) {
            throw new MojoFailureException(CheckReporting.failure(report, outputDirectory.toString()));
        }
        getLog().info("Checked " + site.pages().size() + " page(s) in " + outputDirectory + ": no problems");
    }
}
