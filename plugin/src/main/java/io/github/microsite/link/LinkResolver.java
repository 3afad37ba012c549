package io.github.microsite.link;

import io.github.microsite.convert.ConvertedPage;
import io.github.microsite.model.Dataset;
import io.github.microsite.model.Problems;
import io.github.microsite.model.Section;
import io.github.microsite.model.SitePaths;
import io.github.microsite.model.SourceFile;
import io.github.microsite.model.SourceLine;
import io.github.microsite.route.Route;
import io.github.microsite.route.SiteMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import io.github.microsite.dataview.DataFiles;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Resolves the links, images and citations of every page against the whole site. */
public final class LinkResolver {

    private static final Pattern EXTERNAL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*|^//.*");

    private final SiteMap siteMap;
    private final String untitledTableLabel;
    private final Set<String> resources;
    private final Sources sources;
    private final Map<String, Route> pageByStem = new HashMap<>();
    private final Map<String, Route> pageByPath = new HashMap<>();
    private final Set<String> referenced = new java.util.TreeSet<>();
    /** By identity: a route's record hash walks its whole page (sections, attributes) on every lookup. */
    private final Map<Route, Set<String>> idsByPage = new java.util.IdentityHashMap<>();
    private final Map<String, List<Route>> pagesById = new HashMap<>();
    private final Map<String, String> titleById = new HashMap<>();

    public LinkResolver(SiteMap siteMap, List<SourceFile> resources, List<Dataset> datasets, Labels labels) {
        this.siteMap = siteMap;
        this.untitledTableLabel = labels.untitledTable();
        Set<String> known = resources.stream().map(SourceFile::relativePath).collect(Collectors.toCollection(HashSet::new));
        // Every dataset is published as data/<name>.csv and .json (see dataview/DataFiles): tables link to them.
        datasets.forEach(dataset -> known.addAll(DataFiles.downloads(dataset)));
        if (!datasets.isEmpty()) {
            known.add(DataFiles.PAGE);
        }
        this.resources = Set.copyOf(known);
        this.sources = Sources.from(datasets, labels);
        List<Route> routes = siteMap.all();
        // Each page parsed for its ids and let go: holding every page's tree until all are resolved costs more memory
        // than the whole site's text (out of memory with -Xmx1g at 10,000 pages); each is parsed again to resolve.
        // Pages are independent here, so they are parsed on every core; the index is then built in site order.
        List<Set<String>> idsInOrder = routes.parallelStream()
                .map(route -> Set.copyOf(parse(route).select("[id]").eachAttr("id"))).toList();
        for (int i = 0; i < routes.size(); i++) {
            Route route = routes.get(i);
            // An xref names a page by its address, which is its file for an AsciiDoc page and the file its optional
            // body would be for a collection page.
            pageByStem.put(route.addressStem(), route);
            pageByPath.put(route.source().address(), route);
            Set<String> ids = idsInOrder.get(i);
            idsByPage.put(route, ids);
            ids.forEach(id -> pagesById.computeIfAbsent(id, key -> new ArrayList<>()).add(route));
            collectTitles(route.page().sections());
        }
    }

    /** Resolves content-relative page names ({@code chapters/x.adoc#id}) to relative URLs. */
    public PageTargets pageTargets() {
        Map<Route, Set<String>> ids = new HashMap<>();
        idsByPage.forEach(ids::put);
        return new PageTargets(Map.copyOf(pageByStem), Map.copyOf(ids));
    }

    /** Resolves every page once. */
    public List<LinkedPage> resolve(Problems problems) {
        List<LinkedPage> linked = new ArrayList<>();
        for (Route route : siteMap.all()) {
            linked.add(resolve(route, problems));
        }
        return List.copyOf(linked);
    }

    /** Resolves one page of the site map; a caller may compose it and let it go before resolving the next. */
    public LinkedPage resolve(Route route, Problems problems) {
        Document body = parse(route);
        List<Citation> citations = numberCitations(route, body, problems);
        Set<String> citationIds = citations.stream().map(Citation::id).collect(Collectors.toSet());
        for (Element link : body.select("a[href]")) {
            // The theme lists the citations after the body: their ids are on the page, not in the body.
            String href = link.attr("href");
            if (!(href.startsWith("#") && citationIds.contains(href.substring(1)))) {
                resolveLink(route, link, problems);
            }
        }
        for (Element image : body.select("img[src]")) {
            resolveImage(route, image, problems);
        }
        for (ContentSecurity.Blocked blocked : ContentSecurity.apply(body)) {
            report(route, problems, blocked.needle(), blocked.message());
        }
        TableWrapper.wrapAll(body, untitledTableLabel);
        CjkLineBreaks.join(body);
        NumberUnits.keepTogether(body.body());
        return new LinkedPage(route, body.body().html(), citations);
    }

    private static Document parse(Route route) {
        Document body = Jsoup.parseBodyFragment(route.page().body());
        body.outputSettings().prettyPrint(false);
        return body;
    }

    private void resolveLink(Route route, Element link, Problems problems) {
        String href = link.attr("href");
        if (href.isEmpty()) {
            report(route, problems, mentioned(route, "link:[", "href=\"\"", "href=''"), "the link \"" + link.text()
                    + "\" has an empty target; give it one (link:other.adoc[text]) or remove it");
            return;
        }
        if (EXTERNAL.matcher(href).matches()) {
            return;
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : SitePaths.decode(href.substring(hash + 1));
        if (path.isEmpty()) {
            resolveFragment(route, link, fragment, problems);
            return;
        }
        String target = target(route, path);
        if (target == null) {
            reportAt(route, problems, true, path, "", "the link " + href + " climbs above the content folder; links"
                    + " may point only at pages and files inside it");
            return;
        }
        Route page = pageAt(target);
        if (page == null && !path.startsWith("/")) {
            // A book converted as one document resolves every xref from its master file's folder, so chapters in
            // sub-folders write paths from the top: try that before calling the link broken.
            String fromTop = normalize("", SitePaths.decode(path));
            page = fromTop == null ? null : pageAt(fromTop);
        }
        if (page != null) {
            if (!fragment.isEmpty() && !idsByPage.get(page).contains(fragment)) {
                report(route, problems, fragment, "cross reference to " + page.page().source().relativePath() + "#"
                        + fragment + ": that page has no section or anchor with id '" + fragment + "'");
            }
            link.attr("href", RelativeUrls.between(route.folder(), page.outputPath())
                    + (fragment.isEmpty() ? "" : "#" + fragment));
        } else if (resources.contains(target)) {
            referenced.add(target);
            link.attr("href", RelativeUrls.between(route.folder(), target) + (fragment.isEmpty() ? "" : "#" + fragment));
        } else {
            reportMissing(route, problems, path, target, "the link");
        }
    }

    /**
     * The content-relative path a URL in a page names; a root-absolute URL names a file from the site's top.
     * Null when the URL climbs above the content folder.
     */
    private static String target(Route route, String url) {
        String decoded = SitePaths.decode(url);
        return url.startsWith("/") ? normalize("", decoded) : normalize(route.addressFolder(), decoded);
    }

    /** A page by its published name ({@code other.html}, from {@code xref:}) or its source ({@code link:other.adoc[]}). */
    private Route pageAt(String target) {
        if (target.endsWith(".html")) {
            return pageByStem.get(target.substring(0, target.length() - 5));
        }
        return pageByPath.get(target);
    }

    /**
     * A link or image whose target is neither a page nor a published file: quote what the author wrote, at its line,
     * and say why the file is missing when it is there but not published.
     */
    private void reportMissing(Route route, Problems problems, String url, String target, String what) {
        List<SourceFile> candidates = new ArrayList<>();
        candidates.add(route.page().source());
        candidates.addAll(route.page().includes());
        String stem = url.contains(".") && url.lastIndexOf('.') > url.lastIndexOf('/')
                ? url.substring(0, url.lastIndexOf('.')) : url;
        Optional<WrittenReference> written = WrittenReference.find(candidates, SitePaths.decode(stem));
        String quoted = written.map(WrittenReference::written).orElse(url);
        java.nio.file.Path onDisk = url.startsWith("/") ? null
                : route.page().source().path().getParent().resolve(SitePaths.decode(url)).normalize();
        String why;
        if (onDisk != null && java.nio.file.Files.isRegularFile(onDisk) && isUnderPartialFolder(target)) {
            why = target + " is in a folder whose name starts with '_'; such folders hold partials and are never"
                    + " published: move the file to a folder without '_'";
        } else if (onDisk != null && java.nio.file.Files.exists(onDisk)) {
            why = target + " exists but is not published (it matches microsite.excludes or is not a page); publish it"
                    + " with microsite.staticFiles or link to a page";
        } else if (url.startsWith("/")) {
            why = "no page or file of the content folder is at " + target + " (a URL starting with '/' is read from"
                    + " the top of the site); fix the path";
        } else {
            why = target + " is neither a page nor a file of the content folder; fix the path or add the file";
        }
        String message = what.equals("the image") ? "image not found: " + target + " (" + quoted + "): " + why
                : what + " " + quoted + ": " + why;
        if (written.isPresent()) {
            problems.warning(written.get().line().file().relativePath(), written.get().line().line(), message);
        } else {
            report(route, problems, url, message);
        }
    }

    private static boolean isUnderPartialFolder(String target) {
        for (String segment : target.split("/")) {
            if (segment.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** {@code <<id>>}: on this page if it has the id, otherwise on the one other page that has it. */
    private void resolveFragment(Route route, Element link, String id, Problems problems) {
        if (id.isEmpty() || idsByPage.get(route).contains(id)) {
            return;
        }
        List<Route> owners = pagesById.getOrDefault(id, List.of());
        if (owners.size() == 1) {
            Route owner = owners.get(0);
            link.attr("href", RelativeUrls.between(route.folder(), owner.outputPath()) + "#" + id);
            // Asciidoctor writes "[id]" as the text of a reference it could not resolve within the page.
            if (link.text().equals("[" + id + "]")) {
                link.text(titleById.getOrDefault(id, id));
            }
        } else if (owners.isEmpty()) {
            report(route, problems, id, "unresolved cross reference <<" + id + ">>: no page has a section or anchor"
                    + " with id '" + id + "'; fix the id or add [[" + id + "]] where it should point");
        } else {
            report(route, problems, id, "ambiguous cross reference <<" + id + ">>: pages "
                    + owners.stream().map(owner -> owner.page().source().relativePath()).sorted().toList()
                    + " all have id '" + id + "'; write xref:file.adoc#" + id + "[] to choose one");
        }
    }

    private void resolveImage(Route route, Element image, Problems problems) {
        String src = image.attr("src");
        if (src.startsWith("data:")) {
            return;
        }
        if (EXTERNAL.matcher(src).matches()) {
            report(route, problems, src, "the image " + src + " is loaded from outside the site; copy it into the"
                    + " content folder and refer to it with a relative path");
            return;
        }
        String target = target(route, src);
        if (target == null) {
            reportAt(route, problems, true, src, "", "the image " + src + " climbs above the content folder; images"
                    + " must be files inside it: copy the image into the content folder");
            return;
        }
        if (resources.contains(target)) {
            referenced.add(target);
            image.attr("src", RelativeUrls.between(route.folder(), target));
        } else {
            reportMissing(route, problems, src, target, "the image");
        }
    }

    /** The content files some page links to or shows: the ones the site needs. */
    public Set<String> referencedResources() {
        return java.util.Collections.unmodifiableSet(referenced);
    }

    private List<Citation> numberCitations(Route route, Document body, Problems problems) {
        Map<String, List<String>> backrefsBySource = new LinkedHashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Element marker : body.select("sup.cite[data-cite]")) {
            String sourceId = marker.attr("data-cite");
            String line = marker.attr("data-cite-line");
            marker.removeAttr("data-cite").removeAttr("data-cite-line");
            if (!sources.isPresent()) {
                // A claim whose source cannot be named loses the credit the site owes: always an error.
                reportAt(route, problems, true, "cite:" + sourceId + "[", line, "cite:" + sourceId
                        + "[] needs a sources dataset: add data/" + Sources.DATASET + ".json with a row whose id is '"
                        + sourceId + "'");
                continue;
            }
            if (sources.text(sourceId).isEmpty()) {
                reportAt(route, problems, true, "cite:" + sourceId + "[", line, "unknown source '" + sourceId + "' in cite:"
                        + sourceId + "[]; add a row with this id to data/" + Sources.DATASET + ".json or fix the id");
                continue;
            }
            int number = numbers.computeIfAbsent(sourceId, id -> numbers.size() + 1);
            List<String> backrefs = backrefsBySource.computeIfAbsent(sourceId, id -> new ArrayList<>());
            String markerId = "cite-ref-" + number + "-" + (backrefs.size() + 1);
            backrefs.add(markerId);
            marker.empty().appendElement("a").attr("id", markerId).attr("href", "#cite-" + number)
                    .text("[" + number + "]");
        }
        List<Citation> citations = new ArrayList<>();
        backrefsBySource.forEach((sourceId, backrefs) -> {
            int number = numbers.get(sourceId);
            citations.add(new Citation(number, "cite-" + number, sourceId, sources.note(sourceId).orElseThrow(), backrefs));
        });
        return citations;
    }

    private void collectTitles(List<Section> sections) {
        for (Section section : sections) {
            titleById.putIfAbsent(section.id(), section.title());
            collectTitles(section.children());
        }
    }

    /** A broken link or image: the site still builds, so it is a warning ({@code failOnWarnings} makes it fatal). */
    private void report(Route route, Problems problems, String needle, String message) {
        reportAt(route, problems, false, needle, "", message);
    }

    /** Points at the first source line mentioning the offending text: the page itself, then what it includes. */
    private void reportAt(Route route, Problems problems, boolean error, String needle, String knownLine,
                          String message) {
        ConvertedPage page = route.page();
        List<SourceFile> candidates = new ArrayList<>();
        candidates.add(page.source());
        candidates.addAll(page.includes());
        Optional<SourceLine> mention = SourceLine.firstMention(candidates, needle);
        if (mention.isPresent()) {
            problems.warningOrError(error, mention.get().file().relativePath(), mention.get().line(), message);
            return;
        }
        int line = knownLine.isEmpty() ? 0 : Integer.parseInt(knownLine);
        problems.warningOrError(error, page.source().relativePath(), line, message);
    }

    /** The content-relative path, or null when it climbs above the content folder. */
    /** The first of the texts the page's sources mention, to locate a problem by; the last one otherwise. */
    private static String mentioned(Route route, String... texts) {
        List<SourceFile> candidates = new ArrayList<>();
        candidates.add(route.page().source());
        candidates.addAll(route.page().includes());
        for (String text : texts) {
            if (SourceLine.firstMention(candidates, text).isPresent()) {
                return text;
            }
        }
        return texts[texts.length - 1];
    }

    private static String normalize(String folder, String path) {
        return SitePaths.normalize(folder.isEmpty() ? path : folder + "/" + path);
    }

}
