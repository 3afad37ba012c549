package io.github.microsite;

import io.github.microsite.model.SiteConfig;
import io.github.microsite.publish.OutputFolderGuard;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mistyped output folder must never cost the author their sources: each refusal fails the build before anything is
 * converted, names the parameter and both paths, and leaves every byte of the project as it was.
 */
class OutputFolderSafetyTest {

    @TempDir
    Path root;
    private Path project;
    private Path content;

    /** A project as on disk: pom.xml, .git, content in a sub-folder, a target/ folder. */
    @BeforeEach
    void project() throws IOException {
        project = root.resolve("project");
        content = project.resolve("book/content");
        Files.createDirectories(content.resolve("chapters"));
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(project.resolve(".git/refs"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(content.resolve("index.adoc"), "= Home\n\nWelcome.\n");
        Files.writeString(content.resolve("chapters/one.adoc"), "= One\n\nText.\n");
        Files.createDirectories(project.resolve("target"));
    }

    @Test
    void theContentFolderItselfIsRefused() throws Exception {
        assertRefused(content, "which is the content folder " + content.toRealPath());
    }

    @Test
    void theContentFoldersParentIsRefused() throws Exception {
        assertRefused(content.getParent(), "which contains the content folder " + content.toRealPath());
    }

    @Test
    void aFolderInsideTheContentIsRefused() throws Exception {
        assertRefused(content.resolve("site"), "which lies inside the content folder " + content.toRealPath());
    }

    @Test
    void theProjectRootIsRefused() throws Exception {
        assertRefused(project, "which contains the content folder");
        assertTrue(refusal(config(project)).orElseThrow().contains(project.toRealPath().toString()));
    }

    @Test
    void theGitFolderIsRefused() throws Exception {
        assertRefused(project.resolve(".git"), "is inside a git repository's own folder");
    }

    @Test
    void aFolderHoldingAnotherProjectIsRefused() throws Exception {
        Path other = root.resolve("other");
        Files.createDirectories(other.resolve("src"));
        Files.writeString(other.resolve("src/pom.xml"), "<project/>\n");
        assertRefused(other, "contains a project or repository: " + other.toRealPath().resolve("src"));
    }

    @Test
    void aForeignNonEmptyFolderIsRefusedUnlessForced(@TempDir Path foreign) throws Exception {
        Files.writeString(foreign.resolve("notes.txt"), "mine\n");
        assertRefused(foreign, "a folder with 1 file(s) that this plugin did not write");

        mojo(foreign, true).execute();

        assertTrue(Files.isRegularFile(foreign.resolve("index.html")));
        assertFalse(Files.exists(foreign.resolve("notes.txt")));
    }

    @Test
    void theHomeFolderAndAFilesystemRootAreRefused() {
        Path home = Path.of(System.getProperty("user.home"));
        assertTrue(refusal(config(home)).orElseThrow().contains("is your home folder"), refusal(config(home)).toString());
        Path top = home.toAbsolutePath().getRoot();
        assertTrue(refusal(config(top)).orElseThrow().contains("is a filesystem root"));
        assertTrue(refusal(config(top).withForce(true)).isPresent(), "force never overrides a refusal of sources");
    }

    @Test
    void theThemeFolderIsRefused() throws Exception {
        Path theme = project.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        SiteConfig config = new SiteConfig(content, theme.resolve("out"), Optional.of(theme), "t", "en", "/",
                Optional.empty(), List.of(), List.of(), Map.of());
        assertTrue(refusal(config).orElseThrow().contains("lies inside the theme folder " + theme.toRealPath()));
    }

    @Test
    void aStaticDirectoryIsRefused() throws Exception {
        Path downloads = project.resolve("downloads");
        Files.createDirectories(downloads);
        SiteConfig config = new SiteConfig(content, downloads, Optional.empty(), "t", "en", "/", Optional.empty(),
                List.of(), List.of(), Map.of(), false, false, Optional.empty(), List.of(),
                new io.github.microsite.model.ContentLayout(Optional.empty(), Optional.empty(), List.of(), List.of(),
                        List.of(new io.github.microsite.model.ContentLayout.StaticDirectory(downloads, "downloads"))));
        assertTrue(refusal(config).orElseThrow().contains("which is the static directory " + downloads.toRealPath()),
                refusal(config).toString());
    }

    @Test
    void aSymbolicLinkCannotDisguiseTheContentFolder() throws Exception {
        Path link = root.resolve("innocent-looking");
        Files.createSymbolicLink(link, content);
        assertRefused(link, "which is the content folder " + content.toRealPath());
    }

    @Test
    void rebuildingOverItsOwnOutputWorksAndLeavesAManifestBesideIt() throws Exception {
        Path out = root.resolve("public");
        mojo(out, false).execute();
        Path manifest = root.resolve("public.microsite-manifest");
        assertTrue(Files.readAllLines(manifest).contains("chapters/one/index.html"), Files.readString(manifest));

        Files.writeString(content.resolve("chapters/two.adoc"), "= Two\n\nMore.\n");
        mojo(out, false).execute();

        assertTrue(Files.isRegularFile(out.resolve("chapters/two/index.html")));
        assertTrue(Files.readAllLines(manifest).contains("chapters/two/index.html"));
    }

    @Test
    void aFileAddedToThePluginsOutputIsNotDeletedSilently() throws Exception {
        Path out = root.resolve("public");
        mojo(out, false).execute();
        Files.writeString(out.resolve("CNAME"), "example.org\n");

        MojoFailureException refused = assertThrows(MojoFailureException.class, () -> mojo(out, false).execute());

        assertTrue(refused.getMessage().contains("holds 1 file(s) the last build did not write (CNAME)"),
                refused.getMessage());
        assertEquals("example.org\n", Files.readString(out.resolve("CNAME")));
    }

    @Test
    void anOldOutputInsideTheBuildDirectoryIsReplacedWithoutAManifest() throws Exception {
        Path out = project.resolve("target/site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.html"), "old\n");

        mojo(out, false).execute();

        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("stale.html")));
    }

    /** The build fails with the message, naming the parameter, and not one byte of the project or the folder changed. */
    private void assertRefused(Path output, String expected) throws Exception {
        Map<String, String> before = hashes(root);
        Map<String, String> outputBefore = Files.isDirectory(output) ? hashes(output) : Map.of();

        MojoFailureException refused = assertThrows(MojoFailureException.class, () -> mojo(output, false).execute());

        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("microsite.outputDirectory is "), refused.getMessage());
        assertTrue(refused.getMessage().contains("Set microsite.outputDirectory to "), refused.getMessage());
        assertEquals(before, hashes(root));
        assertEquals(outputBefore, Files.isDirectory(output) ? hashes(output) : Map.of());
    }

    private SiteConfig config(Path output) {
        return new SiteConfig(content, output, Optional.empty(), "t", "en", "/", Optional.empty(), List.of(), List.of(),
                Map.of()).withProject(new SiteConfig.ProjectFolders(project, project.resolve("target")));
    }

    private static Optional<String> refusal(SiteConfig config) {
        return new OutputFolderGuard(config).refusal();
    }

    private BuildMojo mojo(Path output, boolean force) throws Exception {
        BuildMojo mojo = new BuildMojo();
        MojoParameters.set(mojo, "contentDirectory", content.toFile());
        MojoParameters.set(mojo, "outputDirectory", output.toFile());
        MojoParameters.set(mojo, "projectDirectory", project.toFile());
        MojoParameters.set(mojo, "buildDirectory", project.resolve("target").toFile());
        MojoParameters.set(mojo, "siteTitle", "Fixture");
        MojoParameters.set(mojo, "language", "en");
        MojoParameters.set(mojo, "basePath", "/");
        MojoParameters.set(mojo, "force", force);
        mojo.setLog(new SystemStreamLog());
        return mojo;
    }


    /** Every file under the folder (links not followed) with its SHA-256. */
    static Map<String, String> hashes(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                String key = folder.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    hashes.put(key, "-> " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path)) {
                    hashes.put(key, HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
                } else {
                    hashes.put(key, "folder");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }
}
