package io.github.microsite.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What a stopping JVM does with a staging folder: stop its writer, delete it, and never touch a swapped-in site. */
class RemovedOnExitTest {

    @TempDir
    Path root;

    @Test
    void aStopStopsTheWriterThenDeletesTheFolder() throws Exception {
        Path staging = Files.createDirectories(root.resolve("site.partial-1/part"));
        Files.writeString(staging.resolve("page.html"), "A");
        List<String> order = new ArrayList<>();
        try (RemovedOnExit removal = new RemovedOnExit(root.resolve("site.partial-1"),
                () -> order.add(Files.exists(staging) ? "writer stopped, folder still there" : "too late"))) {
            removal.remove();
        }
        assertEquals(List.of("writer stopped, folder still there"), order);
        assertFalse(Files.exists(root.resolve("site.partial-1")));
    }

    @Test
    void aStopDuringTheSwapLeavesThePublishedSiteWhole() throws Exception {
        Path staging = Files.createDirectories(root.resolve("site.partial-1"));
        Files.writeString(staging.resolve("index.html"), "A");
        Path output = root.resolve("site");
        try (RemovedOnExit removal = new RemovedOnExit(staging, () -> { })) {
            Thread stop = new Thread(removal::remove, "stopping JVM");
            removal.moveAway(() -> {
                stop.start(); // the JVM stops while publish swaps the folder in
                try {
                    stop.join(300); // time enough to delete it, were it not kept waiting
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            });
            stop.join();
        }
        assertEquals("A", Files.readString(output.resolve("index.html")));
        assertFalse(Files.exists(staging));
    }
}
