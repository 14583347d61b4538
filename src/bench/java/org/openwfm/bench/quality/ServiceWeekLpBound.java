package org.openwfm.bench.quality;

import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.problem.ClientGroups.ClientGroup;
import org.openwfm.roster.problem.RosterProblemBuilder;

/**
 * The {@link LpBound} of a week as the service itself builds it, from the clients, agents and staffing in its
 * database (the scale-out benchmark's week exists nowhere else). Runs in the service's own application with the
 * service's {@link RosterProblemBuilder}, so the rosters are the ones a solve job gets: split into the independent
 * client groups a job is split into, each group's roster built as its part is, for the week as it stands (no
 * published shifts). Prints one line per group and the sum.
 *
 * <p>A named main: only a build that selects it ({@code -Dquarkus.package.main-class=lp-bound}) starts here, every
 * other build keeps the service's own main. Run through {@code bench/lp-bound.sh}.
 *
 * <pre>lp-bound WEEK_START [CLIENT_ID ...]   (all clients when none is given)</pre>
 */
@QuarkusMain(name = "lp-bound")
public class ServiceWeekLpBound implements QuarkusApplication {

    @Inject
    RosterProblemBuilder builder;

    /** GLOP's time limit per group; the largest scale-out group has 0.66 million options. */
    @ConfigProperty(name = "lp-bound.seconds", defaultValue = "1800")
    double lpSeconds;

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            System.err.println("usage: lp-bound WEEK_START [CLIENT_ID ...]");
            return 2;
        }
        LocalDate weekStart = LocalDate.parse(args[0]);
        List<String> clientIds = List.of(args).subList(1, args.length);
        List<ClientGroup> groups = builder.groups(weekStart, clientIds, List.of());
        System.out.printf(
                "LP bound on contacts at stake (medium), week of %s, %d independent client groups%n",
                weekStart, groups.size());
        System.out.println(
                "| group | clients | agents | agent-days | shift options | LP bound: medium | build s | LP s |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        // The medium score is a sum over coverage slots, each slot belongs to one client, and no agent works for two
        // groups: a whole-week plan is the groups' plans side by side and its medium the sum of theirs
        // (ClientGroups). So the groups' bounds add up to a bound on the whole week.
        long total = 0;
        boolean complete = true;
        int number = 0;
        for (ClientGroup group : groups) {
            number++;
            long started = System.nanoTime();
            Roster roster = builder.build(weekStart, group.clientIds()).roster();
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            long bound = LpBound.medium(roster, lpSeconds);
            double lpSecondsTaken = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "| %d | %s | %,d | %,d | %,d | %s | %.1f | %.1f |%n",
                    number,
                    String.join(", ", group.clientIds()),
                    roster.getAgents().size(),
                    roster.getAssignments().size(),
                    roster.getAssignments().stream()
                            .mapToLong(day -> day.getOptions().size())
                            .sum(),
                    bound < 0 ? "not solved in " + lpSeconds + " s" : String.format(Locale.ROOT, "%,d", bound),
                    buildSeconds,
                    lpSecondsTaken);
            complete &= bound >= 0;
            total += Math.max(0, bound);
        }
        System.out.printf(
                Locale.ROOT,
                "Sum over the groups: %s%n",
                complete ? String.format(Locale.ROOT, "%,d", total) : "incomplete (a group's LP did not finish)");
        return complete ? 0 : 1;
    }
}
