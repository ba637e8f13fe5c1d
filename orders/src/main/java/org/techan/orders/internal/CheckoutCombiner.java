package org.techan.orders.internal;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techan.orders.OrderGroupView;
import org.techan.platform.ConflictException;
import org.techan.platform.TryAgainLaterException;

/**
 * Combines checkouts that arrive together into one transaction. During a flash sale every buyer
 * wants the same SKU row; one transaction per buyer would queue them all on that row's lock and
 * spend two dozen statements and a log flush on each. Here a few workers each take whatever
 * checkouts are waiting (up to {@link #MOST_TOGETHER}) and place them with one statement per
 * table and one commit. A lone checkout is placed as before, without waiting for company.
 *
 * <p>Every buyer still gets exactly the answer a lone checkout would: requests refused on their
 * own are refused alone, and when the combined write fails (a SKU too short for all of them, a
 * slot filling up, a key used meanwhile) nothing of it is kept and each buyer's checkout is placed
 * on its own, on the buyer's own thread. Nothing is acknowledged before its commit.
 *
 * <p>A committed batch's groups delivered to the door are answered from what was written. Groups
 * collected at a store, and a key's earlier group, are read by a separate answering thread, so the
 * workers go straight on to the next batch instead of reading what they just wrote.
 */
@Singleton
class CheckoutCombiner {

    static final int MOST_TOGETHER = 64;

    private static final Logger LOG = LoggerFactory.getLogger(CheckoutCombiner.class);

    private final Checkout checkout;
    private final OrderGroups groups;
    private final int workers;
    private final Duration patience;
    private final BlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private final ExecutorService answering = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "checkout-answers");
        thread.setDaemon(true);
        return thread;
    });
    private final java.util.concurrent.atomic.AtomicLong combined = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean open = true;

    /**
     * {@code workers}: batches placed at once. Two by default: while one batch holds the hot SKU's
     * row from its stock decrement to its commit, the next reads, prices and writes its orders,
     * and waits only for that row. Every batch takes its locks in the same order (buyers, pickup
     * slots, campaigns and coupons, SKUs, batches; each by id), so two batches queue, never
     * deadlock. {@code patience}: how long a checkout waits for a worker before it stops waiting
     * (a batch stuck on a lock or a slow database must not hold every buyer behind it).
     */
    CheckoutCombiner(
            Checkout checkout,
            OrderGroups groups,
            @Value("${techan.checkout.combining-workers:2}") int workers,
            @Value("${techan.checkout.combining-patience:5s}") Duration patience) {
        this.checkout = checkout;
        this.groups = groups;
        this.workers = Math.max(0, workers);
        this.patience = patience;
    }

    /** A checkout waiting for a worker; its answer is the group, or empty to place it alone. */
    private record Waiting(Checkout.Request request, CompletableFuture<Optional<OrderGroupView>> answer) {}

    /** Places the checkout, with whatever others arrive at the same moment, and answers its group. */
    OrderGroupView place(Checkout.Request request) {
        if (workers == 0 || !open) {
            return alone(request);
        }
        startWorkers();
        Waiting mine = new Waiting(request, new CompletableFuture<>());
        waiting.add(mine);
        Optional<OrderGroupView> placed;
        try {
            placed = mine.answer().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            if (waiting.remove(mine)) {
                // No worker has taken it: nothing of it is under way, so it is placed here instead.
                return alone(request);
            }
            // A worker holds it in a batch that has not ended: it may yet be placed, or not. The
            // buyer asks again with the same key and then gets the group or places it anew.
            LOG.warn("A combined checkout batch has been busy for over {}; answering 503", patience);
            throw new TryAgainLaterException("checkout.in-progress", Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the checkout was being placed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException("The checkout could not be placed", e.getCause());
        }
        return placed.orElseGet(() -> alone(request));
    }

    /** Checks a bulk order as {@link #placeBulk} would, placing nothing. */
    void checkBulk(org.techan.platform.Actor buyer, org.techan.orders.BulkOrderCommand command) {
        checkout.bulkRequest(buyer, command);
    }

    /** Places a bulk order in a transaction of its own: too big to share one with checkouts. */
    OrderGroupView placeBulk(org.techan.platform.Actor buyer, org.techan.orders.BulkOrderCommand command) {
        return alone(checkout.bulkRequest(buyer, command));
    }

    private OrderGroupView alone(Checkout.Request request) {
        Checkout.Together placed =
                Checkout.KeyTakenMeanwhile.answer(() -> checkout.placeOne(request), () -> groups.idByKey(
                                request.consumer().accountId(), request.key(), request.hash())
                        .map(won -> new Checkout.Together(won, null, null)));
        return placed.placed() != null ? placed.placed() : groups.view(placed.groupId());
    }

    private synchronized void startWorkers() {
        if (!threads.isEmpty() || !open) {
            return;
        }
        for (int i = 0; i < workers; i++) {
            Thread thread = new Thread(this::work, "checkout-combiner-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void work() {
        while (open) {
            List<Waiting> batch = new ArrayList<>();
            try {
                Waiting first = waiting.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MOST_TOGETHER - 1);
                placeTogether(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.forEach(one -> one.answer().complete(Optional.empty()));
                return;
            } catch (RuntimeException | Error e) {
                // Whatever went wrong, nobody may wait for ever: each places their own checkout.
                LOG.warn("Combined checkout of {} failed; each is placed on its own", batch.size(), e);
                batch.forEach(one -> one.answer().complete(Optional.empty()));
            }
        }
    }

    private void placeTogether(List<Waiting> batch) {
        if (batch.size() == 1) {
            batch.get(0).answer().complete(Optional.empty());
            return;
        }
        List<Checkout.Together> outcomes;
        try {
            outcomes =
                    checkout.placeTogether(batch.stream().map(Waiting::request).toList());
        } catch (ConflictException tooFewForAll) {
            // At the end of a sale there is stock for some of them, not all: the earlier half first.
            placeTogether(batch.subList(0, batch.size() / 2));
            placeTogether(batch.subList(batch.size() / 2, batch.size()));
            return;
        } catch (RuntimeException failed) {
            LOG.debug("Combined checkout of {} rolled back; each is placed on its own", batch.size(), failed);
            batch.forEach(one -> one.answer().complete(Optional.empty()));
            return;
        }
        // Committed: from here on every buyer may be told.
        List<Long> placed = new ArrayList<>();
        List<CompletableFuture<Optional<OrderGroupView>>> toAnswer = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Checkout.Together outcome = outcomes.get(i);
            CompletableFuture<Optional<OrderGroupView>> answer = batch.get(i).answer();
            if (outcome.refused() != null) {
                answer.completeExceptionally(outcome.refused());
            } else if (outcome.alone()) {
                answer.complete(Optional.empty());
            } else if (outcome.placed() != null) {
                combined.incrementAndGet();
                answer.complete(Optional.of(outcome.placed()));
            } else {
                combined.incrementAndGet();
                placed.add(outcome.groupId());
                toAnswer.add(answer);
            }
        }
        if (toAnswer.isEmpty()) {
            return;
        }
        try {
            answering.execute(() -> answer(placed, toAnswer));
        } catch (RejectedExecutionException closing) {
            answer(placed, toAnswer);
        }
    }

    /**
     * Reads the committed groups and hands them to their buyers. Should the read fail, each buyer
     * places the checkout again on their own, which answers the group their key already made.
     */
    private void answer(List<Long> placed, List<CompletableFuture<Optional<OrderGroupView>>> toAnswer) {
        try {
            List<OrderGroupView> views = groups.views(placed);
            for (int i = 0; i < toAnswer.size(); i++) {
                toAnswer.get(i).complete(Optional.of(views.get(i)));
            }
        } catch (RuntimeException | Error e) {
            LOG.warn("Placed checkouts {} could not be read back; each buyer reads their own", placed, e);
            toAnswer.forEach(one -> one.complete(Optional.empty()));
        }
    }

    /** How many checkouts have been answered together with others since start. */
    long combined() {
        return combined.get();
    }

    @PreDestroy
    void close() {
        open = false;
        threads.forEach(Thread::interrupt);
        answering.shutdown();
        List<Waiting> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(one -> one.answer().complete(Optional.empty()));
    }
}
