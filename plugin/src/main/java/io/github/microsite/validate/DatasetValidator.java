package io.github.microsite.validate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.microsite.load.ContentLoader;
import io.github.microsite.model.Dataset;
import io.github.microsite.model.DatasetCatalog;
import io.github.microsite.model.PageReference;
import io.github.microsite.model.Problem;
import io.github.microsite.model.Problems;
import io.github.microsite.model.Severity;
import io.github.microsite.model.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks every dataset against its schema; a dataset with a problem is reported and not handed on. */
public final class DatasetValidator {

    private static final String SCHEMA_SUFFIX = ".schema.json";

    /**
     * Strict: a second value after the first ({@code {…} {…}}, {@code {…},}) and a key given twice in one object are
     * errors. Jackson would otherwise ignore the rest of the file and keep the last of two values silently.
     */
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            factory -> factory.metaSchema(metaSchema()));

    /**
     * JSON Schema 2020-12 with this plugin's own keywords ({@code x-key}, {@code x-ref}, {@code x-page}, checked by
     * {@link DatasetReferences}) known to the validator, which otherwise prints "Unknown keyword x-key - you should
     * define your own Meta Schema" into every build's log for each of them.
     */
    static JsonMetaSchema metaSchema() {
        return JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keywords(List.of(new NonValidationKeyword(Dataset.KEY_KEYWORD),
                        new NonValidationKeyword(DatasetReferences.REF_KEYWORD),
                        new NonValidationKeyword(DatasetReferences.PAGE_KEYWORD)))
                .build();
    }

    /**
     * Checks each dataset against its schema, then keys and references across datasets ({@code x-key},
     * {@code x-ref}), and collects the {@code x-page} values for the link stage to check.
     */
    public DatasetCatalog catalog(List<SourceFile> datasetFiles, List<SourceFile> schemaFiles, Problems problems) {
        Map<String, JsonLocations> locations = new HashMap<>();
        List<Dataset> valid = validate(datasetFiles, schemaFiles, problems, locations);
        List<PageReference> pages = new DatasetReferences(valid, locations).check(problems);
        return new DatasetCatalog(valid, pages);
    }

    /** Checks each dataset against its schema only. */
    public List<Dataset> validate(List<SourceFile> datasetFiles, List<SourceFile> schemaFiles, Problems problems) {
        return validate(datasetFiles, schemaFiles, problems, new HashMap<>());
    }

    private List<Dataset> validate(List<SourceFile> datasetFiles, List<SourceFile> schemaFiles, Problems problems,
                                   Map<String, JsonLocations> locations) {
        Map<String, SourceFile> schemaByName = schemaFiles.stream()
                .filter(file -> file.fileName().endsWith(SCHEMA_SUFFIX))
                .collect(Collectors.toMap(file -> datasetName(file, SCHEMA_SUFFIX), Function.identity()));
        List<Dataset> valid = new ArrayList<>();
        for (SourceFile file : datasetFiles) {
            String name = datasetName(file, ".json");
            String text = read(file);
            Optional<Dataset> dataset = validateOne(file, text, name, Optional.ofNullable(schemaByName.get(name)), problems);
            dataset.ifPresent(valid::add);
            dataset.ifPresent(found -> locations.put(name, locate(text)));
        }
        return List.copyOf(valid);
    }

    private Optional<Dataset> validateOne(SourceFile file, String text, String name, Optional<SourceFile> schemaFile,
                                          Problems problems) {
        JsonNode data;
        try {
            data = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(notJson(file, e));
            return Optional.empty();
        }
        if (schemaFile.isEmpty()) {
            problems.warning(file.relativePath(), 0, "dataset '" + name + "' has no schema; add "
                    + ContentLoader.SCHEMA_FOLDER + "/" + name + SCHEMA_SUFFIX + " so its mistakes are caught when the site is built");
            return Optional.of(new Dataset(name, file.relativePath(), data));
        }
        Optional<JsonNode> schemaNode = readSchema(schemaFile.get(), problems);
        Optional<JsonSchema> schema = schemaNode.flatMap(node -> compileSchema(schemaFile.get(), node, problems));
        if (schema.isEmpty()) {
            return Optional.empty();
        }
        List<ValidationMessage> messages = schema.get().validate(data).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .toList();
        if (messages.isEmpty()) {
            return Optional.of(new Dataset(name, file.relativePath(), data, schemaNode.get()));
        }
        JsonLocations locations = locate(text);
        for (ValidationMessage message : messages) {
            String jsonPointer = toJsonPointer(message);
            JsonLocation at = locations.find(jsonPointer);
            // getError() is the message without the location, which the problem carries on its own.
            problems.add(new Problem(Severity.ERROR, file.relativePath(), at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), jsonPointer.isEmpty() ? "/" : jsonPointer,
                    message.getError() + " (schema " + schemaFile.get().relativePath() + ")"));
        }
        return Optional.empty();
    }

    private Optional<JsonNode> readSchema(SourceFile schemaFile, Problems problems) {
        try {
            return Optional.of(mapper.readTree(read(schemaFile)));
        } catch (JsonProcessingException e) {
            problems.add(notJson(schemaFile, e));
            return Optional.empty();
        }
    }

    private Optional<JsonSchema> compileSchema(SourceFile schemaFile, JsonNode schema, Problems problems) {
        try {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(com.networknt.schema.PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .build();
            return Optional.of(schemas.getSchema(schema, config));
        } catch (JsonSchemaException e) {
            problems.error(schemaFile.relativePath(), 0, "not a usable JSON Schema: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static String toJsonPointer(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        return location.equals("/") ? "" : location;
    }

    private static Problem notJson(SourceFile file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return new Problem(Severity.ERROR, file.relativePath(), at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(), "", "not valid JSON: " + e.getOriginalMessage());
    }

    private static JsonLocations locate(String text) {
        try {
            return JsonLocations.index(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(SourceFile file) {
        try {
            return Files.readString(file.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.relativePath(), e);
        }
    }

    private static String datasetName(SourceFile file, String suffix) {
        String fileName = file.fileName();
        return fileName.substring(0, fileName.length() - suffix.length());
    }
}
