package org.openwfm.workforce.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openwfm.access.SupervisorDirectory;

/** What sign-in asks about supervisors, answered here so only workforce reads their table. */
@ApplicationScoped
class SupervisorReferences implements SupervisorDirectory {

    @Inject
    SupervisorRepository supervisors;

    @Override
    @Transactional
    public boolean exists(String supervisorId) {
        return supervisors.findByIdOptional(supervisorId).isPresent();
    }
}
