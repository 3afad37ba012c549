package io.github.microsite.compose;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import io.github.microsite.link.NumberUnits;

import java.util.List;

/**
 * {@code ${content.qty(case.summary)}} for templates: the text escaped as usual, with each number and its Chinese
 * unit in a {@code span.qty} the theme keeps on one line — what the link stage does to AsciiDoc pages
 * (link/NumberUnits), for the dataset text a template prints. Returns markup, so it is written without
 * {@code ?no_esc}; text without a quantity comes out exactly as {@code ${text}} would.
 */
final class QuantityText implements TemplateMethodModelEx {

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel scalar)) {
            throw new TemplateModelException("content.qty needs one text, e.g. ${content.qty(case.summary)}");
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(markup(scalar.getAsString()));
    }

    static String markup(String text) throws TemplateModelException {
        HTMLOutputFormat html = HTMLOutputFormat.INSTANCE;
        StringBuilder markup = new StringBuilder();
        int done = 0;
        for (int[] span : NumberUnits.spans(text)) {
            markup.append(html.escapePlainText(text.substring(done, span[0])))
                    .append("<span class=\"").append(NumberUnits.CLASS).append("\">")
                    .append(html.escapePlainText(text.substring(span[0], span[1]))).append("</span>");
            done = span[1];
        }
        return markup.append(html.escapePlainText(text.substring(done))).toString();
    }
}
