package io.github.microsite.link;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeUrlsTest {

    @Test
    void fromTheTopFolderAUrlIsThePathItself() {
        assertEquals("chapters/one/index.html", RelativeUrls.between("", "chapters/one/index.html"));
    }

    @Test
    void betweenSiblingsItClimbsOnlyToTheCommonFolder() {
        assertEquals("../two/index.html", RelativeUrls.between("chapters/one", "chapters/two/index.html"));
    }

    @Test
    void toTheTopItClimbsEveryFolder() {
        assertEquals("../../index.html", RelativeUrls.between("chapters/one", "index.html"));
        assertEquals("../../assets/css/site.css", RelativeUrls.between("chapters/one", "assets/css/site.css"));
    }

    @Test
    void theRootPathHasOneStepPerFolder() {
        assertEquals("", RelativeUrls.toRoot(""));
        assertEquals("../../", RelativeUrls.toRoot("chapters/one"));
    }
}
