package io.github.microsite.index;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionReaderTest {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="zh-CN"><head><title>第一章 · 站点</title></head><body>
            <header><nav><a href="../">导航不算内容</a></nav><form role="search"><p>表单说明</p></form></header>
            <main><article>
              <h1 class="page-title">第一章 启幕时代</h1>
              <nav class="toc"><h2 class="toc-title">本页目录</h2><a href="#a">目录项</a></nav>
              <div id="preamble"><p>导语<sup class="cite"><a href="#cite-1">[1]</a></sup>一段。</p></div>
              <h2 id="policy">政策落地</h2>
              <p>国家层面</p><p>地方层面</p>
              <h3 id="shanghai">上海</h3>
              <p>医学人工智能</p>
              <h4>没有 id 的小标题</h4><p>仍属上海一节</p>
              <h2 id="market">市场</h2>
              <table><tr><td>单元格一</td><td>单元格二</td></tr></table>
              <div data-search-ignore><p>作者标记为不索引</p></div>
              <section class="citations"><h2 id="citations-title">来源</h2><ol><li>某来源</li></ol></section>
            </article></main>
            <footer><p>页脚不算内容</p></footer></body></html>
            """;

    private final SectionReader reader = new SectionReader();

    @Test
    void theMainContentIsSplitAtHeadingsWithIds() {
        List<IndexedSection> sections = reader.read("chapters/ch1/index.html", PAGE).orElseThrow();

        assertEquals(List.of("", "policy", "shanghai", "market"), sections.stream().map(IndexedSection::anchor).toList());
        assertEquals("第一章 启幕时代", sections.get(0).pageTitle());
        assertEquals("导语一段。", sections.get(0).body(), "the lead, without the citation marker");
        assertEquals("国家层面 地方层面", sections.get(1).body(), "blocks are separated, not glued together");
        assertEquals("上海", sections.get(2).heading());
        assertEquals(List.of("政策落地"), sections.get(2).parents());
        assertEquals("医学人工智能 没有 id 的小标题 仍属上海一节", sections.get(2).body(),
                "a heading without an id stays text of its section");
        assertEquals(List.of(), sections.get(3).parents(), "a new h2 closes the h3 above it");
        assertEquals("单元格一 单元格二", sections.get(3).body());
    }

    @Test
    void navigationHeaderFooterCitationsAndIgnoredElementsAreNotIndexed() {
        String all = reader.read("p/index.html", PAGE).orElseThrow().toString();

        for (String outside : List.of("导航不算内容", "表单说明", "本页目录", "目录项", "页脚不算内容", "作者标记为不索引", "某来源", "[1]")) {
            assertFalse(all.contains(outside), outside + " is not content");
        }
    }

    @Test
    void aPageWithoutMainOrMarkedNoindexIsLeftOut() {
        assertTrue(reader.read("a.html", "<html><body><p>没有 main</p></body></html>").isEmpty());
        assertTrue(reader.read("search/index.html", "<html><head><meta name=\"robots\" content=\"noindex\"></head>"
                + "<body><main><h1>搜索</h1></main></body></html>").isEmpty());
    }

    @Test
    void aPageWithoutLeadTextStillHasItsLeadSoItsTitleCanBeFound() {
        List<IndexedSection> sections = reader.read("x/index.html",
                "<main><h1>结语</h1><h2 id=\"a\">共赴未来</h2><p>正文</p></main>").orElseThrow();

        assertEquals(2, sections.size());
        assertTrue(sections.get(0).isLead());
        assertEquals("结语", sections.get(0).pageTitle());
    }

    @Test
    void onlyTheHeadAndMainOfAPlainPageAreParsedAndTheyGiveTheSameSections() {
        String parsed = SectionReader.headAndMain(PAGE).orElseThrow();

        assertFalse(parsed.contains("导航不算内容"), "the header is left out");
        assertFalse(parsed.contains("页脚不算内容"), "the footer is left out");
        assertTrue(parsed.contains("<title>第一章 · 站点</title>") && parsed.contains("单元格二"));
        assertEquals(reader.sections("p/index.html", Jsoup.parse(PAGE)), reader.read("p/index.html", PAGE));
        String untitled = PAGE.replace("<h1 class=\"page-title\">第一章 启幕时代</h1>", "");
        assertEquals("第一章 · 站点", reader.read("p/index.html", untitled).orElseThrow().get(0).pageTitle(),
                "the title in the head names a page without h1");
    }

    @Test
    void aPageThatIsNotPlainAboutItsPartsIsParsedWhole() {
        List<String> unclear = List.of(
                PAGE.replace("<footer>", "<footer><!-- </main> -->"),
                PAGE.replace("<header>", "<header><script type=\"text/plain\"><main>x</main></script>"),
                PAGE.replace("</head>", ""),
                PAGE.replace("<footer>", "<footer><meta name=\"robots\" content=\"noindex\">"),
                PAGE.replace("<header>", "<header><meta name=\"robots\" content=\"noindex\">"),
                PAGE.replace("<body>", "<body><main hidden><p>先</p></main>"),
                PAGE.replace("<footer>", "<footer><MAIN hidden><p>后</p></MAIN >"),
                PAGE.replace("<footer>", "<footer><meta/name=\"robots\" content=\"noindex\">"),
                PAGE.replace("</main>", "</main><meta name=\"robots\" content=\"noindex\">"));
        for (String page : unclear) {
            assertTrue(SectionReader.headAndMain(page).isEmpty(), page);
        }
        assertTrue(reader.read("p/index.html", unclear.get(3)).isEmpty(), "a robots tag after main is still seen");
        assertTrue(reader.read("p/index.html", unclear.get(4)).isEmpty(), "a robots tag before main is still seen");
        assertTrue(reader.read("p/index.html", unclear.get(7)).isEmpty(),
                "a robots tag written <meta/name=…> is still seen");
        assertTrue(reader.read("p/index.html", unclear.get(8)).isEmpty(), "a robots tag right after main is seen");
        assertTrue(SectionReader.headAndMain(PAGE.replace("<main>", "<MAIN >").replace("</main>", "</Main>"))
                .isPresent(), "tags in any case are found");
    }
}
