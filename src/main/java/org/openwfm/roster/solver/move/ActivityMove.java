package org.openwfm.roster.solver.move;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.Roster;

/**
 * A session to a new start, with the attendees' shifts that must follow it in the same step: a session that must lie
 * inside shifts can only move where every attendee is on shift, which one change at a time would never reach.
 */
final class ActivityMove extends AbstractMove<Roster> {

    private final ActivityAssignment session;
    private final Integer start;
    private final List<RerosterMove.Change> shifts;

    ActivityMove(ActivityAssignment session, Integer start, List<RerosterMove.Change> shifts) {
        this.session = session;
        this.start = start;
        this.shifts = shifts;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        return !Objects.equals(session.getStart(), start)
                || shifts.stream()
                        .anyMatch(change -> !Objects.equals(change.day().getOption(), change.option()));
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
        for (RerosterMove.Change change : shifts) {
            scoreDirector.beforeVariableChanged(change.day(), "option");
            change.day().setOption(change.option());
            scoreDirector.afterVariableChanged(change.day(), "option");
        }
        scoreDirector.beforeVariableChanged(session, "start");
        session.setStart(start);
        scoreDirector.afterVariableChanged(session, "start");
    }

    /** The move that puts back what this one changes, as things are now. */
    ActivityMove undo() {
        return new ActivityMove(
                session,
                session.getStart(),
                shifts.stream()
                        .map(change -> new RerosterMove.Change(
                                change.day(), change.day().getOption()))
                        .toList());
    }

    @Override
    public ActivityMove rebase(ScoreDirector<Roster> destination) {
        return new ActivityMove(
                destination.lookUpWorkingObject(session),
                start,
                shifts.stream()
                        .map(change -> new RerosterMove.Change(
                                destination.lookUpWorkingObject(change.day()),
                                change.option() == null ? null : destination.lookUpWorkingObject(change.option())))
                        .toList());
    }

    @Override
    public List<Object> getPlanningEntities() {
        List<Object> entities = new ArrayList<>(List.of(session));
        shifts.forEach(change -> entities.add(change.day()));
        return entities;
    }

    @Override
    public List<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        if (start != null) {
            values.add(start);
        }
        shifts.stream()
                .map(RerosterMove.Change::option)
                .filter(Objects::nonNull)
                .forEach(values::add);
        return values;
    }

    @Override
    public String toString() {
        return session.getId() + " -> " + start
                + shifts.stream()
                        .map(change -> ", " + change.day().getId() + " -> " + change.option())
                        .collect(Collectors.joining());
    }
}
