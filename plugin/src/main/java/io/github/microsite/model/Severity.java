package io.github.microsite.model;

public enum Severity {
    /** The site cannot be built correctly: the build fails. */
    ERROR,
    /** The site builds but is probably not what the author meant; {@code failOnWarnings} turns these into failures. */
    WARNING
}
