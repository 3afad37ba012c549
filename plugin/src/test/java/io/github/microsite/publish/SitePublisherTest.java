package io.github.microsite.publish;

import io.github.microsite.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePublisherTest {

    @TempDir
    Path root;

    private static SiteFile file(String path, String text) {
        return SiteFile.generated(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void replacesTheWholeOutputFolderLeavingNoStaleFiles() throws Exception {
        Path out = root.resolve("site");
        new SitePublisher(out).publish(List.of(file("old.html", "old"), file("index.html", "1")), new Problems());

        new SitePublisher(out).publish(List.of(file("index.html", "2")), new Problems());

        assertEquals("2", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("old.html")));
        try (var siblings = Files.list(root)) {
            assertEquals(List.of("site", "site" + SitePublisher.MANIFEST_SUFFIX),
                    siblings.map(path -> path.getFileName().toString()).sorted().toList(), "no staging left behind");
        }
    }

    @Test
    void aFolderThatMerelyHasTheStagingNameIsNeverTouched() throws Exception {
        Path out = root.resolve("site");
        Path notOurs = Files.createDirectories(root.resolve("site.partial"));
        Files.writeString(notOurs.resolve("notes.txt"), "someone's notes");

        new SitePublisher(out).publish(List.of(file("index.html", "1")), new Problems());

        assertEquals("someone's notes", Files.readString(notOurs.resolve("notes.txt")));
        assertEquals("1", Files.readString(out.resolve("index.html")));
    }

    @Test
    void twoFilesForOnePathAreAnOutputConflictAndNothingIsWritten() {
        Path out = root.resolve("site");
        Problems problems = new Problems();

        boolean published = new SitePublisher(out).publish(
                List.of(file("assets/css/site.css", "a"), SiteFile.copied("assets/css/site.css", root)), problems);

        assertFalse(published);
        assertFalse(Files.exists(out));
        assertTrue(problems.all().get(0).message().startsWith("output conflict"), problems.all().toString());
    }

    @Test
    void aFolderOfItsOwnIsUpdatedInPlaceTouchingOnlyWhatChanged() throws Exception {
        Path out = root.resolve("site");
        new SitePublisher(out).publish(List.of(file("same.html", "same"), file("changed.html", "old"),
                file("gone/deep/stale.html", "stale"), file("gone/stale.html", "stale")), new Problems());
        FileTime long_ago = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("same.html"), long_ago);
        Files.setLastModifiedTime(out.resolve("changed.html"), long_ago);
        Path copied = Files.writeString(root.resolve("image.png"), "png");

        boolean published = new SitePublisher(out).publish(List.of(file("same.html", "same"),
                file("changed.html", "new"), file("added/page.html", "added"), SiteFile.copied("image.png", copied)),
                new Problems());

        assertTrue(published);
        assertEquals(long_ago, Files.getLastModifiedTime(out.resolve("same.html")), "same bytes: not written again");
        assertEquals("new", Files.readString(out.resolve("changed.html")));
        assertEquals("added", Files.readString(out.resolve("added/page.html")));
        assertEquals("png", Files.readString(out.resolve("image.png")));
        assertFalse(Files.exists(out.resolve("gone")), "the stale file and the folders it leaves empty are gone");
        assertEquals(List.of("added/page.html", "changed.html", "image.png", "same.html"),
                SitePublisher.readManifest(out).orElseThrow().stream().sorted().toList());
        try (var siblings = Files.list(root)) {
            assertEquals(List.of("image.png", "site", "site" + SitePublisher.MANIFEST_SUFFIX),
                    siblings.map(path -> path.getFileName().toString()).sorted().toList(), "no partial manifest left");
        }
    }

    @Test
    void aHandEditedFileIsWrittenAgain() throws Exception {
        Path out = root.resolve("site");
        new SitePublisher(out).publish(List.of(file("index.html", "built")), new Problems());
        Files.writeString(out.resolve("index.html"), "edited");

        new SitePublisher(out).publish(List.of(file("index.html", "built")), new Problems());

        assertEquals("built", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aManifestNamingAFileOutsideTheFolderNeverDeletesIt() throws Exception {
        Path out = root.resolve("site");
        new SitePublisher(out).publish(List.of(file("index.html", "1")), new Problems());
        Path outside = Files.writeString(root.resolve("notes.txt"), "someone's notes");
        Path manifest = SitePublisher.manifestOf(out);
        Files.writeString(manifest, Files.readString(manifest) + "../notes.txt\n");

        new SitePublisher(out).publish(List.of(file("index.html", "2")), new Problems());

        assertEquals("someone's notes", Files.readString(outside));
        assertEquals("2", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aFolderHoldingAFileTheManifestDoesNotListIsNotUpdatedInPlace() throws Exception {
        // The guard decides whether such a folder may be replaced (inside the build directory, or force); once it
        // has, the publisher replaces it as a whole as before, and never mixes the stranger's file into the site.
        Path out = root.resolve("site");
        new SitePublisher(out).publish(List.of(file("index.html", "1")), new Problems());
        Files.writeString(out.resolve("stranger.txt"), "x");
        FileTime long_ago = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("index.html"), long_ago);

        new SitePublisher(out).publish(List.of(file("index.html", "1")), new Problems());

        assertFalse(Files.exists(out.resolve("stranger.txt")));
        assertNotEquals(long_ago, Files.getLastModifiedTime(out.resolve("index.html")), "staged and swapped in whole");
    }
}
