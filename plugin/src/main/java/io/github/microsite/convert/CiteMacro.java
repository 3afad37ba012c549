package io.github.microsite.convert;

import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.Map;

/**
 * {@code cite:SOURCE-ID[]} marks a claim with the source that backs it. Conversion only leaves a marker carrying the
 * id and where it was written; the link stage numbers the markers and checks each id against the {@code sources}
 * dataset, because that needs the datasets, which Asciidoctor does not know about.
 */
@Name("cite")
final class CiteMacro extends InlineMacroProcessor {

    static final String MARKER_CLASS = "cite";
    static final String ID_ATTRIBUTE = "data-cite";
    static final String LINE_ATTRIBUTE = "data-cite-line";

    @Override
    public Object process(ContentNode parent, String target, Map<String, Object> attributes) {
        int line = parent instanceof StructuralNode block ? lineOf(block) : 0;
        String marker = "<sup class=\"" + MARKER_CLASS + "\" " + ID_ATTRIBUTE + "=\"" + escape(target) + "\" "
                + LINE_ATTRIBUTE + "=\"" + line + "\"></sup>";
        return createPhraseNode(parent, "quoted", marker);
    }

    private static int lineOf(StructuralNode block) {
        for (StructuralNode node = block; node != null; node = parentBlock(node)) {
            Cursor cursor = node.getSourceLocation();
            if (cursor != null) {
                return cursor.getLineNumber();
            }
        }
        return 0;
    }

    private static StructuralNode parentBlock(StructuralNode node) {
        return node.getParent() instanceof StructuralNode parent ? parent : null;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
