package org.techan.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.techan.search.Facets;
import org.techan.search.SearchQuery;
import org.techan.search.SearchResult;

class RecentResultsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private final AtomicInteger engineRuns = new AtomicInteger();

    private SearchResult engine() {
        return new SearchResult(List.of(), engineRuns.incrementAndGet(), Facets.none(), 0, 20, false, null);
    }

    @Test
    void shouldAnswerAQueryAskedAgainFromMemoryUntilTheIndexChanges() throws Exception {
        RecentResults results = new RecentResults(Duration.ofMinutes(1));
        SearchQuery liGan = SearchQuery.text("李干");

        SearchResult first = results.answer(liGan, TODAY, this::engine);
        SearchResult again = results.answer(liGan, TODAY, this::engine);
        results.answer(SearchQuery.text("小米"), TODAY, this::engine);
        results.answer(liGan, TODAY.plusDays(1), this::engine);

        assertThat(again).isSameAs(first);
        assertThat(engineRuns)
                .as("another query and another day are asked anew")
                .hasValue(3);

        results.forgetAll();
        assertThat(results.answer(liGan, TODAY, this::engine).total())
                .as("after an index change the engine answers")
                .isEqualTo(4);
    }

    @Test
    void shouldNotKeepAnAnswerBegunBeforeTheIndexChanged() throws Exception {
        RecentResults results = new RecentResults(Duration.ofMinutes(1));
        SearchQuery liGan = SearchQuery.text("李干");

        results.answer(liGan, TODAY, () -> {
            SearchResult stale = engine();
            results.forgetAll(); // a write lands while the engine answers
            return stale;
        });
        results.answer(liGan, TODAY, this::engine);

        assertThat(engineRuns).hasValue(2);
    }

    @Test
    void shouldAskTheEngineOnceForShoppersAskingTheSameAtOnce() throws Exception {
        RecentResults results = new RecentResults(Duration.ofMinutes(1));
        SearchQuery liGan = SearchQuery.text("李干");
        CountDownLatch engineStarted = new CountDownLatch(1);
        CountDownLatch engineMayAnswer = new CountDownLatch(1);
        ExecutorService shoppers = Executors.newFixedThreadPool(8);
        try {
            List<Future<SearchResult>> answers = new ArrayList<>();
            answers.add(shoppers.submit(() -> results.answer(liGan, TODAY, () -> {
                engineStarted.countDown();
                awaitFor(engineMayAnswer);
                return engine();
            })));
            engineStarted.await();
            for (int i = 0; i < 7; i++) {
                answers.add(shoppers.submit(() -> results.answer(liGan, TODAY, this::engine)));
            }
            Thread.sleep(100); // the seven are waiting on the search under way
            engineMayAnswer.countDown();
            for (Future<SearchResult> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS).total()).isEqualTo(1);
            }
            assertThat(engineRuns).hasValue(1);
        } finally {
            shoppers.shutdownNow();
        }
    }

    @Test
    void shouldPassOnTheEnginesFailureAndKeepNothing() {
        RecentResults results = new RecentResults(Duration.ofMinutes(1));
        SearchQuery liGan = SearchQuery.text("李干");

        assertThatThrownBy(() -> results.answer(liGan, TODAY, () -> {
                    throw new IOException("engine down");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("engine down");
        assertThatCode(() -> results.answer(liGan, TODAY, this::engine)).doesNotThrowAnyException();
        assertThat(engineRuns).hasValue(1);
    }

    @Test
    void shouldAskTheEngineAgainOnceTheAnswerIsOlderThanItsTimeToLive() throws Exception {
        RecentResults results = new RecentResults(Duration.ofMillis(50));
        SearchQuery liGan = SearchQuery.text("李干");

        results.answer(liGan, TODAY, this::engine);
        Thread.sleep(120);
        results.answer(liGan, TODAY, this::engine);

        assertThat(engineRuns).hasValue(2);
    }

    private static void awaitFor(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
