package io.github.microsite.publish;

import io.github.microsite.model.BackgroundThread;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files written ahead of publishing, while the rest of the site is still being baked, into a fresh staging folder
 * beside an output folder that does not exist yet (the publish will then be a whole-folder swap, {@link SitePublisher}).
 * On a slow disk creating thousands of files takes seconds (0.1-2.5 s for a 1,000-page site on the machine of issue 15);
 * a writer thread of its own does it while the build links, composes and indexes.
 *
 * <p>Nothing is published here: {@link SitePublisher#publish(java.util.List, io.github.microsite.model.Problems,
 * Optional)} writes what is missing, checks everything as before and swaps the folder in. A build that publishes
 * nothing closes this, which deletes the staging folder: only what it created. So does a JVM that stops before the
 * build is done ({@link RemovedOnExit}).
 */
public final class StagedFiles implements AutoCloseable {

    private final Path staging;
    private final BackgroundThread writer = new BackgroundThread("microsite-staged-files");
    /** Each path written, with the file written there: publish writes a path again unless it is the same file. */
    private final Map<String, SiteFile> written = new ConcurrentHashMap<>();
    private final Set<Path> folders = new HashSet<>();
    /** Until the build is done with the folder, whether publish moved it into place or not. */
    private final RemovedOnExit removedOnExit;
    private boolean handedOver;

    private StagedFiles(Path staging) {
        this.staging = staging;
        this.removedOnExit = new RemovedOnExit(staging, writer::cancel);
    }

    /**
     * Staging beside {@code outputDirectory}, only when that folder does not exist: a folder that exists is updated in
     * place file by file, or checked by the guard, at publish time, as before.
     *
     * @param buildDirectory the project's build folder ({@code target/}), which the build writes into anyway (its
     *                       conversion cache): the output's parent is made only inside it, so a build that fails
     *                       leaves no new folder elsewhere
     */
    public static Optional<StagedFiles> forNewFolder(Path outputDirectory, Optional<Path> buildDirectory) {
        Path output = outputDirectory.toAbsolutePath().normalize();
        Path parent = output.getParent();
        boolean parentIsOurs = buildDirectory.map(build -> parent != null
                && parent.startsWith(build.toAbsolutePath().normalize())).orElse(false);
        if (Files.exists(output) || parent == null || !(Files.isDirectory(parent) || parentIsOurs)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(parent);
            // A uniquely named folder: a fixed name like "site.partial" may be the user's.
            return Optional.of(new StagedFiles(
                    Files.createTempDirectory(output.getParent(), output.getFileName() + ".partial-")));
        } catch (IOException e) {
            return Optional.empty(); // publish writes everything itself, as without staging
        }
    }

    /** Writes the file into the staging folder, on the writer thread; a path outside it is left to publish to refuse. */
    public void write(SiteFile file) {
        Path target = staging.resolve(file.path()).normalize();
        if (file.path().isEmpty() || !target.startsWith(staging) || target.equals(staging)) {
            return;
        }
        writer.execute(() -> {
            SitePublisher.write(file, target, folders);
            written.put(file.path(), file);
        });
    }

    /** Waits for the writes, and hands the staging folder over to publish, which now owns it. */
    Path handOver() throws IOException {
        Optional<Throwable> failure = writer.finish();
        if (failure.isPresent()) {
            if (failure.get() instanceof IOException io) {
                throw io;
            }
            throw BackgroundThread.unchecked(failure.get());
        }
        handedOver = true;
        return staging;
    }

    /** What removes the staging folder if the JVM stops; publish swaps the folder in through it. */
    RemovedOnExit removedOnExit() {
        return removedOnExit;
    }

    /** Whether {@code file} itself is already in the staging folder at its path. */
    boolean holds(SiteFile file) {
        return written.get(file.path()) == file;
    }

    /** Deletes the staging folder unless publish took it over. */
    @Override
    public void close() {
        writer.close();
        try {
            if (!handedOver) {
                SitePublisher.deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging folder " + staging, e);
        } finally {
            removedOnExit.close();
        }
    }
}
