package org.openwfm.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.openwfm.access.AgentDirectory;
import org.openwfm.client.CertifiedAgents;
import org.openwfm.client.Channel;

/** What the features below workforce ask about agents, answered here so only workforce reads its tables. */
@ApplicationScoped
class AgentReferences implements AgentDirectory, CertifiedAgents {

    @Inject
    EntityManager em;

    @Override
    @Transactional
    public boolean exists(String agentId) {
        return ((Number) em.createNativeQuery("select count(*) from agent where id = ?1")
                                .setParameter(1, agentId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    @Override
    @Transactional
    public long certificationsFor(String clientId, Channel channel) {
        String sql = "select count(*) from agent_certification where client_id = ?1";
        var query = em.createNativeQuery(channel == null ? sql : sql + " and channel = ?2")
                .setParameter(1, clientId);
        if (channel != null) {
            query.setParameter(2, channel.name());
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
