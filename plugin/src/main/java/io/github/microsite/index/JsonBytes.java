package io.github.microsite.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing buffer of compact JSON for the postings: integers and short keys written straight as bytes, millions of
 * them, without a tree of objects in between.
 */
final class JsonBytes {

    private byte[] bytes;
    private int size;

    JsonBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    JsonBytes raw(char ascii) {
        ensure(1);
        bytes[size++] = (byte) ascii;
        return this;
    }

    JsonBytes raw(String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            raw(ascii.charAt(i));
        }
        return this;
    }

    JsonBytes raw(byte[] json) {
        ensure(json.length);
        System.arraycopy(json, 0, bytes, size, json.length);
        size += json.length;
        return this;
    }

    JsonBytes number(int value) {
        ensure(11);
        if (value < 0) {
            bytes[size++] = '-';
            value = -value;
        }
        int digits = digits(value);
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
        return this;
    }

    /** A JSON string: tokens hold no quote, backslash or control character, but the format does not rely on it. */
    JsonBytes string(String text) {
        raw('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                raw('\\').raw(c);
            } else if (c < 0x20) {
                raw(String.format("\\u%04x", (int) c));
            } else if (c < 0x80) {
                raw(c);
            } else {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) >= 0x80) {
                    end++;
                }
                raw(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return raw('"');
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    /** Decimal digits of a non-negative int. */
    static int digits(int value) {
        int digits = 1;
        while (value >= 10) {
            value /= 10;
            digits++;
        }
        return digits;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
