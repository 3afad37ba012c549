package io.github.microsite.model;

import java.util.Optional;

/**
 * A collection: one page per row of a dataset, rendered with one template, plus an optional overview page.
 *
 * @param dataset          the dataset's name ({@code industries} for {@code data/industries.json})
 * @param template         the page type of a row's page: template {@code template.<type>.file} of the theme's
 *                         jbake.properties, else {@code <type>.ftl}
 * @param path             where a row's page goes, a folder pattern naming row fields: {@code industries/{slug}/}
 * @param titleField       the row field that titles a page; default {@code title}, else {@code name}
 * @param descriptionField the row field for the page's meta description; default {@code description}, else
 *                         {@code summary}
 * @param sort             {@code field} or {@code field:desc}; default: the dataset's order
 * @param overview         folder of the overview page listing every row, e.g. {@code industries/}; none if empty
 * @param overviewTemplate the overview's page type; default the dataset's name
 */
public record CollectionConfig(String dataset, String template, String path, Optional<String> titleField,
                               Optional<String> descriptionField, Optional<String> sort, Optional<String> overview,
                               Optional<String> overviewTemplate) {

    public CollectionConfig {
        titleField = blankToEmpty(titleField);
        descriptionField = blankToEmpty(descriptionField);
        sort = blankToEmpty(sort);
        overview = blankToEmpty(overview);
        overviewTemplate = blankToEmpty(overviewTemplate);
    }

    /** The overview's page type. */
    public String overviewType() {
        return overviewTemplate.orElse(dataset);
    }

    /** Where the collection's problems are reported: its dataset file. */
    public String datasetFile() {
        return "data/" + dataset + ".json";
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(text -> !text.isEmpty());
    }
}
