package org.openwfm.roster.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.LocalDate;
import java.util.List;
import org.openwfm.client.ChannelKey;

/**
 * One agent on one local day: the shift it works that day, or none. The entity count is fixed
 * (agents × days); the options offered already respect the agent's availability, time off,
 * certifications and the channels' opening hours.
 */
@PlanningEntity
public class ShiftAssignment {

    @PlanningId
    private String id;

    private PlanningAgent agent;
    private LocalDate date;
    /** Local day of the agent counted from the horizon's first day, for consecutive-day rules. */
    private int dayIndex;

    private List<ShiftOption> options;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "shiftOptions")
    private ShiftOption option;

    public ShiftAssignment() {}

    public ShiftAssignment(PlanningAgent agent, LocalDate date, int dayIndex, List<ShiftOption> options) {
        this.id = agent.id() + "/" + date;
        this.agent = agent;
        this.date = date;
        this.dayIndex = dayIndex;
        this.options = options;
    }

    public String getId() {
        return id;
    }

    public PlanningAgent getAgent() {
        return agent;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getDayIndex() {
        return dayIndex;
    }

    @ValueRangeProvider(id = "shiftOptions")
    public List<ShiftOption> getOptions() {
        return options;
    }

    public void setOptions(List<ShiftOption> options) {
        this.options = options;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public ShiftOption getOption() {
        return option;
    }

    public void setOption(ShiftOption option) {
        this.option = option;
    }

    // Domain questions the constraints ask, one step per line.

    public boolean isWorking() {
        return option != null;
    }

    public int start() {
        return option.start();
    }

    public int end() {
        return option.end();
    }

    public int minutes() {
        return option == null ? 0 : option.minutes();
    }

    public int minutesOutsidePreferredHours() {
        return option == null ? 0 : agent.outsidePreferred(start(), end()) * option.grainMinutes();
    }

    public int talkMinutes() {
        return option == null ? 0 : option.talkMinutes();
    }

    public ChannelKey channel() {
        return option.channel();
    }

    /** Minutes by which this shift and another overlap. */
    public int overlapMinutes(ShiftAssignment other) {
        int overlap = Math.max(0, Math.min(end(), other.end()) - Math.max(start(), other.start()));
        return overlap * option.grainMinutes();
    }

    /** Minutes from the end of this shift to the start of a later one. */
    public int gapMinutesBefore(ShiftAssignment later) {
        return (later.start() - end()) * option.grainMinutes();
    }

    @Override
    public String toString() {
        return id + " " + (option == null ? "off" : option);
    }
}
