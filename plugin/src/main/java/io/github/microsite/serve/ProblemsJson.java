package io.github.microsite.serve;

import io.github.microsite.model.Problem;

import java.util.List;

/** The problems of a bake as the reload script reads them: {@code [{"severity","file","line","message"}…]}. */
final class ProblemsJson {

    private ProblemsJson() {
    }

    static String of(List<Problem> problems) {
        StringBuilder json = new StringBuilder("[");
        for (Problem problem : problems) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"severity\":").append(quote(problem.severity().name()))
                    .append(",\"file\":").append(quote(problem.file()))
                    .append(",\"line\":").append(problem.line())
                    .append(",\"text\":").append(quote(problem.describe()))
                    .append('}');
        }
        return json.append(']').toString();
    }

    static String status(ServedSite site) {
        return "{\"version\":" + site.version() + ",\"failing\":" + site.failing() + ",\"problems\":"
                + of(site.problems()) + "}";
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                case '<' -> quoted.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
