package io.smm.membership.pricing;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time to build one store's index from 10,000 IndexedRules (cold-ish: single shots). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 20)
@Measurement(iterations = 20)
@State(Scope.Benchmark)
public class IndexRebuildBenchmark {

    PricingData data;

    @Setup(Level.Trial)
    public void setUp() {
        data = new PricingData(42L);
    }

    @Benchmark
    public PriceRuleIndex.StoreRules rebuildIndex() {
        return data.buildIndex();
    }
}
