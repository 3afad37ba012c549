package io.github.microsite;

import io.github.microsite.check.SiteFiles;
import io.github.microsite.diff.MarkdownSummary;
import io.github.microsite.diff.SiteDiff;
import io.github.microsite.diff.SiteDiffer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Compares the built site with a previous build (e.g. of the pull request's base branch) and writes a short Markdown
 * summary of what readers will see change: pages added, removed and changed (with the changed sections' headings),
 * dataset rows added, removed and changed. Never fails on differences: they are the point of a pull request.
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = false)
public class DiffMojo extends AbstractMojo {

    /** The site as built now. */
    @Parameter(property = "microsite.outputDirectory", defaultValue = "${project.build.directory}/microsite", required = true)
    private File outputDirectory;

    /** The build to compare with: a folder holding a previous build of the same site. */
    @Parameter(property = "microsite.previousDirectory", required = true)
    private File previousDirectory;

    /** How the summary names the previous build, e.g. {@code the base branch (main)}; its folder by default. */
    @Parameter(property = "microsite.previousLabel")
    private String previousLabel;

    /** Where the Markdown summary is written. */
    @Parameter(property = "microsite.diffFile", defaultValue = "${project.build.directory}/microsite-diff.md", required = true)
    private File diffFile;

    /** Skip the comparison. */
    @Parameter(property = "microsite.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the microsite diff (microsite.skip)");
            return;
        }
        for (File folder : new File[] {outputDirectory, previousDirectory}) {
            if (!Files.isDirectory(folder.toPath())) {
                throw new MojoFailureException("No built site in " + folder + "; build both sites first, or point "
                        + (folder == outputDirectory ? "microsite.outputDirectory" : "microsite.previousDirectory")
                        + " at a built site folder");
            }
        }
        SiteDiff diff = new SiteDiffer().diff(SiteFiles.onDisk(previousDirectory.toPath()),
                SiteFiles.onDisk(outputDirectory.toPath()));
        String markdown = MarkdownSummary.of(diff, previousLabel != null && !previousLabel.isBlank() ? previousLabel
                : "`" + previousDirectory + "`");
        try {
            Files.createDirectories(diffFile.toPath().toAbsolutePath().getParent());
            Files.writeString(diffFile.toPath(), markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the change summary to " + diffFile + ": " + e.getMessage(), e);
        }
        markdown.lines().forEach(line -> getLog().info(line));
        getLog().info("Wrote the change summary to " + diffFile);
    }
}
