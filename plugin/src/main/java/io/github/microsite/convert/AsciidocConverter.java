package io.github.microsite.convert;

import io.github.microsite.dataview.DataViews;
import io.github.microsite.model.DatasetCatalog;
import io.github.microsite.model.Problem;
import io.github.microsite.model.Problems;
import io.github.microsite.model.Section;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;
import io.github.microsite.model.SourceLine;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Converts pages with one Asciidoctor instance. Starting Asciidoctor (JRuby) costs seconds, so an instance is meant to
 * be kept and reused — for all pages of a build, and across builds by a long-running preview. Thread-safe: several
 * threads may convert pages at once with the one Asciidoctor ({@link #convertAll} does, with the build's
 * {@link SiteConfig#threads()}); each page's callbacks and problems stay with the thread converting it.
 */
public final class AsciidocConverter implements AutoCloseable {

    /** The header attributes later stages read; all others stay inside Asciidoctor. */
    static final Set<String> PAGE_ATTRIBUTES =
            Set.of("slug", "nav-order", "nav-title", "description", "jbake-type", "jbake-status", "jbake-order",
                    "toclevels");

    private final CompletableFuture<Asciidoctor> asciidoctor = new CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
    /** Which page each converting thread is on, for the log handler and the extensions registered below. */
    private final PageInProgress pages = new PageInProgress();
    /** Held so the setting below stays: java.util.logging keeps loggers only weakly. */
    private final java.util.logging.Logger asciidoctorJulLogger = java.util.logging.Logger.getLogger("asciidoctor");

    public AsciidocConverter() {
        // AsciidoctorJ also prints every message to stderr through java.util.logging; they reach Maven's log
        // through the LogRouter instead, located and counted.
        asciidoctorJulLogger.setUseParentHandlers(false);
    }

    /**
     * Starts JRuby and Asciidoctor on a thread of their own, if not started yet. It takes seconds, so a build calls
     * this as soon as it knows some page must be converted, and loads and validates the rest meanwhile; a build whose
     * pages all come from the cache never starts it. Converting starts it too, if nobody did.
     *
     * @return whether this call started it
     */
    public boolean prepare() {
        boolean starting = started.compareAndSet(false, true);
        if (starting) {
            Thread thread = new Thread(() -> {
                try {
                    asciidoctor.complete(start());
                } catch (RuntimeException | Error e) {
                    asciidoctor.completeExceptionally(e);
                }
            }, "asciidoctor-start");
            thread.setDaemon(true);
            thread.start();
        }
        return starting;
    }

    /** Whether this converter has started Asciidoctor (for tests and benchmarks of the caches). */
    public boolean isStarted() {
        return started.get();
    }

    private Asciidoctor asciidoctor() {
        prepare();
        return asciidoctor.join();
    }

    private Asciidoctor start() {
        JRubyOptions.applyDefaults();
        Asciidoctor started = GemlessStart.create();
        started.javaExtensionRegistry().inlineMacro(new CiteMacro());
        started.javaExtensionRegistry().includeProcessor(new IncludeGuard(pages));
        started.javaExtensionRegistry().blockMacro(new DatasetMacro(pages));
        started.javaExtensionRegistry().blockMacro(new ChartMacro(pages));
        started.registerLogHandler(new LogRouter(pages));
        // Every document registers the extensions anew, and the first registration of each kind defines a Ruby
        // constant: two threads converting their first pages at once both defined it, and JRuby printed "warning:
        // already initialized constant AsciidoctorJ::Extensions::IncludeProcessor". One empty document here defines them.
        started.load("", Options.builder().build());
        return started;
    }

    public List<ConvertedPage> convertAll(SiteConfig config, List<SourceFile> pages, Problems problems) {
        return convertAll(config, pages, DatasetCatalog.empty(), problems);
    }

    /**
     * Converts the pages on {@link SiteConfig#threads()} threads; the result and the problems are the same, in the
     * same order, whatever the number of threads.
     *
     * @param datasets what {@code dataset::} tables and {@code chart::} charts draw from
     */
    public List<ConvertedPage> convertAll(SiteConfig config, List<SourceFile> pages, DatasetCatalog datasets,
                                          Problems problems) {
        Batch batch = batch(config, datasets);
        List<PageConversion> converted = ParallelPages.map(pages, config.threads(),
                page -> batch.convert(page, IncludeScanner.includes(config.contentDirectory(), page)));
        converted.forEach(page -> page.problems().forEach(problems::add));
        return converted.stream().map(PageConversion::page).toList();
    }

    /** One page converted, with the problems found converting it (kept apart so pages can convert at once). */
    public record PageConversion(ConvertedPage page, List<Problem> problems) {
        public PageConversion {
            problems = List.copyOf(problems);
        }
    }

    /** Converts pages of one build (one configuration, one set of datasets); thread-safe. */
    public Batch batch(SiteConfig config, DatasetCatalog datasets) {
        return new Batch(config.contentDirectory(), attributes(config), new DataViews(datasets, config.language()));
    }

    /** The pages of one build: what every page's conversion shares, prepared once. */
    public final class Batch {
        private final Path contentDirectory;
        private final Map<String, Object> attributes;
        private final DataViews views;

        private Batch(Path contentDirectory, Map<String, Object> attributes, DataViews views) {
            this.contentDirectory = contentDirectory;
            this.attributes = attributes;
            this.views = views;
        }

        /**
         * Converts one page on the calling thread; other threads may convert other pages meanwhile.
         *
         * @param includes the files the page includes ({@link IncludeScanner}), for locating problems
         */
        public PageConversion convert(SourceFile page, List<SourceFile> includes) {
            Problems problems = new Problems();
            PageInProgress.Page inProgress = new PageInProgress.Page(contentDirectory, page, includes, problems, views);
            ConvertedPage converted = pages.converting(inProgress, () -> AsciidocConverter.this.convert(
                    contentDirectory, page, includes, Attributes.builder().attributes(attributes).build(), problems));
            return new PageConversion(converted, problems.all());
        }
    }

    private ConvertedPage convert(Path contentDirectory, SourceFile page, List<SourceFile> includes,
                                  Attributes attributes, Problems problems) {
        Options options = Options.builder()
                // SAFE confines what Asciidoctor itself reads (data-uri images, inline SVG) to the content folder;
                // includes are resolved and checked by the IncludeGuard, relative to the file that includes them.
                .safe(SafeMode.SAFE)
                .standalone(false)
                .sourcemap(true)
                .baseDir(contentDirectory.toAbsolutePath().normalize().toFile())
                .attributes(attributes)
                .build();
        Document document = asciidoctor().loadFile(page.path().toFile(), options);
        String body = document.convert();
        List<Section> sections = sections(document);
        reportUnreadableIds(page, sections, problems);
        String title = title(document, sections);
        boolean titledBySection = !hasDocumentTitle(document) && !sections.isEmpty() && sections.get(0).level() == 1;
        Map<String, String> appendices = appendixLetters(document);
        if (titledBySection && appendices.containsKey(sections.get(0).id())) {
            // An appendix chapter is titled as the book titles it: "Appendix A: Tools".
            title = plainText(firstSectionCaption(document) + title);
        }
        if (title.isBlank()) {
            title = labelFromFileName(page);
            problems.warning(page.relativePath(), 0, "the page has no title; add a document title (= Title) or"
                    + " start with a section (== Title); until then it is labelled '" + title + "'");
        }
        body = ChapterBody.tidy(body, titledBySection ? sections.get(0).id() : null, appendices);
        return new ConvertedPage(page, includes, title, pageAttributes(document), body, sections);
    }

    private static Map<String, Object> attributes(SiteConfig config) {
        Map<String, Object> values = new LinkedHashMap<>();
        // Say so when an {attribute} is missing instead of silently printing nothing.
        values.put("attribute-missing", "warn");
        values.put("outfilesuffix", ".html");
        values.put("lang", config.language());
        // Highlighting runs in the build with Rouge, which AsciidoctorJ bundles; the theme styles its classes. Set
        // here, it also overrides a page asking for a highlighter that cannot run inside the JVM (pygments).
        values.put("source-highlighter", "rouge");
        values.put("rouge-css", "class");
        if (config.language().toLowerCase(Locale.ROOT).startsWith("zh")) {
            values.putAll(ChineseCaptions.ATTRIBUTES);
        }
        values.putAll(config.attributes());
        return java.util.Collections.unmodifiableMap(values);
    }

    private static String title(Document document, List<Section> sections) {
        String doctitle = document.getDoctitle();
        if (doctitle != null && !doctitle.isBlank()) {
            return plainText(doctitle);
        }
        return sections.isEmpty() ? "" : sections.get(0).title();
    }

    /** A title in the header ({@code = Title}); getDoctitle() falls back to the first section's title. */
    private static boolean hasDocumentTitle(Document document) {
        Object doctitle = document.getAttribute("doctitle");
        return doctitle != null && !doctitle.toString().isBlank();
    }

    /** "ch03_first-steps.adoc" → "Ch03 first steps": a label for a page that has no title of its own. */
    static String labelFromFileName(SourceFile page) {
        String name = page.fileName();
        String words = (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name)
                .replace('_', ' ').replace('-', ' ').strip();
        return words.isEmpty() ? name : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String firstSectionCaption(Document document) {
        for (StructuralNode block : document.getBlocks()) {
            if (block instanceof org.asciidoctor.ast.Section section) {
                return section.getCaption() == null ? "" : section.getCaption();
            }
        }
        return "";
    }

    /** The letter Asciidoctor gave each top-level appendix of the page, by section id. */
    private static Map<String, String> appendixLetters(Document document) {
        Map<String, String> letters = new LinkedHashMap<>();
        for (StructuralNode block : document.getBlocks()) {
            if (block instanceof org.asciidoctor.ast.Section section && "appendix".equals(section.getSectionName())
                    && section.getNumeral() != null && !section.getNumeral().isEmpty()) {
                letters.put(section.getId(), section.getNumeral());
            }
        }
        return letters;
    }

    private static Map<String, String> pageAttributes(Document document) {
        Map<String, String> found = new HashMap<>();
        document.getAttributes().forEach((name, value) -> {
            if (PAGE_ATTRIBUTES.contains(name) && value != null) {
                // Asciidoctor has already escaped a header value for HTML (R&D → R&amp;D); the templates escape what
                // they print, so hand them the plain text, or readers see "R&amp;D".
                found.put(name, Parser.unescapeEntities(value.toString().trim(), false));
            }
        });
        return found;
    }

    private static List<Section> sections(StructuralNode parent) {
        return sections(parent, "");
    }

    /** @param parentNumber the parent section's number ("1.2"), as Asciidoctor chains them; empty at the top */
    private static List<Section> sections(StructuralNode parent, String parentNumber) {
        List<Section> sections = new ArrayList<>();
        for (StructuralNode block : parent.getBlocks()) {
            if (block instanceof org.asciidoctor.ast.Section section) {
                int line = section.getSourceLocation() == null ? 0 : section.getSourceLocation().getLineNumber();
                String numeral = section.getNumeral() == null ? "" : section.getNumeral();
                String chain = parentNumber.isEmpty() ? numeral : parentNumber + "." + numeral;
                // What Asciidoctor prints before a numbered heading (sectnums): "1.2." — appendices and special
                // sections carry their own captions instead.
                String number = section.isNumbered() && !section.isSpecial() && !numeral.isEmpty() ? chain + "." : "";
                sections.add(new Section(section.getId(), plainText(section.getTitle()), section.getLevel(), line,
                        sections(section, chain), number));
            }
        }
        return sections;
    }

    /**
     * Asciidoctor derives a missing section id from the title; for a Chinese title that is a percent-encoded
     * fragment nobody can read or keep stable in a link, so ask for an explicit one.
     */
    private static void reportUnreadableIds(SourceFile page, List<Section> sections, Problems problems) {
        for (Section section : sections) {
            if (!section.id().chars().allMatch(c -> c < 128)) {
                problems.warning(page.relativePath(), section.line(), "section \"" + section.title()
                        + "\" has no readable id (Asciidoctor made '" + section.id() + "'); add an ASCII id such as"
                        + " [#my-section] on the line above the heading");
            }
            reportUnreadableIds(page, section.children(), problems);
        }
    }

    static String plainText(String html) {
        if (isPlain(html)) {
            return html; // most titles: what jsoup would give back, without parsing a document per title
        }
        return Jsoup.parse(html).text();
    }

    /** No markup, no entity, no whitespace or invisible character that jsoup's text() would fold or drop. */
    private static boolean isPlain(String text) {
        if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '&' || c < ' ' || c == '\u00a0' || c == '\u00ad' || c == '\u200b'
                    || (c == ' ' && text.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Closes Asciidoctor once it has started. A start still under way is closed when it is done, and one that failed
     * leaves nothing to close: Maven closes a failed build's class loader while JRuby may still be starting, and the
     * JVM's exit must not wait for it or print its error.
     */
    @Override
    public void close() {
        if (started.get()) {
            asciidoctor.thenAccept(Asciidoctor::close);
        }
    }

    /**
     * Sends Asciidoctor's messages to the problems of the page they are about. Asciidoctor has one log handler per
     * instance and calls it on the thread converting the page, so the page is the one that thread has in progress.
     */
    private static final class LogRouter implements LogHandler {
        private static final java.util.regex.Pattern MISSING_ATTRIBUTE =
                java.util.regex.Pattern.compile("missing attribute: ([\\w-]+)");
        private final PageInProgress pages;

        LogRouter(PageInProgress pages) {
            this.pages = pages;
        }

        @Override
        public void log(LogRecord record) {
            Optional<PageInProgress.Page> inProgress = pages.get();
            if (inProgress.isEmpty()) {
                return;
            }
            Path contentDirectory = inProgress.get().contentDirectory;
            List<SourceFile> pageAndIncludes = inProgress.get().pageAndIncludes;
            Problems problems = inProgress.get().problems;
            String file = inProgress.get().source.relativePath();
            int line = 0;
            if (record.getCursor() != null) {
                line = record.getCursor().getLineNumber();
                String cursorFile = record.getCursor().getFile();
                if (cursorFile != null && !cursorFile.isBlank()) {
                    file = relative(contentDirectory, Path.of(cursorFile));
                }
            }
            String message = record.getMessage().replace(contentDirectory.toAbsolutePath().normalize() + "/", "");
            if (line == 0) {
                // Asciidoctor reports a missing attribute without a location: find where it is used.
                java.util.regex.Matcher missing = MISSING_ATTRIBUTE.matcher(message);
                Optional<SourceLine> use = missing.find()
                        ? SourceLine.firstMention(pageAndIncludes, "{" + missing.group(1) + "}") : Optional.empty();
                if (use.isPresent()) {
                    file = use.get().file().relativePath();
                    line = use.get().line();
                }
            }
            if (message.contains("illegal reference to ancestor of jail")) {
                // SAFE mode read another file than the author named (or none): an error, not a quiet recovery.
                Optional<SourceLine> use = line == 0 ? SourceLine.firstMention(pageAndIncludes, "../") : Optional.empty();
                if (use.isPresent()) {
                    file = use.get().file().relativePath();
                    line = use.get().line();
                }
                problems.error(file, line, message.replace("; recovering automatically", "").replace(
                        "has illegal reference to ancestor of jail", "reference reaches outside the content folder "
                                + contentDirectory.toAbsolutePath().normalize())
                        + ": files the build reads must be inside it; copy the file there and refer to it from there");
                return;
            }
            switch (record.getSeverity()) {
                case ERROR, FATAL -> problems.error(file, line, message);
                case WARN -> problems.warning(file, line, message);
                default -> { /* DEBUG and INFO are Asciidoctor talking to itself. */ }
            }
        }

        private static String relative(Path contentDirectory, Path path) {
            Path absolute = path.toAbsolutePath().normalize();
            Path root = contentDirectory.toAbsolutePath().normalize();
            return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
        }
    }
}
