package io.github.microsite.link;

import io.github.microsite.route.Route;

import java.util.List;

/** A routed page whose body links resolve inside the site. */
public record LinkedPage(Route route, String body, List<Citation> citations) {

    public LinkedPage {
        citations = List.copyOf(citations);
    }
}
