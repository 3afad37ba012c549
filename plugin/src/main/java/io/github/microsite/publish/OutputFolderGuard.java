package io.github.microsite.publish;

import io.github.microsite.model.RealPaths;

import io.github.microsite.model.SiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Decides, before anything is converted, whether the output folder may be replaced. Publishing deletes the old output
 * folder as a whole, so a mistyped {@code outputDirectory} must never point at sources: the content or theme folder,
 * the project, a repository, the user's home, a filesystem root. An existing folder is replaced only when it is empty,
 * was written by this plugin (its manifest lists every file in it), lies inside Maven's build directory (which
 * {@code mvn clean} deletes anyway), or {@code force} is set.
 */
public final class OutputFolderGuard {

    static final String PARAMETER = "microsite.outputDirectory";

    private final SiteConfig config;

    public OutputFolderGuard(SiteConfig config) {
        this.config = config;
    }

    /** Why the output folder must not be written, or empty when it may. */
    public Optional<String> refusal() {
        Path output = RealPaths.of(config.outputDirectory());
        if (output.getParent() == null) {
            return refuse(output, "is a filesystem root", null);
        }
        for (Path part : output) {
            if (part.toString().equals(".git")) {
                return refuse(output, "is inside a git repository's own folder", null);
            }
        }
        Path home = RealPaths.of(Path.of(System.getProperty("user.home")));
        if (output.equals(home) || home.startsWith(output)) {
            return refuse(output, output.equals(home) ? "is your home folder" : "contains your home folder", home);
        }
        Optional<String> sources = aroundSources(output, RealPaths.of(config.contentDirectory()), "the content folder");
        if (sources.isPresent()) {
            return sources;
        }
        if (config.themeDirectory().isPresent()) {
            sources = aroundSources(output, RealPaths.of(config.themeDirectory().get()), "the theme folder");
            if (sources.isPresent()) {
                return sources;
            }
        }
        for (var published : config.layout().staticDirectories()) {
            sources = aroundSources(output, RealPaths.of(published.directory()), "the static directory");
            if (sources.isPresent()) {
                return sources;
            }
        }
        if (config.project().isPresent()) {
            Path base = RealPaths.of(config.project().get().baseDirectory());
            if (output.equals(base) || base.startsWith(output)) {
                return refuse(output, (output.equals(base) ? "is" : "contains") + " the project's base directory", base);
            }
        }
        if (!Files.isDirectory(output)) {
            return Files.exists(output)
                    ? refuse(output, "is a file, not a folder", null)
                    : Optional.empty();
        }
        List<Path> files = filesIn(output);
        Optional<Path> repository = files.stream()
                .filter(file -> file.getFileName().toString().equals("pom.xml") || isGitEntry(output, file))
                .map(file -> isGitEntry(output, file) ? gitFolder(output, file) : file.getParent())
                .findFirst();
        if (repository.isPresent()) {
            return refuse(output, (repository.get().equals(output) ? "is" : "contains")
                    + " a project or repository:", repository.get());
        }
        if (files.isEmpty() || config.force() || insideBuildDirectory(output)) {
            return Optional.empty();
        }
        Optional<Set<String>> written = SitePublisher.readManifest(output);
        if (written.isEmpty()) {
            return Optional.of(PARAMETER + " is " + output + ", a folder with " + files.size() + " file(s) that this"
                    + " plugin did not write (there is no " + SitePublisher.manifestOf(output).getFileName()
                    + " beside it), and publishing replaces the folder as a whole. Set " + PARAMETER
                    + " to an empty or new folder such as " + suggestion() + ", or delete the folder yourself; "
                    + "microsite.force=true replaces it anyway, deleting its files.");
        }
        Set<String> foreign = new TreeSet<>();
        files.forEach(file -> {
            String relative = output.relativize(file).toString().replace('\\', '/');
            if (!written.get().contains(relative)) {
                foreign.add(relative);
            }
        });
        if (!foreign.isEmpty()) {
            return Optional.of(PARAMETER + " is " + output + ", which holds " + foreign.size() + " file(s) the last"
                    + " build did not write (" + String.join(", ", foreign.stream().limit(5).toList())
                    + (foreign.size() > 5 ? ", …" : "") + "), and publishing replaces the folder as a whole. Move"
                    + " them out, or set " + PARAMETER + " to another folder such as " + suggestion()
                    + "; microsite.force=true replaces it anyway, deleting them.");
        }
        return Optional.empty();
    }

    /** The content and theme folders: the output may be none of them, contain none, lie inside none. */
    private Optional<String> aroundSources(Path output, Path sources, String name) {
        if (output.equals(sources)) {
            return refuse(output, "is " + name, sources);
        }
        if (sources.startsWith(output)) {
            return refuse(output, "contains " + name, sources);
        }
        if (output.startsWith(sources)) {
            return refuse(output, "lies inside " + name, sources);
        }
        return Optional.empty();
    }

    private Optional<String> refuse(Path output, String what, Path other) {
        return Optional.of(PARAMETER + " is " + output + ", which " + what + (other == null ? "" : " " + other)
                + "; publishing replaces the output folder as a whole and would delete what is there. Set "
                + PARAMETER + " to a folder of its own, such as " + suggestion() + ".");
    }

    private String suggestion() {
        return config.project().map(project -> RealPaths.of(project.buildDirectory()).resolve("site").toString())
                .orElse("target/site");
    }

    private boolean insideBuildDirectory(Path output) {
        return config.project().map(project -> RealPaths.of(project.buildDirectory()))
                .filter(build -> output.startsWith(build) && !output.equals(build)).isPresent();
    }

    private static boolean isGitEntry(Path output, Path file) {
        for (Path part : output.relativize(file)) {
            if (part.toString().equals(".git")) {
                return true;
            }
        }
        return false;
    }

    private static Path gitFolder(Path output, Path file) {
        Path folder = output;
        for (Path part : output.relativize(file)) {
            folder = folder.resolve(part);
            if (part.toString().equals(".git")) {
                return folder;
            }
        }
        return folder;
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> !Files.isDirectory(path) || path.getFileName().toString().equals(".git"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output folder " + folder, e);
        }
    }
}
