package org.openwfm.roster.solver.move;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

/** New weeks for a few agents at once: every agent-day changed in one step, since the change only pays as a whole. */
final class RerosterMove extends AbstractMove<Roster> {

    /** One agent-day and the option it takes (null for a day off). */
    record Change(ShiftAssignment day, ShiftOption option) {}

    private final List<Change> changes;

    RerosterMove(List<Change> changes) {
        this.changes = changes;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        return changes.stream().anyMatch(change -> !Objects.equals(change.day().getOption(), change.option()));
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
        for (Change change : changes) {
            scoreDirector.beforeVariableChanged(change.day(), "option");
            change.day().setOption(change.option());
            scoreDirector.afterVariableChanged(change.day(), "option");
        }
    }

    @Override
    public RerosterMove rebase(ScoreDirector<Roster> destination) {
        return new RerosterMove(changes.stream()
                .map(change -> new Change(
                        destination.lookUpWorkingObject(change.day()),
                        change.option() == null ? null : destination.lookUpWorkingObject(change.option())))
                .toList());
    }

    @Override
    public List<ShiftAssignment> getPlanningEntities() {
        return changes.stream().map(Change::day).toList();
    }

    @Override
    public List<ShiftOption> getPlanningValues() {
        return changes.stream().map(Change::option).filter(Objects::nonNull).toList();
    }

    @Override
    public String toString() {
        return changes.stream()
                .map(change -> change.day().getId() + " -> " + change.option())
                .collect(Collectors.joining(", "));
    }
}
