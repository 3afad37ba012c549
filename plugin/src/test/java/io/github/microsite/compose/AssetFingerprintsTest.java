package io.github.microsite.compose;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssetFingerprintsTest {

    private static Map<String, AssetFingerprints.Published> fingerprint(Map<String, String> assets) {
        Map<String, byte[]> bytes = new TreeMap<>();
        assets.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return AssetFingerprints.fingerprint("assets", bytes);
    }

    private static String text(AssetFingerprints.Published published) {
        return new String(published.content(), StandardCharsets.UTF_8);
    }

    @Test
    void namesCarryAHashOfTheContentBeforeTheExtension() {
        Map<String, AssetFingerprints.Published> published = fingerprint(Map.of("js/theme.js", "let a = 1;"));

        assertTrue(published.get("js/theme.js").path().matches("assets/js/theme\\.[0-9a-f]{10}\\.js"),
                published.get("js/theme.js").path());
    }

    @Test
    void anyChangeOfContentChangesTheName() {
        String before = fingerprint(Map.of("js/theme.js", "let a = 1;")).get("js/theme.js").path();
        String after = fingerprint(Map.of("js/theme.js", "let a = 2;")).get("js/theme.js").path();

        assertNotEquals(before, after);
    }

    @Test
    void stylesheetReferencesToOtherAssetsPointAtTheirHashedNames() {
        Map<String, AssetFingerprints.Published> published = fingerprint(Map.of(
                "css/site.css", "@import \"print.css\";\nbody { background: url('../images/bg.png?v=1#x') }\n"
                        + "a { background: url(data:image/png;base64,AAAA) } b { background: url(https://x.test/y.png) }",
                "css/print.css", "p { color: black }",
                "images/bg.png", "PNG"));

        String css = text(published.get("css/site.css"));
        String image = published.get("images/bg.png").path().substring("assets/".length());
        String print = published.get("css/print.css").path().substring("assets/css/".length());
        assertTrue(css.contains("url('../" + image + "?v=1#x')"), css);
        assertTrue(css.contains("@import \"../css/" + print + "\""), css);
        assertTrue(css.contains("url(data:image/png;base64,AAAA)") && css.contains("url(https://x.test/y.png)"), css);
    }

    @Test
    void aChangedImageChangesTheNameOfTheStylesheetThatUsesIt() {
        String before = fingerprint(Map.of("css/site.css", "b { background: url(../images/bg.png) }",
                "images/bg.png", "one")).get("css/site.css").path();
        String after = fingerprint(Map.of("css/site.css", "b { background: url(../images/bg.png) }",
                "images/bg.png", "two")).get("css/site.css").path();

        assertNotEquals(before, after);
    }

    @Test
    void stylesheetsImportingEachOtherDoNotLoop() {
        Map<String, AssetFingerprints.Published> published = fingerprint(Map.of(
                "a.css", "@import 'b.css';", "b.css", "@import 'a.css';"));

        assertEquals(2, published.size());
    }
}
