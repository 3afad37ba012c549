package io.github.microsite.link;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microsite.model.Dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code sources} dataset, as cite markers need it: a sentence naming each source by id. */
public final class Sources {

    public static final String DATASET = "sources";

    private final Map<String, String> textById;
    private final boolean present;

    private Sources(Map<String, String> textById, boolean present) {
        this.textById = textById;
        this.present = present;
    }

    public static Sources from(List<Dataset> datasets, Labels labels) {
        Optional<Dataset> sources = datasets.stream().filter(dataset -> dataset.name().equals(DATASET)).findFirst();
        Map<String, String> texts = new HashMap<>();
        sources.ifPresent(dataset -> dataset.rows().forEach(row -> texts.put(row.path("id").asText(), describe(row, labels))));
        return new Sources(texts, sources.isPresent());
    }

    boolean isPresent() {
        return present;
    }

    public Optional<String> text(String id) {
        return Optional.ofNullable(textById.get(id));
    }

    /** Punctuation from the theme's labels: a Chinese site quotes 《title》, an English one “title”. */
    private static String describe(JsonNode row, Labels labels) {
        StringBuilder text = new StringBuilder(row.path("publisher").asText(""));
        String title = row.path("title").asText("");
        if (!title.isEmpty()) {
            // Titles that already quote a document (第56次《…》) keep their own brackets.
            text.append(text.length() > 0 ? labels.citeAfterPublisher() : "")
                    .append(title.contains("《") ? title : labels.citeTitle().replace("{title}", title));
        }
        String date = row.path("date").asText("");
        if (!date.isEmpty()) {
            text.append(labels.citeDate().replace("{date}", date));
        }
        return text.toString();
    }
}
