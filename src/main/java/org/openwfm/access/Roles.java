package org.openwfm.access;

import java.util.Set;

/** The five roles of the product; names as they appear in the users table and in @RolesAllowed. */
public final class Roles {

    public static final String PLANNER = "planner";
    public static final String FORECASTER = "forecaster";
    public static final String AGENT = "agent";
    public static final String ADMIN = "admin";
    /** Leads teams: reads its own teams and the activities it leads or attends. */
    public static final String SUPERVISOR = "supervisor";

    public static final Set<String> ALL = Set.of(PLANNER, FORECASTER, AGENT, ADMIN, SUPERVISOR);

    /** Security attribute carrying the agent id an agent user is bound to. */
    public static final String AGENT_ID_ATTRIBUTE = "openwfm.agentId";

    /** Security attribute carrying the supervisor id a supervisor user is bound to. */
    public static final String SUPERVISOR_ID_ATTRIBUTE = "openwfm.supervisorId";

    private Roles() {}
}
