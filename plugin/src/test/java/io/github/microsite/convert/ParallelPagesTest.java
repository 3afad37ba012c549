package io.github.microsite.convert;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelPagesTest {

    @Test
    void resultsComeBackInThePagesOrderWhateverFinishesFirst() {
        List<Integer> pages = IntStream.range(0, 40).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> results = ParallelPages.map(pages, 3, page -> {
            threads.add(Thread.currentThread().getName());
            sleep((40 - page) % 7); // later pages often finish first
            return "page " + page;
        });
        assertEquals(pages.stream().map(page -> "page " + page).toList(), results);
        assertTrue(threads.size() > 1 && threads.stream().allMatch(name -> name.startsWith("microsite-convert-")),
                "the work ran on the pool's threads: " + threads);
    }

    @Test
    void oneThreadWorksOnTheCallingThread() {
        String caller = Thread.currentThread().getName();
        assertEquals(List.of(caller, caller), ParallelPages.map(List.of(1, 2), 1, page -> Thread.currentThread().getName()));
    }

    @Test
    void theFirstFailingPageInOrderIsTheOneReported() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () ->
                ParallelPages.map(IntStream.range(0, 20).boxed().toList(), 4, page -> {
                    if (page == 5 || page == 15) {
                        sleep(page == 5 ? 30 : 0); // page 15 fails first in time
                        throw new IllegalStateException("page " + page);
                    }
                    return page;
                }));
        assertEquals("page 5", failure.getMessage());
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
