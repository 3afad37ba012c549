package io.github.microsite.dataview;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microsite.model.Dataset;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    private static Dataset dataset(String json) throws Exception {
        return new Dataset("d", "data/d.json", new ObjectMapper().readTree(json));
    }

    private static String csv(Dataset dataset) {
        byte[] bytes = Csv.of(dataset);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3),
                "starts with the UTF-8 byte-order mark");
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuoted() throws Exception {
        String text = csv(dataset("{\"rows\": [{\"a\": \"x, y\", \"b\": \"say \\\"hi\\\"\", \"c\": \"one\\ntwo\", \"d\": \"plain\"}]}"));
        assertEquals("a,b,c,d\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\ntwo\",plain\r\n", text);
    }

    @Test
    void nestedArraysAreJoinedAndObjectsOpenedIntoDottedColumns() throws Exception {
        String text = csv(dataset("{\"rows\": [{\"id\": \"a\", \"tags\": [\"x\", \"y\"], \"at\": {\"chapter\": \"c1\", \"section\": \"s\"},"
                + " \"metrics\": [{\"label\": \"users\", \"value\": 2.5}]}, {\"id\": \"b\", \"tags\": [], \"at\": null}]}"));
        assertEquals("id,tags,at.chapter,at.section,metrics\r\n"
                + "a,x; y,c1,s,\"label: users, value: 2.5\"\r\n"
                + "b,,,,\r\n", text);
    }

    @Test
    void chineseTextAndNumbersAreWrittenAsTheyAre() throws Exception {
        String text = csv(dataset("{\"rows\": [{\"省市\": \"天津市\", \"n\": 1.0E5, \"m\": 15}]}"));
        assertEquals("省市,n,m\r\n天津市,100000,15\r\n", text);
    }
}
