package dev.flashkit.benchmarks.cputime;

import dev.flashkit.benchmarks.jmh.MessageCycleBenchmark;
import dev.flashkit.benchmarks.jmh.SessionCodecBenchmark;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cross-check of the JMH ratios for shared, overloaded machines: runs the very same benchmark methods
 * (same state classes) in one thread, interleaved round by round, and measures the thread's <em>CPU</em> time
 * per operation, which time spent descheduled does not inflate the way it inflates wall-clock time. Prints
 * the median of the rounds per operation and the ratios to the raw AES-GCM floor.
 *
 * <pre>java -cp flashkit-benchmarks/target/benchmarks.jar dev.flashkit.benchmarks.cputime.CpuTimeRatios</pre>
 */
public final class CpuTimeRatios {
    private static final int ROUNDS = 9;
    private static final int OPS_PER_ROUND = 20_000;
    private static volatile Object sink;

    private interface Op {
        Object run() throws Exception;
    }

    private CpuTimeRatios() {}

    public static void main(String[] args) throws Exception {
        SessionCodecBenchmark session = new SessionCodecBenchmark();
        session.setUp();
        MessageCycleBenchmark messages = new MessageCycleBenchmark();
        messages.setUp();
        Map<String, Op> ops = new LinkedHashMap<>();
        ops.put("SessionCodecBenchmark.rawAesGcm", session::rawAesGcm);
        ops.put("SessionCodecBenchmark.sessionOpenSeal", session::sessionOpenSeal);
        ops.put("SessionCodecBenchmark.requestCycle", session::requestCycle);
        ops.put("MessageCycleBenchmark.rawAesGcm", messages::rawAesGcm);
        ops.put("MessageCycleBenchmark.flashCycle", messages::flashCycle);
        ops.put("MessageCycleBenchmark.show", messages::show);
        ops.put("MessageCycleBenchmark.add", messages::add);

        for (Op op : ops.values()) {
            measure(op, 100_000); // warm-up: let the JIT compile every path
        }
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Op> e : ops.entrySet()) {
                samples.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(measure(e.getValue(), OPS_PER_ROUND));
            }
        }
        Map<String, Double> median = new LinkedHashMap<>();
        samples.forEach((name, values) -> median.put(name, median(values)));
        median.forEach((name, ns) -> System.out.printf("%-40s %8.0f ns/op (CPU)%n", name, ns));
        System.out.printf(
                "sessionOpenSeal / rawAesGcm = %.2f (goal <= 2)%n",
                median.get("SessionCodecBenchmark.sessionOpenSeal") / median.get("SessionCodecBenchmark.rawAesGcm"));
        System.out.printf(
                "flashCycle / rawAesGcm      = %.2f (goal <= 3)%n",
                median.get("MessageCycleBenchmark.flashCycle") / median.get("MessageCycleBenchmark.rawAesGcm"));
    }

    private static double measure(Op op, int count) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < count; i++) {
            sink = op.run();
        }
        return (threads.getCurrentThreadCpuTime() - start) / (double) count;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
