package io.github.microsite.convert;

import io.github.microsite.model.DatasetCatalog;
import io.github.microsite.model.Problem;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;
import io.github.microsite.model.BackgroundThread;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Remembers each page's conversion with a fingerprint of everything it was converted from — the page, the files it
 * includes, the dataset and schema files (tables and charts read them), the attributes, the language and the plugin
 * itself — and converts again only the pages whose fingerprint changed. A page's problems are kept with it, so an
 * unchanged page still reports its warnings on every build.
 *
 * <p>Two memories: in this object, for a long-lived pipeline (preview, a Maven daemon); and, for a project build, on
 * disk under {@code target/microsite-cache}, so that a build with nothing changed never starts Asciidoctor.</p>
 */
public final class ConversionCache {

    /** The sub-folder of the project's build directory where conversions are kept between builds. */
    public static final String FOLDER = "microsite-cache";

    record Entry(String fingerprint, ConvertedPage page, List<Problem> problems) {
    }

    private final Map<String, Entry> byPage = new HashMap<>();
    private int lastConverted;

    /**
     * Decides, from the files alone (cheap: no Asciidoctor), which pages need converting, so the caller starts
     * Asciidoctor only when some do, and early enough to overlap its start with other work.
     *
     * @param dataFiles the dataset and schema files of this build: a change to any of them converts every page
     *                  again, since which page reads which dataset is only known inside the conversion
     */
    public Plan plan(SiteConfig config, List<SourceFile> pages, List<SourceFile> dataFiles) {
        String shared = sharedFingerprint(config, dataFiles);
        Optional<ConversionStore> store = config.project()
                .map(project -> new ConversionStore(project.buildDirectory().resolve(FOLDER), config.contentDirectory()));
        List<Planned> planned = new ArrayList<>();
        for (SourceFile page : pages) {
            List<SourceFile> includes = IncludeScanner.includes(config.contentDirectory(), page);
            String fingerprint = fingerprint(shared, page, includes);
            Entry known = byPage.get(page.relativePath());
            if (known == null || !known.fingerprint().equals(fingerprint)) {
                known = store.flatMap(disk -> disk.read(page.relativePath())).orElse(null);
            }
            planned.add(new Planned(page, includes, fingerprint, known != null && known.fingerprint().equals(fingerprint)
                    ? Optional.of(known) : Optional.empty()));
        }
        return new Plan(config, planned, store);
    }

    /**
     * Whether this build converts pages whatever the plan finds, because nothing is cached yet: not in this object,
     * not on disk (a cold project build, or a build outside a project). The caller can then start Asciidoctor before
     * even loading the content; a site that turns out to have no page only pays a start-up thread it did not need.
     */
    public boolean startsCold(SiteConfig config) {
        return byPage.isEmpty() && config.project()
                .map(project -> !Files.isDirectory(project.buildDirectory().resolve(FOLDER))).orElse(true);
    }

    /** How many pages the last conversion converted (the others came from the cache). */
    public int lastConverted() {
        return lastConverted;
    }

    private record Planned(SourceFile page, List<SourceFile> includes, String fingerprint, Optional<Entry> cached) {
    }

    /** Which pages of one build are cached and which need Asciidoctor. */
    public final class Plan {
        private final SiteConfig config;
        private final List<Planned> pages;
        private final Optional<ConversionStore> store;

        private Plan(SiteConfig config, List<Planned> pages, Optional<ConversionStore> store) {
            this.config = config;
            this.pages = pages;
            this.store = store;
        }

        /** Whether any page must be converted, i.e. whether Asciidoctor is needed at all. */
        public boolean needsConverter() {
            return pagesToConvert() > 0;
        }

        /** How many pages Asciidoctor will convert (the others come from the cache). */
        public int pagesToConvert() {
            return (int) pages.stream().filter(page -> page.cached().isEmpty()).count();
        }

        /**
         * Converts the pages that need it on the configuration's threads (each writes its page to the disk cache as
         * soon as it is done) and hands back every page, converted or cached, in the order of the plan.
         *
         * @param catalog what {@code dataset::} and {@code chart::} macros draw from
         */
        public List<ConvertedPage> convert(AsciidocConverter converter, DatasetCatalog catalog, Problems problems) {
            List<Planned> toConvert = pages.stream().filter(planned -> planned.cached().isEmpty()).toList();
            Map<String, Entry> fresh = new HashMap<>();
            if (!toConvert.isEmpty()) {
                AsciidocConverter.Batch batch = converter.batch(config, catalog);
                List<Entry> entries;
                // Each page goes to the disk cache as soon as it is converted, but on a thread of its own: creating
                // a file can take a millisecond on a slow disk, and the converting threads need not wait for it.
                try (BackgroundThread writes = new BackgroundThread("microsite-cache-writer")) {
                    entries = ParallelPages.map(toConvert, config.threads(), planned -> {
                        AsciidocConverter.PageConversion result = batch.convert(planned.page(), planned.includes());
                        Entry entry = new Entry(planned.fingerprint(), result.page(), result.problems());
                        store.ifPresent(disk -> writes.execute(() -> disk.write(planned.page().relativePath(), entry)));
                        return entry;
                    });
                }
                for (int i = 0; i < toConvert.size(); i++) {
                    fresh.put(toConvert.get(i).page().relativePath(), entries.get(i));
                }
            }
            List<ConvertedPage> converted = new ArrayList<>();
            for (Planned planned : pages) {
                Entry entry = planned.cached().orElseGet(() -> fresh.get(planned.page().relativePath()));
                byPage.put(planned.page().relativePath(), entry);
                entry.problems().forEach(problems::add);
                converted.add(entry.page());
            }
            Set<String> current = pages.stream().map(planned -> planned.page().relativePath())
                    .collect(Collectors.toSet());
            byPage.keySet().retainAll(current);
            store.ifPresent(disk -> disk.keepOnly(current));
            lastConverted = toConvert.size();
            return List.copyOf(converted);
        }
    }

    private static String sharedFingerprint(SiteConfig config, List<SourceFile> dataFiles) {
        MessageDigest digest = sha256();
        update(digest, PluginIdentity.fingerprint());
        update(digest, config.contentDirectory().toAbsolutePath().normalize().toString());
        update(digest, config.language());
        new TreeMap<>(config.attributes()).forEach((name, value) -> update(digest, name + "=" + value));
        for (SourceFile file : dataFiles) {
            update(digest, file.relativePath());
            digest.update(bytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String fingerprint(String shared, SourceFile page, List<SourceFile> includes) {
        MessageDigest digest = sha256();
        update(digest, shared);
        List<SourceFile> all = new ArrayList<>();
        all.add(page);
        all.addAll(includes);
        for (SourceFile file : all) {
            update(digest, file.relativePath());
            digest.update(bytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /** A missing file (an include that is gone) fingerprints as empty, so adding it later changes the page. */
    private static byte[] bytes(SourceFile file) {
        try {
            return Files.isRegularFile(file.path()) ? Files.readAllBytes(file.path()) : new byte[0];
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** For tests: where a project build keeps its conversions. */
    static Path folder(Path buildDirectory) {
        return buildDirectory.resolve(FOLDER);
    }
}
