package org.corroborate.eval.extraction;

import java.util.Locale;

/**
 * How fast ingest and clean ran over the benchmark pages: pages per second of wall-clock time on a number of
 * threads, and pages per second of CPU time summed over those threads. On a shared machine the wall-clock
 * figure also measures the other users; the CPU figure times {@code threads} gives what the same threads
 * would do on as many idle cores.
 */
public record Throughput(int threads, int pages, double wallPagesPerSecond, double pagesPerCpuSecond) {

    public Throughput {
        if (threads < 1 || pages < 0) {
            throw new IllegalArgumentException("throughput needs at least one thread and a page count, was threads="
                    + threads + " pages=" + pages);
        }
    }

    /** Pages per second that {@code threads} idle cores would give. */
    public double idleCoresPagesPerSecond() {
        return pagesPerCpuSecond * threads;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f pages/s wall-clock on %d threads; %.1f pages per CPU-second,"
                + " i.e. %.1f pages/s on %d idle cores (%d pages)", wallPagesPerSecond, threads, pagesPerCpuSecond,
                idleCoresPagesPerSecond(), threads, pages);
    }
}
