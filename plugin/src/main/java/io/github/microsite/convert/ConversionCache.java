package io.github.microsite.convert;

import io.github.microsite.model.DatasetCatalog;
import io.github.microsite.model.Problem;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Remembers each page's conversion with a fingerprint of everything it was converted from — the page, the files it
 * includes, the datasets (dataset macros read them), the attributes and language — and converts again only the
 * pages whose fingerprint changed. A page's problems are remembered with it, so an unchanged page still reports
 * its warnings on every build. Kept by a long-lived pipeline (preview); a one-shot build gains nothing from it.
 */
public final class ConversionCache {

    private record Entry(String fingerprint, ConvertedPage page, List<Problem> problems) {
    }

    private final Map<String, Entry> byPage = new HashMap<>();
    private int lastConverted;

    /**
     * @param datasets the dataset files of this build: a change to any of them converts every page again, since
     *                 which page reads which dataset is only known inside the conversion
     */
    public List<ConvertedPage> convertAll(AsciidocConverter converter, SiteConfig config, List<SourceFile> pages,
                                          List<SourceFile> datasets, Problems problems) {
        return convertAll(converter, config, pages, datasets, DatasetCatalog.empty(), problems);
    }

    /** @param catalog what {@code dataset::} and {@code chart::} macros draw from (built from {@code datasets}) */
    public List<ConvertedPage> convertAll(AsciidocConverter converter, SiteConfig config, List<SourceFile> pages,
                                          List<SourceFile> datasets, DatasetCatalog catalog, Problems problems) {
        String shared = sharedFingerprint(config, datasets);
        List<ConvertedPage> converted = new ArrayList<>();
        Set<String> current = new java.util.HashSet<>();
        lastConverted = 0;
        for (SourceFile page : pages) {
            current.add(page.relativePath());
            String fingerprint = fingerprint(shared, page, IncludeScanner.includes(config.contentDirectory(), page));
            Entry entry = byPage.get(page.relativePath());
            if (entry == null || !entry.fingerprint().equals(fingerprint)) {
                Problems own = new Problems();
                ConvertedPage result = converter.convertAll(config, List.of(page), catalog, own).get(0);
                entry = new Entry(fingerprint, result, own.all());
                byPage.put(page.relativePath(), entry);
                lastConverted++;
            }
            entry.problems().forEach(problems::add);
            converted.add(entry.page());
        }
        byPage.keySet().retainAll(current);
        return List.copyOf(converted);
    }

    /** How many pages the last call converted (the others came from the cache). */
    public int lastConverted() {
        return lastConverted;
    }

    private static String sharedFingerprint(SiteConfig config, List<SourceFile> datasets) {
        MessageDigest digest = sha256();
        update(digest, config.contentDirectory().toAbsolutePath().normalize().toString());
        update(digest, config.language());
        new TreeMap<>(config.attributes()).forEach((name, value) -> update(digest, name + "=" + value));
        for (SourceFile dataset : datasets) {
            update(digest, dataset.relativePath());
            digest.update(bytes(dataset));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String fingerprint(String shared, SourceFile page, List<SourceFile> includes) {
        MessageDigest digest = sha256();
        update(digest, shared);
        for (SourceFile file : concat(page, includes)) {
            update(digest, file.relativePath());
            digest.update(bytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<SourceFile> concat(SourceFile page, List<SourceFile> includes) {
        List<SourceFile> all = new ArrayList<>();
        all.add(page);
        all.addAll(includes);
        return all;
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
