package io.github.microsite;

import java.io.File;

/**
 * One {@code <staticDirectory>} of the build's configuration: a folder published as it is, e.g.
 * {@code <directory>${project.basedir}/assets</directory><path>assets</path>}. Maven fills the fields by name.
 */
public class StaticDirectory {

    /** The folder on disk. */
    private File directory;

    /** The folder inside the site it is published as; empty or absent for the top of the site. */
    private String path;

    public File getDirectory() {
        return directory;
    }

    public String getPath() {
        return path == null ? "" : path;
    }
}
