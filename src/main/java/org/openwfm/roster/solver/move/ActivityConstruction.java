package org.openwfm.roster.solver.move;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.Roster;

/**
 * Places the sessions after the shifts are built, the hardest first ({@link ActivityFit#hardestFirst}): each takes
 * the start, with its attendees' shifts following, that leaves the best score, which is where it costs the least
 * service. A session no start can hold without breaking a hard rule stays out, and the score counts it so.
 */
public final class ActivityConstruction implements PhaseCommand<Roster> {

    /**
     * Starts tried per session, spread evenly over its window: enough to find the trough of a day's demand at
     * 30-minute starts over three days, while a week of a thousand sessions still builds in seconds.
     */
    private static final int STARTS_TRIED = 48;

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Roster roster = scoreDirector.getWorkingSolution();
        ActivityFit fit = new ActivityFit(roster);
        @SuppressWarnings("unchecked")
        InnerScoreDirector<Roster, HardMediumSoftScore> scores =
                (InnerScoreDirector<Roster, HardMediumSoftScore>) scoreDirector;
        List<ActivityAssignment> unplaced = roster.getActivities().stream()
                .filter(session -> !session.isPinned() && !session.isPlaced())
                .sorted(ActivityFit.hardestFirst())
                .toList();
        for (ActivityAssignment session : unplaced) {
            place(session, fit, scores);
        }
    }

    private static void place(
            ActivityAssignment session, ActivityFit fit, InnerScoreDirector<Roster, HardMediumSoftScore> scores) {
        HardMediumSoftScore best = scores.calculateScore().raw();
        ActivityMove bestMove = null;
        List<Integer> starts = session.getStarts();
        int step = Math.max(1, (starts.size() + STARTS_TRIED - 1) / STARTS_TRIED);
        for (int i = 0; i < starts.size(); i += step) {
            ActivityMove move = fit.at(session, starts.get(i));
            if (move == null) {
                continue;
            }
            ActivityMove undo = move.undo();
            move.doMoveOnly(scores);
            HardMediumSoftScore score = scores.calculateScore().raw();
            undo.doMoveOnly(scores);
            if (score.compareTo(best) > 0) {
                best = score;
                bestMove = move;
            }
        }
        if (bestMove != null) {
            bestMove.doMoveOnly(scores);
            scores.calculateScore();
        }
    }
}
