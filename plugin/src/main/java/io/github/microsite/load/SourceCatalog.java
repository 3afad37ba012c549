package io.github.microsite.load;

import io.github.microsite.model.SourceFile;

import java.util.List;

/**
 * The files of a content folder, each list sorted by relative path.
 *
 * @param pages     AsciiDoc files that become pages
 * @param datasets  {@code data/*.json}
 * @param schemas   {@code schemas/*.schema.json}
 * @param resources files published as they are (images, downloads…)
 */
public record SourceCatalog(List<SourceFile> pages, List<SourceFile> datasets, List<SourceFile> schemas,
                            List<SourceFile> resources) {

    public SourceCatalog {
        pages = List.copyOf(pages);
        datasets = List.copyOf(datasets);
        schemas = List.copyOf(schemas);
        resources = List.copyOf(resources);
    }
}
