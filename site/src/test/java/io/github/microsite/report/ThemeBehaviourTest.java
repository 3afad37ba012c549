package io.github.microsite.report;

import org.htmlunit.WebClient;
import org.htmlunit.javascript.host.event.KeyboardEvent;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the theme's markup and script do for a reader: contents, theme toggle, skip link, source back-links. */
class ThemeBehaviourTest {

    private static final String CHAPTER = "chapters/ch2-industries/index.html";

    private SiteServer server;
    private WebClient browser;

    @BeforeEach
    void open() throws Exception {
        server = new SiteServer(BuiltSite.directory());
        browser = BuiltSite.browser();
    }

    @AfterEach
    void close() {
        browser.close();
        server.close();
    }

    private HtmlPage onAPhone(String path) throws Exception {
        browser.getCurrentWindow().setInnerWidth(360);
        browser.getCurrentWindow().setInnerHeight(740);
        return browser.getPage(server.url(path));
    }

    /*
     * HtmlUnit does not toggle a <details> when its summary is clicked (a browser does: the Chromium check in
     * site/browser-check taps it at 360 px); here: collapsed on a phone, a summary to tap, links that lead to sections.
     */
    @Test
    void onAPhoneThePageContentsAreCollapsedBehindASummary() throws Exception {
        HtmlPage chapter = onAPhone(CHAPTER);

        DomElement toc = chapter.querySelector("details.contents");
        assertNotNull(toc, "the contents are a disclosure");
        assertFalse(toc.hasAttribute("open"), "collapsed on a phone, so the text starts on the first screen");
        assertEquals("summary", toc.getFirstElementChild().getTagName());
        assertEquals("本页目录", toc.getFirstElementChild().asNormalizedText());
        HtmlAnchor finance = (HtmlAnchor) toc.querySelector("a[href='#finance']");
        HtmlPage same = finance.click();
        assertEquals("finance", same.getUrl().getRef());
        assertNotNull(same.getElementById("finance"));
    }

    @Test
    void onAWideScreenTheScriptOpensThePageContents() throws Exception {
        browser.getCurrentWindow().setInnerWidth(1280);
        HtmlPage chapter = browser.getPage(server.url(CHAPTER));

        assertTrue(((DomElement) chapter.querySelector("details.contents")).hasAttribute("open"), "open beside the text");
        assertFalse(((DomElement) chapter.querySelector("details.site-menu")).hasAttribute("open"),
                "the chapter menu drops over the text: closed until the reader opens it");
    }

    @Test
    void theThemeToggleSwitchesTheSchemeAndTheNextPageRemembersIt() throws Exception {
        HtmlPage chapter = onAPhone(CHAPTER);

        HtmlElement toggle = (HtmlElement) chapter.querySelector("button.theme-toggle");
        assertFalse(toggle.hasAttribute("hidden"), "the script shows the toggle");
        assertFalse(chapter.getDocumentElement().hasAttribute("data-theme"), "no choice yet: the system's scheme");
        boolean startsDark = "true".equals(toggle.getAttribute("aria-pressed"));
        String chosen = startsDark ? "light" : "dark";
        toggle.click();
        assertEquals(chosen, chapter.getDocumentElement().getAttribute("data-theme"));
        assertEquals(String.valueOf(!startsDark), toggle.getAttribute("aria-pressed"));

        HtmlPage home = browser.getPage(server.url("index.html"));
        assertEquals(chosen, home.getDocumentElement().getAttribute("data-theme"),
                "theme.js applies the stored choice on the next page");
        HtmlElement again = (HtmlElement) home.querySelector("button.theme-toggle");
        assertEquals(String.valueOf(!startsDark), again.getAttribute("aria-pressed"));
        again.click();
        String back = startsDark ? "dark" : "light";
        assertEquals(back, home.getDocumentElement().getAttribute("data-theme"));
        HtmlPage later = browser.getPage(server.url(CHAPTER));
        assertEquals(back, later.getDocumentElement().getAttribute("data-theme"));
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheMainContent() throws Exception {
        HtmlPage chapter = onAPhone(CHAPTER);

        HtmlElement first = firstFocusable(chapter);
        assertEquals("skip-link", first.getAttribute("class"));
        HtmlPage after = ((HtmlAnchor) first).click();
        assertEquals("main", after.getUrl().getRef());
        assertEquals("main", after.getElementById("main").getTagName());
    }

    @Test
    void everyBackLinkReturnsToTheMarkerItBelongsTo() throws Exception {
        HtmlPage chapter = onAPhone(CHAPTER);

        List<DomNode> markers = chapter.querySelectorAll("sup.cite a");
        List<DomNode> backLinks = chapter.querySelectorAll(".citations a.backref");
        assertFalse(markers.isEmpty(), "the chapter cites sources");
        assertEquals(markers.size(), backLinks.size(), "one back-link per use of a source");
        for (DomNode node : backLinks) {
            HtmlAnchor back = (HtmlAnchor) node;
            DomElement marker = chapter.getElementById(back.getHrefAttribute().substring(1));
            assertNotNull(marker, back.getHrefAttribute() + " exists");
            DomElement note = (DomElement) back.getEnclosingElement("li");
            assertNotNull(note);
            assertEquals("#" + note.getId(), ((HtmlAnchor) marker).getHrefAttribute(),
                    back.getHrefAttribute() + " leads back to a marker of the same note");
        }
        HtmlAnchor second = (HtmlAnchor) backLinks.stream()
                .filter(link -> link.getTextContent().equals("b")).findFirst().orElseThrow();
        assertEquals("a", second.getPreviousElementSibling().getTextContent(),
                "a source used twice or more lists its uses a, b, c …");
        HtmlPage after = second.click();
        assertEquals(second.getHrefAttribute().substring(1), after.getUrl().getRef());
    }

    /*
     * A tap on a marker opens its note's text right after it, focus moves into the preview, which links to the note;
     * Escape closes it and returns focus to the marker; a tap elsewhere closes it too; a second marker replaces it.
     */
    @Test
    void aTapOnANoteMarkerPreviewsTheNoteUntilEscapeOrATapElsewhere() throws Exception {
        HtmlPage chapter = onAPhone(CHAPTER);

        List<DomNode> markers = chapter.querySelectorAll("sup.cite a");
        HtmlAnchor marker = (HtmlAnchor) markers.get(0);
        DomElement note = chapter.getElementById(marker.getHrefAttribute().substring(1));
        String noteText = note.asNormalizedText().replaceAll("\\s*↩.*$", "").strip();
        assertEquals("false", marker.getAttribute("aria-expanded"), "the marker is a disclosure");
        assertEquals("note-preview", marker.getAttribute("aria-controls"));

        HtmlPage same = marker.click();
        assertEquals(chapter, same, "the tap does not jump to the source list");
        assertEquals(null, same.getUrl().getRef());
        DomElement preview = chapter.getElementById("note-preview");
        assertNotNull(preview, "the preview opened");
        assertEquals("dialog", preview.getAttribute("role"));
        assertTrue(preview.getAttribute("aria-label").contains(note.getAttribute("value")), preview.getAttribute("aria-label"));
        assertEquals(marker.getParentNode(), preview.getPreviousSibling(), "right after the marker");
        assertTrue(preview.asNormalizedText().contains(noteText), preview.asNormalizedText() + " has " + noteText);
        assertTrue(preview.querySelectorAll(".backref").isEmpty(), "no back-links in the preview");
        assertEquals(marker.getHrefAttribute(), ((HtmlAnchor) preview.querySelector("a.note-preview-go")).getHrefAttribute(),
                "a link to the note in the source list");
        assertEquals("true", marker.getAttribute("aria-expanded"));
        assertEquals(preview, chapter.getFocusedElement(), "focus moves into the preview");

        ((HtmlElement) preview).type(KeyboardEvent.DOM_VK_ESCAPE);
        assertEquals(null, chapter.getElementById("note-preview"), "Escape closes it");
        assertEquals("false", marker.getAttribute("aria-expanded"));
        assertEquals(marker, chapter.getFocusedElement(), "and focus returns to the marker");

        marker.click();
        ((HtmlElement) chapter.querySelector("h1")).click();
        assertEquals(null, chapter.getElementById("note-preview"), "a tap elsewhere closes it");

        marker.click();
        HtmlAnchor other = (HtmlAnchor) markers.get(markers.size() - 1);
        other.click();
        assertEquals(1, chapter.querySelectorAll(".note-preview").size(), "one preview at a time");
        assertEquals(other.getParentNode(), chapter.getElementById("note-preview").getPreviousSibling());
        assertEquals("false", marker.getAttribute("aria-expanded"));
        ((HtmlElement) chapter.querySelector(".note-preview-close")).click();
        assertEquals(null, chapter.getElementById("note-preview"), "the close button closes it");
        assertEquals(other, chapter.getFocusedElement());
    }

    @Test
    void tableBoxesAreNoKeyboardStopWhenTheyDoNotScroll() throws Exception {
        Document built = Jsoup.parse(BuiltSite.directory().resolve("chapters/ch1-landscape/index.html").toFile(),
                "UTF-8");
        assertFalse(built.select(".table-scroll").isEmpty());
        assertTrue(built.select(".table-scroll[tabindex]").isEmpty(), "the build leaves it to the script");
    }

    @Test
    void everyPageHasALanguageOneHeadingATitleAndADescription() throws Exception {
        Path site = BuiltSite.directory();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(file -> file.toString().endsWith(".html")).sorted().forEach(file -> pages.add(
                    site.relativize(file).toString().replace('\\', '/')));
        }
        assertTrue(pages.size() >= 7, pages.toString());
        for (String path : pages) {
            Document page = Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
            assertFalse(page.selectFirst("html").attr("lang").isBlank(), path + " has lang");
            assertEquals(1, page.select("h1").size(), path + " has one h1");
            assertFalse(page.title().isBlank(), path + " has a title");
            assertFalse(page.select("meta[name=description]").attr("content").isBlank(), path + " has a description");
        }
    }

    private static HtmlElement firstFocusable(HtmlPage page) {
        for (DomElement element : page.getBody().getDomElementDescendants()) {
            if (element instanceof HtmlAnchor || "button".equals(element.getTagName())
                    || "summary".equals(element.getTagName())) {
                return (HtmlElement) element;
            }
        }
        throw new AssertionError("nothing to focus on " + page.getUrl());
    }
}
