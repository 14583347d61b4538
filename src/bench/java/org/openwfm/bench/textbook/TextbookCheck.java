package org.openwfm.bench.textbook;

/**
 * The published instances with known optima, solved by CP-SAT (the exact yardstick: if it does not prove these,
 * nothing it says about our instances can be trusted) and by Timefold on the service's own planning model.
 *
 * <pre>./mvnw -B -q -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
 * java -cp "target/classes:$(cat target/bench.classpath)" org.openwfm.bench.textbook.TextbookCheck [seconds]</pre>
 */
public final class TextbookCheck {

    private TextbookCheck() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        System.out.println("| instance | known optimum | CP-SAT shifts | CP-SAT bound | CP-SAT status | CP-SAT s "
                + "| Timefold shifts | Timefold agent-slots short | Timefold score |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (TextbookInstance instance : TextbookInstance.ALL) {
            CyclicCover.Answer exact = CyclicCover.solve(instance.demand(), instance.shiftPeriods(), seconds);
            CyclicRoster.Answer ours = CyclicRoster.solve(instance, seconds);
            System.out.printf("| %s | %d | %d | %.0f | %s | %.2f | %d | %d | %s |%n", instance.name(), instance.knownOptimum(),
                    exact.shifts(), exact.bound(), exact.status(), exact.seconds(), ours.shifts(), ours.agentSlotsShort(),
                    ours.score());
        }
    }
}
