package org.openwfm.shared.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Answers kept for Idempotency-Key retries are forgotten after openwfm.idempotency.retention (7 days). */
@QuarkusTest
class IdempotencyRetentionTest {

    @Inject
    Idempotency idempotency;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Test
    void anAnswerOlderThanTheRetentionIsPurgedAFresherOneKept() {
        Instant now = clock.instant();
        store("retention-old", now.minus(Duration.ofDays(7)).minusSeconds(1));
        store("retention-fresh", now.minus(Duration.ofDays(7)).plusSeconds(60));

        int purged = idempotency.purgeOlderThanRetention(now);

        assertThat(purged).isEqualTo(1);
        assertThat(stored("retention-old")).isFalse();
        assertThat(stored("retention-fresh")).isTrue();
    }

    private void store(String key, Instant createdAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotentRequest request = new IdempotentRequest();
            request.username = "retention-test";
            request.requestKey = key;
            request.requestHash = "0".repeat(64);
            request.status = 201;
            request.responseBody = "{}";
            request.createdAt = createdAt;
            em.persist(request);
        });
    }

    private boolean stored(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.find(IdempotentRequest.class, new IdempotentRequest.Key("retention-test", key)) != null);
    }
}
