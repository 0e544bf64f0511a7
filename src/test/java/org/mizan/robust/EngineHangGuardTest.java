package org.mizan.robust;

import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Long adversarial inputs end well within a generous bound and keep every invariant: the families
 * issue 11 names (a 100 000-character line without spaces, 10^5 digits, a tatweel run, marks and
 * bidi controls alone) at full length, the others at 20 000 characters to keep the suite fast. Only
 * a hang guard: how time grows with size is measured by {@code org.mizan.bench.AnalysisScalingBenchmark}.
 */
class EngineHangGuardTest {

    static final int LONG = 100_000;
    static final int SHORTER = 20_000;

    static final Set<String> AT_FULL_LENGTH = Set.of("arabic letters, no spaces", "ascii digits",
            "arabic-indic digits", "mixed digit systems", "tatweel run", "combining marks alone", "bidi controls");

    @TestFactory
    Stream<DynamicTest> longAdversarialInputsEndAndKeepTheInvariants() {
        return Adversarial.families().entrySet().stream().map(e -> {
            IntFunction<String> family = e.getValue();
            int size = AT_FULL_LENGTH.contains(e.getKey()) ? LONG : SHORTER;
            return DynamicTest.dynamicTest(e.getKey() + " (" + size + " chars)",
                    () -> Guarded.analyzeAndCheck(family.apply(size)));
        });
    }
}
