package io.github.microsite.dataview;

import io.github.microsite.compose.GeneratedPage;
import io.github.microsite.model.Dataset;
import io.github.microsite.model.DatasetCatalog;
import io.github.microsite.model.SourceFile;
import io.github.microsite.publish.SiteFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The downloads of every valid dataset: {@code data/<name>.json} (the author's file as written),
 * {@code data/<name>.csv} and, when it has one, {@code data/<name>.schema.json}.
 */
public final class DataFiles {

    public static final String FOLDER = "data";
    public static final String PAGE = FOLDER + "/index.html";

    private DataFiles() {
    }

    /** The data page: every dataset with a preview and its downloads, rendered by the theme's data template. */
    public static GeneratedPage page(DatasetCatalog catalog, String language) {
        boolean zh = Labels.isChinese(language);
        return new GeneratedPage(PAGE, "data", zh ? "数据下载" : "Data",
                zh ? "本站全部数据集：预览与 CSV、JSON 下载" : "Every dataset of this site: preview and CSV/JSON downloads",
                Map.of("datasets", new DataViews(catalog, language).catalogue(3, 5)));
    }

    /** The paths of a dataset's downloads in the site, which pages may link to. */
    public static List<String> downloads(Dataset dataset) {
        return List.of(FOLDER + "/" + dataset.name() + ".csv", FOLDER + "/" + dataset.name() + ".json");
    }

    public static String schemaPath(Dataset dataset) {
        return FOLDER + "/" + dataset.name() + ".schema.json";
    }

    /** @param datasetFiles and {@code schemaFiles}: the content's files, to publish byte for byte */
    public static List<SiteFile> files(DatasetCatalog catalog, List<SourceFile> datasetFiles, List<SourceFile> schemaFiles) {
        Map<String, SourceFile> byPath = datasetFiles.stream()
                .collect(Collectors.toMap(SourceFile::relativePath, Function.identity(), (a, b) -> a));
        Map<String, SourceFile> schemaByName = schemaFiles.stream()
                .collect(Collectors.toMap(SourceFile::fileName, Function.identity(), (a, b) -> a));
        List<SiteFile> files = new ArrayList<>();
        for (Dataset dataset : catalog.all()) {
            files.add(SiteFile.generated(FOLDER + "/" + dataset.name() + ".csv", Csv.of(dataset)));
            SourceFile json = byPath.get(dataset.relativePath());
            if (json != null) {
                files.add(SiteFile.copied(FOLDER + "/" + dataset.name() + ".json", json.path()));
            }
            SourceFile schema = schemaByName.get(dataset.name() + ".schema.json");
            if (schema != null && !dataset.schema().isMissingNode()) {
                files.add(SiteFile.copied(schemaPath(dataset), schema.path()));
            }
        }
        return files;
    }
}
