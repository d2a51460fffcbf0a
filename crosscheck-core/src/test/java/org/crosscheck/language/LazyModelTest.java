package org.crosscheck.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyModelTest {

    @Test
    void manyThreadsAskingAtOnceLoadTheModelOnceAndShareIt() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        LazyModel<Object> model = LazyModel.of(() -> {
            loads.incrementAndGet();
            sleep();
            return new Object();
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> got = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return model.get();
                }));
            }
            start.countDown();
            Object first = got.get(0).get();
            for (Future<Object> f : got) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(loads).hasValue(1);
        assertThat(model.get()).isNotNull();
        assertThat(loads).hasValue(1);
    }

    @Test
    void aLoadThatFailsIsTriedAgainOnTheNextCall() {
        AtomicInteger calls = new AtomicInteger();
        LazyModel<String> model = LazyModel.of(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("model file missing");
            }
            return "loaded";
        });
        assertThatThrownBy(model::get).hasMessageContaining("model file missing");
        assertThat(model.get()).isEqualTo("loaded");
        assertThat(calls).hasValue(2);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
