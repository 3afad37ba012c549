package io.github.microsite.compose;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import io.github.microsite.link.SourceNote;
import io.github.microsite.link.Sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code content.cite(source)} for templates: what {@code cite:ID[]} is to AsciiDoc. It numbers a source of the
 * {@code sources} dataset in order of first use on the page (after, or shared with, the body's own notes), adds it to
 * {@code content.citations}, and returns {@code {number, id, ref}} for the marker: {@code <sup class="cite"><a
 * id="${n.ref}" href="#${n.id}">[${n.number}]</a></sup>}. The argument is a source id or a resolved source row.
 * A template calls it before the list of citations is rendered (the layout renders it at the end of the page).
 */
final class DataNotes implements TemplateMethodModelEx {

    private final Sources sources;
    private final List<Map<String, Object>> citations;
    private final Map<String, Integer> indexBySource = new HashMap<>();

    /** @param citations the page's citations, numbered from 1 by the body; appended to here */
    DataNotes(Sources sources, List<Map<String, Object>> citations) {
        this.sources = sources;
        this.citations = citations;
        for (int i = 0; i < citations.size(); i++) {
            indexBySource.put((String) citations.get(i).get("source"), i);
        }
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("content.cite needs one argument, a source id or source row");
        }
        String sourceId = sourceId((TemplateModel) arguments.get(0));
        SourceNote note = sources.note(sourceId).orElseThrow(() -> new TemplateModelException("content.cite(\""
                + sourceId + "\"): unknown source; add a row with this id to data/" + Sources.DATASET + ".json"));
        Integer index = indexBySource.get(sourceId);
        if (index == null) {
            index = citations.size();
            indexBySource.put(sourceId, index);
            Map<String, Object> citation = new HashMap<>();
            citation.put("number", index + 1);
            citation.put("id", "cite-" + (index + 1));
            citation.put("source", sourceId);
            citation.putAll(noteModel(note));
            citation.put("backrefs", new ArrayList<String>());
            citations.add(citation);
        }
        Map<String, Object> citation = citations.get(index);
        @SuppressWarnings("unchecked")
        List<String> backrefs = new ArrayList<>((List<String>) citation.get("backrefs"));
        String ref = "cite-ref-" + (index + 1) + "-" + (backrefs.size() + 1);
        backrefs.add(ref);
        Map<String, Object> updated = new HashMap<>(citation);
        updated.put("backrefs", List.copyOf(backrefs));
        citations.set(index, updated);
        return Map.of("number", index + 1, "id", citation.get("id"), "ref", ref);
    }

    /**
     * A source note for templates: {@code text} (plain, the site's additions marked), {@code parts} ({@code {text,
     * siteAdded}} in order, for a theme that marks the site's additions itself) and {@code editorNote} (or empty).
     */
    static Map<String, Object> noteModel(SourceNote note) {
        List<Map<String, Object>> parts = note.parts().stream()
                .map(part -> Map.<String, Object>of("text", part.text(), "siteAdded", part.siteAdded())).toList();
        return Map.of("text", note.text(), "parts", parts, "editorNote", note.editorNote());
    }

    private static String sourceId(TemplateModel argument) throws TemplateModelException {
        if (argument instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        if (argument instanceof TemplateHashModel hash && hash.get("id") instanceof TemplateScalarModel id) {
            return id.getAsString();
        }
        throw new TemplateModelException("content.cite needs a source id or a row of data/" + Sources.DATASET
                + ".json with an id");
    }
}
