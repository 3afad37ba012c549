package io.github.microsite.route;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microsite.convert.ConvertedPage;
import io.github.microsite.model.CollectionConfig;
import io.github.microsite.model.Dataset;

import java.util.Optional;

/**
 * What a page is made from. Every page has an address - the content-relative path an AsciiDoc {@code xref:} names
 * it by, whether or not a file of that name exists - and may have an AsciiDoc body.
 */
public sealed interface PageSource {

    /** The path an {@code xref:} names the page by: {@code chapters/preface.adoc}, {@code industries/finance.adoc}. */
    String address();

    /** The converted AsciiDoc that is the page, or is merged into it. */
    Optional<ConvertedPage> body();

    /** An AsciiDoc file of the content folder. */
    record Asciidoc(ConvertedPage page) implements PageSource {
        @Override
        public String address() {
            return page.source().relativePath();
        }

        @Override
        public Optional<ConvertedPage> body() {
            return Optional.of(page);
        }
    }

    /** The home page the build makes when the content folder has no {@code index.adoc}. */
    record GeneratedHome() implements PageSource {
        @Override
        public String address() {
            return "index.adoc";
        }

        @Override
        public Optional<ConvertedPage> body() {
            return Optional.empty();
        }
    }

    /**
     * One row of a collection's dataset.
     *
     * @param pointer the row's JSON pointer in the dataset file, {@code /rows/3}
     */
    record CollectionRow(CollectionConfig collection, Dataset dataset, String pointer, JsonNode row, String address,
                         Optional<ConvertedPage> body) implements PageSource {
    }

    /** The page listing every row of a collection. */
    record CollectionOverview(CollectionConfig collection, Dataset dataset, String address,
                              Optional<ConvertedPage> body) implements PageSource {
    }
}
