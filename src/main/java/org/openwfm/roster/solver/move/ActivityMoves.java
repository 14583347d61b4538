package org.openwfm.roster.solver.move;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.Roster;

/**
 * A random session to a random start it may take, its attendees' shifts following ({@link ActivityFit}); now and
 * then a placed session left out instead, so the search can trade one session's hour for another's.
 */
public final class ActivityMoves implements MoveIteratorFactory<Roster, ActivityMove> {

    /** Share of moves that take a session out: rare, as a session out costs far more than any placement. */
    private static final double UNPLACE_SHARE = 0.02;

    private List<ActivityAssignment> movable;
    private ActivityFit fit;

    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        Roster roster = scoreDirector.getWorkingSolution();
        movable = roster.getActivities().stream()
                .filter(session -> !session.isPinned() && !session.getStarts().isEmpty())
                .toList();
        fit = new ActivityFit(roster);
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        return movable.stream().mapToLong(session -> session.getStarts().size()).sum();
    }

    @Override
    public Iterator<ActivityMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException("Session moves are only picked at random");
    }

    @Override
    public Iterator<ActivityMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public ActivityMove next() {
                ActivityAssignment session = movable.get(random.nextInt(movable.size()));
                if (session.isPlaced() && random.nextDouble() < UNPLACE_SHARE) {
                    return new ActivityMove(session, null, List.of());
                }
                List<Integer> starts = session.getStarts();
                ActivityMove move = fit.at(session, starts.get(random.nextInt(starts.size())));
                // No way to hold it there: a move that changes nothing, which Timefold skips as not doable.
                return move != null ? move : new ActivityMove(session, session.getStart(), List.of());
            }
        };
    }
}
