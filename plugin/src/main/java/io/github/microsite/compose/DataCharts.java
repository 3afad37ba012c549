package io.github.microsite.compose;

import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import io.github.microsite.dataview.ChartSpec;
import io.github.microsite.dataview.DataViewException;
import io.github.microsite.dataview.DataViews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code content.chart("key-figures", {"type": "hbar", "label": "label", "value": "value", "where": "id=a|b"})} for
 * templates: what {@code chart::key-figures[…]} is to AsciiDoc, with the same options, drawn at build time. Returns
 * the figure's HTML (write it with {@code ?no_esc}); a spec that does not fit the dataset fails the page's rendering
 * with the reason.
 */
final class DataCharts implements TemplateMethodModelEx {

    private final DataViews views;
    private final String dataUrl;
    private int charts;

    /** @param dataUrl the site's {@code data/} folder relative to the page being rendered */
    DataCharts(DataViews views, String dataUrl) {
        this.views = views;
        this.dataUrl = dataUrl;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 2 || !(arguments.get(0) instanceof TemplateScalarModel dataset)
                || !(arguments.get(1) instanceof TemplateHashModelEx options)) {
            throw new TemplateModelException("content.chart needs a dataset name and a hash of chart:: options,"
                    + " e.g. content.chart(\"key-figures\", {\"label\": \"label\", \"value\": \"value\"})");
        }
        String name = dataset.getAsString();
        Map<String, Object> attributes = new LinkedHashMap<>();
        Object unwrapped = DeepUnwrap.unwrap(options);
        if (unwrapped instanceof Map<?, ?> map) {
            map.forEach((key, value) -> attributes.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
        }
        charts++;
        String id = attributes.containsKey("id") ? attributes.remove("id").toString()
                : "chart-" + name.replaceAll("[^A-Za-z0-9_-]", "-") + "-" + charts;
        try {
            return views.chart(ChartSpec.fromAttributes(name, attributes), id, dataUrl);
        } catch (DataViewException e) {
            throw new TemplateModelException("content.chart(\"" + name + "\", …): " + e.getMessage());
        }
    }
}
