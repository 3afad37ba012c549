package io.github.microsite.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The search tokeniser. assets/js/search.js repeats this algorithm exactly (FORMAT.md describes it; the shared
 * vectors in src/test/resources/search/tokenizer-vectors.json prove both agree), because a query only finds what it
 * splits the same way as the index.
 *
 * <p>No dictionary segmentation: segmenters disagree with one another (京东云言犀 splits three ways in three
 * libraries), and a query split differently from the index finds nothing. Runs of CJK characters become unigrams and
 * overlapping bigrams instead; the client confirms every hit with an exact substring match, which removes the
 * bigrams' false positives.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** Unicode NFKC, then lower case: full-width letters and digits become ASCII, case stops mattering. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * Every token of a text, in order, repeated as often as it occurs (the term frequencies of the index): for each
     * CJK run its characters and overlapping pairs, and "X+" for a run followed by '+'; for each word the word with
     * its inner '.', '-' and trailing '+' kept, then its parts between those signs.
     */
    public static List<String> indexTokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (Piece piece : pieces(normalize(text))) {
            if (piece.cjk()) {
                int[] chars = piece.text().codePoints().toArray();
                for (int i = 0; i < chars.length; i++) {
                    tokens.add(new String(chars, i, 1));
                    if (i + 1 < chars.length) {
                        tokens.add(new String(chars, i, 2));
                    }
                }
                if (!piece.plus().isEmpty()) {
                    tokens.add(new String(chars, chars.length - 1, 1) + piece.plus());
                }
            } else {
                tokens.add(piece.text());
                if (piece.text().length() > 1 && piece.text().chars().anyMatch(Tokenizer::isJoiner)) {
                    for (String part : piece.text().split("[.+\\-]+")) {
                        if (!part.isEmpty()) {
                            tokens.add(part);
                        }
                    }
                }
            }
        }
        return tokens;
    }

    /**
     * The terms a query must all match, without repeats: a word as written; a single CJK character; the bigrams of a
     * longer run; and "X+" when the run ends in '+'. Parts of words and unigrams inside longer runs are left out: a
     * section holding the whole term holds them too.
     */
    public static List<String> queryTerms(String query) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        for (Piece piece : pieces(normalize(query))) {
            if (piece.cjk()) {
                int[] chars = piece.text().codePoints().toArray();
                if (chars.length == 1) {
                    terms.add(piece.text());
                }
                for (int i = 0; i + 1 < chars.length; i++) {
                    terms.add(new String(chars, i, 2));
                }
                if (!piece.plus().isEmpty()) {
                    terms.add(new String(chars, chars.length - 1, 1) + piece.plus());
                }
            } else {
                terms.add(piece.text());
            }
        }
        return List.copyOf(terms);
    }

    /** CJK runs and words of a normalised text; everything else separates them. */
    static List<Piece> pieces(String normalized) {
        List<Piece> pieces = new ArrayList<>();
        int[] chars = normalized.codePoints().toArray();
        int i = 0;
        while (i < chars.length) {
            int start = i;
            if (isCjk(chars[i])) {
                while (i < chars.length && isCjk(chars[i])) {
                    i++;
                }
                String run = new String(chars, start, i - start);
                int plusStart = i;
                while (i < chars.length && chars[i] == '+') {
                    i++;
                }
                pieces.add(new Piece(true, run, new String(chars, plusStart, i - plusStart)));
            } else if (isWordChar(chars[i])) {
                while (i < chars.length && (isWordChar(chars[i])
                        || (chars[i] == '.' || chars[i] == '-') && i + 1 < chars.length && isWordChar(chars[i + 1]))) {
                    i++;
                }
                while (i < chars.length && chars[i] == '+') {
                    i++;
                }
                pieces.add(new Piece(false, new String(chars, start, i - start), ""));
            } else {
                i++;
            }
        }
        return pieces;
    }

    /** Han ideographs (with extensions and compatibility forms), kana and Hangul syllables: written without spaces. */
    static boolean isCjk(int c) {
        return c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF
                || c >= 0x20000 && c <= 0x3FFFF || c >= 0x3041 && c <= 0x3096 || c >= 0x30A1 && c <= 0x30FA
                || c >= 0xAC00 && c <= 0xD7A3;
    }

    /** ASCII letters and digits, Latin letters with diacritics, Greek and Cyrillic: languages written with spaces. */
    static boolean isWordChar(int c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
                || c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7 || c >= 0x370 && c <= 0x3FF
                || c >= 0x400 && c <= 0x4FF;
    }

    private static boolean isJoiner(int c) {
        return c == '.' || c == '-' || c == '+';
    }

    /** @param plus the '+' signs right after a CJK run ("" for words, which keep theirs inside the text) */
    record Piece(boolean cjk, String text, String plus) {
    }
}
