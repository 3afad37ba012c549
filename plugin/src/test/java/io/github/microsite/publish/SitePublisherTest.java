package io.github.microsite.publish;

import io.github.microsite.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
