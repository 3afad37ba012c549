package io.github.microsite;

import io.github.microsite.model.CollectionConfig;

import java.util.Optional;

/**
 * One {@code <collection>} of the plugin configuration, as Maven fills it in:
 * <pre>{@code
 * <collection>
 *   <dataset>industries</dataset>
 *   <template>industry</template>
 *   <path>industries/{slug}/</path>
 *   <titleField>name</titleField>
 *   <sort>order</sort>
 *   <overview>industries/</overview>
 *   <overviewTemplate>industries</overviewTemplate>
 * </collection>
 * }</pre>
 */
public class CollectionParameter {

    /** The dataset whose rows become pages: {@code industries} reads {@code data/industries.json}. */
    private String dataset;
    /** The template (page type) of each row's page. */
    private String template;
    /** The folder of each row's page, naming row fields: {@code industries/{slug}/}. */
    private String path;
    /** The row field that titles a page; default {@code title}, else {@code name}. */
    private String titleField;
    /** The row field for the page's meta description; default {@code description}, else {@code summary}. */
    private String descriptionField;
    /** {@code field} or {@code field:desc}; default: the dataset's order. */
    private String sort;
    /** The folder of the overview page, e.g. {@code industries/}; no overview without it. */
    private String overview;
    /** The overview's template; default the dataset's name. */
    private String overviewTemplate;

    CollectionConfig toConfig() {
        return new CollectionConfig(dataset, template, path, Optional.ofNullable(titleField),
                Optional.ofNullable(descriptionField), Optional.ofNullable(sort), Optional.ofNullable(overview),
                Optional.ofNullable(overviewTemplate));
    }

    /** What is missing for a usable collection, or empty. */
    String missing() {
        StringBuilder missing = new StringBuilder();
        if (dataset == null || dataset.isBlank()) {
            missing.append(" <dataset>");
        }
        if (template == null || template.isBlank()) {
            missing.append(" <template>");
        }
        if (path == null || path.isBlank()) {
            missing.append(" <path>");
        }
        return missing.toString().strip();
    }
}
