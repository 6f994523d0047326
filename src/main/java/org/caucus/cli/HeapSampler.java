package org.caucus.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap every few milliseconds and keeps the highest value. The memory pools'
 * own peaks cannot simply be added up: each pool peaks at a different moment.
 */
final class HeapSampler {

    private static final long INTERVAL_MILLIS = 20;

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakAfterCollection = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        thread = Thread.ofPlatform().daemon().name("heap-sampler").unstarted(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                peakAfterCollection.accumulateAndGet(liveAfterLastCollection(), Math::max);
                try {
                    Thread.sleep(INTERVAL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    /**
     * What the heap pools held right after their last collection: the data really kept, without
     * the garbage that a small heap lets pile up until the next collection.
     */
    private static long liveAfterLastCollection() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterCollection != null) {
                live += afterCollection.getUsed();
            }
        }
        return live;
    }

    /** @return the highest heap in use just after a collection, in bytes; call after {@link #stop()} */
    long peakAfterCollection() {
        return peakAfterCollection.get();
    }

    /** @return the highest used heap seen, in bytes */
    long stop() {
        running = false;
        thread.interrupt();
        return peak.get();
    }
}
