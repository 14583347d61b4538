package org.openwfm.forecast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.openwfm.client.Channel;
import org.openwfm.client.StoredForecasts;

/** What clients ask about the forecast and actual rows that refer to them, answered here so only forecasts read their table. */
@ApplicationScoped
class ForecastReferences implements StoredForecasts {

    @Inject
    EntityManager em;

    @Override
    @Transactional
    public long intervalsOf(String clientId, Channel channel) {
        return count("select count(*) from forecast_interval where client_id = ?1", clientId, channel);
    }

    /** Actual rows belong to the forecast feature too (its actuals package); counted here beside forecast rows. */
    @Override
    @Transactional
    public long actualIntervalsOf(String clientId, Channel channel) {
        return count("select count(*) from actual_interval where client_id = ?1", clientId, channel);
    }

    private long count(String sql, String clientId, Channel channel) {
        var query = em.createNativeQuery(channel == null ? sql : sql + " and channel = ?2")
                .setParameter(1, clientId);
        if (channel != null) {
            query.setParameter(2, channel.name());
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
