package io.github.microsite.convert;

import io.github.microsite.dataview.DataViewException;
import io.github.microsite.dataview.TableSpec;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.Map;
import java.util.Optional;

/** {@code dataset::NAME[columns="…", labels="…", sort="…", where="…", caption="…", layout=stack, limit=N]}: a table. */
@Name("dataset")
final class DatasetMacro extends BlockMacroProcessor {

    private final PageInProgress pages;

    DatasetMacro(PageInProgress pages) {
        this.pages = pages;
    }

    @Override
    public Object process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Optional<PageInProgress.Page> page = pages.get();
        if (page.isEmpty()) {
            return null;
        }
        DataViewContext context = page.get().dataViews;
        context.processing("dataset::" + target + "[");
        try {
            String html = context.views().table(TableSpec.fromAttributes(target, attributes), context.dataUrl());
            return createBlock(parent, "pass", html);
        } catch (DataViewException e) {
            context.error("dataset::" + target + "[", "dataset::" + target + "[]: " + e.getMessage());
            return null;
        }
    }
}
