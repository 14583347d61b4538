package org.openwfm.shared.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.openwfm.shared.Digests;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;

/**
 * Makes a write safe to retry: with an {@code Idempotency-Key}, the write and its answer are stored in
 * one transaction, and the same key from the same user gets the first answer back without writing again.
 * Kept in the database so any replica can answer the retry.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    OpenWfmConfig config;

    /**
     * Runs {@code write} once per key. The write runs inside the transaction begun here; only 2xx
     * answers are remembered, so a refused request may be corrected and sent again with the same key.
     */
    public Response once(String key, String username, String fingerprint, Supplier<Response> write) {
        if (key == null || key.isBlank()) {
            return write.get();
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalidField(HEADER, "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        String hash = Digests.sha256Hex(fingerprint);
        Response earlier = replay(username, key, hash);
        if (earlier != null) {
            return earlier;
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Response response = write.get();
                if (response.getStatus() / 100 == 2) {
                    remember(username, key, hash, response);
                }
                return response;
            });
        } catch (RuntimeException e) {
            // A concurrent request with the same key committed first: answer as it did.
            Response raced = replay(username, key, hash);
            if (raced != null) {
                return raced;
            }
            throw e;
        }
    }

    /**
     * Forgets answers older than {@code openwfm.idempotency.retention}. Every replica runs this; the delete is
     * idempotent, so two running at once only repeat each other's work (as the event log's purge does).
     */
    @Scheduled(
            every = "1h",
            delayed = "1m",
            executeWith = Scheduled.SIMPLE,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeExpired() {
        purgeOlderThanRetention(clock.instant());
    }

    /** Deletes the answers stored before {@code now} minus the retention; returns how many. */
    @Transactional
    public int purgeOlderThanRetention(Instant now) {
        Instant cutoff = now.minus(config.idempotency().retention());
        return em.createQuery("delete from IdempotentRequest where createdAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    private Response replay(String username, String key, String hash) {
        IdempotentRequest stored = QuarkusTransaction.requiringNew()
                .call(() -> em.find(IdempotentRequest.class, new IdempotentRequest.Key(username, key)));
        if (stored == null) {
            return null;
        }
        if (!stored.requestHash.equals(hash)) {
            throw ProblemException.unprocessable(
                    "Idempotency-Key '" + key + "' was already used for a different request");
        }
        Response.ResponseBuilder builder = Response.status(stored.status)
                .type(MediaType.APPLICATION_JSON)
                .entity(stored.responseBody)
                .header("Idempotent-Replayed", "true");
        if (stored.location != null) {
            builder.location(URI.create(stored.location));
        }
        return builder.build();
    }

    private void remember(String username, String key, String hash, Response response) {
        IdempotentRequest stored = new IdempotentRequest();
        stored.username = username;
        stored.requestKey = key;
        stored.requestHash = hash;
        stored.status = response.getStatus();
        stored.location =
                response.getLocation() == null ? null : response.getLocation().toString();
        stored.responseBody = toJson(response.getEntity());
        stored.createdAt = clock.instant();
        em.persist(stored);
        em.flush();
    }

    private String toJson(Object entity) {
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer cannot be written as JSON", e);
        }
    }
}
