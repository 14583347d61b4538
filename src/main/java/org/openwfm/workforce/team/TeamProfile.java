package org.openwfm.workforce.team;

import java.util.List;

/** A team as other features read it: its name, its supervisor's id and its members' agent ids in id order. */
public record TeamProfile(String id, String name, String supervisorId, List<String> members) {

    public TeamProfile {
        members = List.copyOf(members);
    }

    static TeamProfile of(Team row) {
        return new TeamProfile(row.id, row.name, row.supervisorId, row.members);
    }
}
