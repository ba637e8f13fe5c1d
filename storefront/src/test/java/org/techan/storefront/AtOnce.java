package org.techan.storefront;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The same request from several threads released together: a double tap, or many clients at one instant. */
final class AtOnce {

    private AtOnce() {}

    /** Sends {@code copies} copies of the request together and answers what each got, in order. */
    static <T> List<T> send(int copies, Callable<T> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(copies);
        try {
            CyclicBarrier start = new CyclicBarrier(copies);
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            List<T> responses = new ArrayList<>();
            for (Future<T> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }
}
