package io.github.microsite.dataview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microsite.model.DatasetCatalog;
import io.github.microsite.publish.SiteFile;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of paged tables after their first page: {@code data/<dataset>.rows-<hash>.json}, one file per distinct
 * table (dataset, columns, where, sort, limit, page size and language), which {@code assets/js/table.js} fetches when
 * the reader asks for more. The table in the page carries its spec ({@code data-more-spec}), so the file is written
 * from the converted HTML — also when the page itself came from the conversion cache.
 */
public final class TableRows {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PAGED_TABLE = Pattern.compile("data-more=\"([^\"]+)\" data-more-spec=\"([^\"]*)\"");

    private TableRows() {
    }

    /** @param bodies the converted HTML of every page; only those with a paged table are read further */
    public static List<SiteFile> files(Collection<String> bodies, DatasetCatalog catalog, String language) {
        Map<String, String> specs = new TreeMap<>();
        for (String body : bodies) {
            if (!body.contains("data-more-spec=")) {
                continue;
            }
            Matcher table = PAGED_TABLE.matcher(body);
            while (table.find()) {
                specs.putIfAbsent(Parser.unescapeEntities(table.group(1), true),
                        Parser.unescapeEntities(table.group(2), true));
            }
        }
        DataViews views = new DataViews(catalog, language);
        List<SiteFile> files = new ArrayList<>();
        for (Map.Entry<String, String> entry : specs.entrySet()) {
            TableSpec spec = spec(entry.getValue());
            if (!entry.getKey().equals(fileName(spec.dataset(), entry.getValue(), language))) {
                continue; // a page of another language or a hand-written look-alike: not a table this build made
            }
            try {
                files.add(SiteFile.generated(DataFiles.FOLDER + "/" + entry.getKey(), views.moreRows(spec)));
            } catch (DataViewException e) {
                // The macro has reported the same spec at its line when the page was converted.
            }
        }
        return files;
    }

    /** The table's spec as it travels in the page. */
    static String specJson(TableSpec spec) {
        ObjectNode json = JSON.createObjectNode();
        json.put("dataset", spec.dataset());
        spec.columns().forEach(json.withArray("columns")::add);
        json.put("where", spec.where());
        json.put("sort", spec.sort());
        json.put("limit", spec.limit());
        json.put("pageSize", spec.pageSize());
        return json.toString();
    }

    static TableSpec spec(String specJson) {
        try {
            JsonNode json = JSON.readTree(specJson);
            List<String> columns = new ArrayList<>();
            json.path("columns").forEach(column -> columns.add(column.asText()));
            return new TableSpec(json.path("dataset").asText(), columns, List.of(), json.path("where").asText(),
                    json.path("sort").asText(), json.path("limit").asText(), "", false, json.path("pageSize").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a paged table's spec is not JSON: " + specJson, e);
        }
    }

    /** {@code metrics.rows-0a1b2c3d4e.json}: named by what it holds, so equal tables on many pages share one file. */
    static String fileName(String dataset, String specJson, String language) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((language + "\n" + specJson).getBytes(StandardCharsets.UTF_8));
            return dataset + ".rows-" + HexFormat.of().formatHex(hash, 0, 5) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] write(JsonNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
