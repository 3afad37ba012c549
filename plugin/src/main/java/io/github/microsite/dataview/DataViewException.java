package io.github.microsite.dataview;

/** A table or chart spec that does not fit its dataset; the message says what is wrong and how to fix it. */
public final class DataViewException extends Exception {
    public DataViewException(String message) {
        super(message);
    }
}
