package io.github.microsite.uptodate;

import io.github.microsite.model.Problem;
import io.github.microsite.model.Severity;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.publish.SitePublisher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What the last published build of this output folder was made from, so a build with nothing changed skips the bake:
 * the fingerprint of its inputs ({@link BuildInputs}) and each input file's size, time and hash, its page count, its problems (a skipped build still reports
 * its warnings), and the size and modification time of every file it left in the output folder and of the manifest
 * beside it. The output counts as untouched only when the folder holds exactly those files, each as it was left: a
 * file edited, added or deleted by hand makes the next build a real one, which writes the folder again.
 *
 * <p>Kept under the build directory beside the conversion cache, one record per output folder. It is a cache: one that
 * cannot be read is a miss, one that cannot be written costs the next build its shortcut, and it is removed before
 * anything is published, so an interrupted publish never leaves a record that vouches for a half-written folder.</p>
 */
public final class LastBuild {

    /** The sub-folder of the project's build directory holding the records. */
    public static final String FOLDER = "microsite-last-build";
    private static final String HEADER = "microsite-maven-plugin last build 2";

    /** What a skipped build reports: the last build's pages and problems. */
    public record Outcome(int pageCount, List<Problem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    private final Optional<Path> record;
    private final Path output;
    private final BuildInputs.Scan inputs;
    private final Optional<Stored> last;

    /** The last build's record as read. */
    private record Stored(String fingerprint, int pages, Map<String, String> outputs, List<Problem> problems,
                          Map<String, BuildInputs.Seen> inputs, long lookedAt) {
    }

    /**
     * Fingerprints the inputs now, before anything is baked: a file changed during the bake leaves a record that no
     * longer matches, so the next build is a real one.
     *
     * @param approval what else decides whether a baked site is published (the check rules), as text
     */
    public LastBuild(SiteConfig config, String approval) {
        this.output = config.outputDirectory().toAbsolutePath().normalize();
        this.record = recordOf(config);
        this.last = record.flatMap(LastBuild::read);
        this.inputs = record.isEmpty() ? null : BuildInputs.scan(config, approval,
                last.map(Stored::inputs).orElse(Map.of()), last.map(Stored::lookedAt).orElse(0L));
    }

    /**
     * Whether a build of this output folder left a record: without one no build is up to date, and a caller that only
     * asks that need not fingerprint every input (a cold build of 1,000 pages spent 0.2-0.4 s doing so).
     */
    public static boolean recorded(SiteConfig config) {
        return recordOf(config).map(Files::isRegularFile).orElse(false);
    }

    private static Optional<Path> recordOf(SiteConfig config) {
        Path output = config.outputDirectory().toAbsolutePath().normalize();
        return config.project().map(project -> project.buildDirectory().resolve(FOLDER)
                .resolve(HexFormat.of().formatHex(BuildInputs.sha256()
                        .digest(output.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 24) + ".txt"));
    }

    /** The last build's outcome when this build would make the same site and the output folder is as it left it. */
    public Optional<Outcome> unchanged() {
        if (last.isEmpty() || !last.get().fingerprint().equals(inputs.fingerprint())) {
            return Optional.empty();
        }
        try {
            return last.get().outputs().equals(outputState())
                    ? Optional.of(new Outcome(last.get().pages(), last.get().problems())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Stored> read(Path record) {
        if (!Files.isRegularFile(record)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            if (lines.size() < 4 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            String fingerprint = fields(lines.get(1), "inputs", 2).get(1);
            long lookedAt = Long.parseLong(fields(lines.get(2), "looked", 2).get(1));
            int pages = Integer.parseInt(fields(lines.get(3), "pages", 2).get(1));
            Map<String, String> outputs = new TreeMap<>();
            Map<String, BuildInputs.Seen> inputs = new java.util.HashMap<>();
            List<Problem> problems = new ArrayList<>();
            for (String line : lines.subList(4, lines.size())) {
                if (line.startsWith("input\t")) {
                    List<String> field = fields(line, "input", 3);
                    inputs.put(field.get(1), BuildInputs.Seen.parse(field.get(2)));
                } else if (line.startsWith("output\t")) {
                    List<String> field = fields(line, "output", 3);
                    outputs.put(field.get(1), field.get(2));
                } else {
                    List<String> field = fields(line, "problem", 7);
                    problems.add(new Problem(Severity.valueOf(field.get(1)), field.get(2),
                            Integer.parseInt(field.get(3)), Integer.parseInt(field.get(4)), field.get(5), field.get(6)));
                }
            }
            return Optional.of(new Stored(fingerprint, pages, outputs, problems, inputs, lookedAt));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Before publishing: from now on the folder may change, and no record may vouch for it. */
    public void forget() {
        record.ifPresent(file -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Cannot happen silently: a record that cannot be removed would vouch for an old folder.
                throw new java.io.UncheckedIOException("cannot remove " + file, e);
            }
        });
    }

    /** After a successful publish: the outcome and the folder as it now is. */
    public void remember(Outcome outcome) {
        if (record.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("inputs\t").append(inputs.fingerprint()).append('\n');
        text.append("looked\t").append(inputs.lookedAt()).append('\n');
        text.append("pages\t").append(outcome.pageCount()).append('\n');
        inputs.files().forEach((path, seen) -> text.append("input\t").append(escape(path)).append('\t')
                .append(seen.line()).append('\n'));
        try {
            outputState().forEach((path, state) -> text.append("output\t").append(escape(path)).append('\t')
                    .append(state).append('\n'));
            for (Problem problem : outcome.problems()) {
                text.append(String.join("\t", "problem", problem.severity().name(), escape(problem.file()),
                        Integer.toString(problem.line()), Integer.toString(problem.column()),
                        escape(problem.pointer()), escape(problem.message()))).append('\n');
            }
            Files.createDirectories(record.get().getParent());
            Path partial = Files.createTempFile(record.get().getParent(), "record", ".partial");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, record.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Without a record the next build bakes again: slower, never wrong.
        }
    }

    /** Every file of the output folder and the manifest beside it, each as "size modified-time". */
    private Map<String, String> outputState() throws IOException {
        Map<String, String> state = new TreeMap<>();
        Path manifest = SitePublisher.manifestOf(output);
        if (Files.isRegularFile(manifest)) {
            state.put("manifest", stamp(Files.readAttributes(manifest, BasicFileAttributes.class)));
        }
        if (!Files.isDirectory(output)) {
            return state;
        }
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // Links and other non-regular files are stamped too: the plugin writes none, so one means a change.
                state.put("site/" + output.relativize(file).toString().replace('\\', '/'),
                        (attributes.isRegularFile() ? "" : "other ") + stamp(attributes));
                return FileVisitResult.CONTINUE;
            }
        });
        return state;
    }

    private static String stamp(BasicFileAttributes attributes) {
        return attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    private static List<String> fields(String line, String kind, int count) {
        String[] parts = line.split("\t", -1);
        if (parts.length != count || !parts[0].equals(kind)) {
            throw new IllegalArgumentException("not a " + kind + " line");
        }
        List<String> fields = new ArrayList<>();
        for (String part : parts) {
            fields.add(unescape(part));
        }
        return fields;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
