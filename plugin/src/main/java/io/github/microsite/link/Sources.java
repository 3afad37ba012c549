package io.github.microsite.link;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microsite.model.Dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code sources} dataset, as cite markers need it: a note naming each source by id. The conventional fields of a
 * row: {@code publisher}, {@code title}, {@code date} (as the cited work or the report states it), {@code issued} (the
 * date it was actually issued, where that differs), {@code editor_note} (the site's remark) and {@code site_added}
 * (the names of the fields the site added, not the work citing it); see README "Sources".
 */
public final class Sources {

    public static final String DATASET = "sources";

    private final Map<String, SourceNote> noteById;
    private final boolean present;

    private Sources(Map<String, SourceNote> noteById, boolean present) {
        this.noteById = noteById;
        this.present = present;
    }

    public static Sources from(List<Dataset> datasets, Labels labels) {
        Optional<Dataset> sources = datasets.stream().filter(dataset -> dataset.name().equals(DATASET)).findFirst();
        Map<String, SourceNote> notes = new HashMap<>();
        sources.ifPresent(dataset -> dataset.rows().forEach(row -> notes.put(row.path("id").asText(), describe(row, labels))));
        return new Sources(notes, sources.isPresent());
    }

    boolean isPresent() {
        return present;
    }

    public Optional<String> text(String id) {
        return note(id).map(SourceNote::text);
    }

    public Optional<SourceNote> note(String id) {
        return Optional.ofNullable(noteById.get(id));
    }

    /** Punctuation from the theme's labels: a Chinese site quotes 《title》, an English one “title”. */
    private static SourceNote describe(JsonNode row, Labels labels) {
        Set<String> added = new HashSet<>();
        row.path("site_added").forEach(field -> added.add(field.asText()));
        List<SourceNote.Part> parts = new ArrayList<>();
        String publisher = row.path("publisher").asText("");
        if (!publisher.isEmpty()) {
            parts.add(new SourceNote.Part(publisher, added.contains("publisher")));
        }
        String title = row.path("title").asText("");
        if (!title.isEmpty()) {
            if (!publisher.isEmpty()) {
                parts.add(new SourceNote.Part(labels.citeAfterPublisher(), false));
            }
            // Titles that already quote a document (第56次《…》) keep their own brackets.
            parts.add(new SourceNote.Part(title.contains("《") ? title : labels.citeTitle().replace("{title}", title),
                    added.contains("title")));
        }
        for (String field : List.of("date", "issued")) {
            String date = row.path(field).asText("");
            if (!date.isEmpty()) {
                String pattern = field.equals("date") ? labels.citeDate() : labels.citeIssued();
                parts.add(new SourceNote.Part(pattern.replace("{date}", date), added.contains(field)));
            }
        }
        return new SourceNote(parts, row.path("editor_note").asText(""), labels);
    }
}
