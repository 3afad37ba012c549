import io.github.microsite.dataview.ChartSpec;
import io.github.microsite.dataview.DataViews;
import io.github.microsite.dataview.TableSpec;
import io.github.microsite.load.ContentLoader;
import io.github.microsite.load.SourceCatalog;
import io.github.microsite.model.DatasetCatalog;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.validate.DatasetValidator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the report's tables and charts cost a build: renders every dataset:: and chart:: macro of the content's pages
 * with the plugin's DataViews, once in a fresh JVM (what a cold build pays) and then RUNS times warm (what a preview
 * rebuild pays). The macro attributes are read with a simple parser of name=value and name="value" pairs, enough
 * for the report's macros; in a build Asciidoctor parses them.
 */
public final class DataViewsBench {

    private static final Pattern MACRO = Pattern.compile("^(dataset|chart)::([\\w-]+)\\[(.*)]\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s*([\\w-]+)\\s*=\\s*(\"([^\"]*)\"|[^,]*)\\s*,?");

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        SiteConfig config = new SiteConfig(content, content.resolveSibling("unused"), Optional.empty(), "bench",
                "zh-CN", "/", Optional.empty(), List.of(), List.of(), Map.of());
        Problems problems = new Problems();
        SourceCatalog catalog = new ContentLoader(config).load(problems);
        DatasetCatalog datasets = new DatasetValidator().catalog(catalog.datasets(), catalog.schemas(), problems);
        List<String[]> macros = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".adoc")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher macro = MACRO.matcher(line);
                    if (macro.matches()) {
                        macros.add(new String[] {macro.group(1), macro.group(2), macro.group(3)});
                    }
                }
            }
        }
        long coldStart = System.nanoTime();
        int bytes = renderAll(datasets, macros);
        long cold = System.nanoTime() - coldStart;
        long[] warm = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            renderAll(datasets, macros);
            warm[run] = System.nanoTime() - start;
        }
        Arrays.sort(warm);
        System.out.printf("%d macros (%d tables, %d charts), %d bytes of HTML%n", macros.size(),
                macros.stream().filter(m -> m[0].equals("dataset")).count(),
                macros.stream().filter(m -> m[0].equals("chart")).count(), bytes);
        System.out.printf("first render in a fresh JVM (a cold build): %.1f ms%n", cold / 1e6);
        System.out.printf("warm, median of %d: %.2f ms (min %.2f, max %.2f)%n", runs, warm[runs / 2] / 1e6,
                warm[0] / 1e6, warm[runs - 1] / 1e6);
    }

    private static int renderAll(DatasetCatalog datasets, List<String[]> macros) throws Exception {
        DataViews views = new DataViews(datasets, "zh-CN");
        int bytes = 0;
        int chart = 0;
        for (String[] macro : macros) {
            Map<String, Object> attributes = attributes(macro[2]);
            bytes += macro[0].equals("dataset")
                    ? views.table(TableSpec.fromAttributes(macro[1], attributes), "../../data/").length()
                    : views.chart(ChartSpec.fromAttributes(macro[1], attributes), "chart-" + (++chart), "../../data/")
                    .length();
        }
        return bytes;
    }

    private static Map<String, Object> attributes(String text) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(3) != null ? attribute.group(3) : attribute.group(2).trim());
        }
        return attributes;
    }
}
