package org.openwfm.activity;

import java.util.List;
import org.openwfm.workforce.team.SupervisorProfile;

/**
 * One session of an activity to place in a week: who attends (the supervisor apart from the agents, whose list
 * never holds the supervisor's own agent id), how long, within which window, how and how important.
 *
 * @param key "&lt;activityId&gt;" for a meeting, "&lt;activityId&gt;/&lt;agentId&gt;" for coaching,
 *     "&lt;activityId&gt;#&lt;n&gt;" for a training's n-th session
 * @param teamName the team's, or null when the activity names agents
 * @param supervisor null for a training without a trainer
 */
public record ActivitySession(
        String key,
        long activityId,
        ActivityKind kind,
        String name,
        String teamName,
        SupervisorProfile supervisor,
        List<String> agentIds,
        int lengthMinutes,
        ActivityWindow window,
        ActivityPlacement placement,
        int priority) {

    public ActivitySession {
        agentIds = List.copyOf(agentIds);
    }
}
