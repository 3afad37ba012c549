package io.github.microsite.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Relative URLs between files of the site, the only kind of internal URL the site contains. */
public final class RelativeUrls {

    private RelativeUrls() {
    }

    /** From a page in {@code fromFolder} ("" for the top) to the file at {@code target}. */
    public static String between(String fromFolder, String target) {
        List<String> from = segments(fromFolder);
        List<String> to = segments(target);
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder url = new StringBuilder("../".repeat(from.size() - common));
        url.append(String.join("/", to.subList(common, to.size())));
        return url.toString();
    }

    /** From a page in {@code folder} to the top of the site: "" or "../../". */
    public static String toRoot(String folder) {
        return "../".repeat(segments(folder).size());
    }

    private static List<String> segments(String path) {
        return path.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(path.split("/")));
    }
}
