package org.openwfm.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import org.openwfm.shared.Digests;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.workforce.AgentDirectory;

/**
 * The secret that opens an agent's calendar feed: 256 random bits, handed out once, kept only as its SHA-256 (a
 * random token needs no slow hash). Each change runs under the agent's row lock, so two first reads of the feed link
 * issue one token, and a rotation is in effect the moment it commits.
 */
@ApplicationScoped
public class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    /** Longer than any token this service issues: not worth hashing. */
    private static final int MAX_TOKEN_LENGTH = 128;
    /** Compared against when the agent has no token, so an unknown agent costs what a known one does. */
    private static final byte[] NO_TOKEN = new byte[TOKEN_BYTES];

    @Inject
    EntityManager em;

    @Inject
    AgentDirectory agents;

    @Inject
    Clock clock;

    /** The agent's token in effect: issued now (and shown) when it has none, otherwise only when it was issued. */
    @Transactional
    public CalendarFeedLink current(String agentId) {
        lockAgent(agentId);
        FeedToken held = em.find(FeedToken.class, agentId);
        return held == null ? issue(agentId, null) : new CalendarFeedLink(null, held.createdAt);
    }

    /** A new token for the agent; the one before opens nothing from now on. */
    @Transactional
    public CalendarFeedLink rotate(String agentId) {
        lockAgent(agentId);
        return issue(agentId, em.find(FeedToken.class, agentId));
    }

    /** Takes the agent's token away without a new one: the feed is closed until the agent asks for its link again. */
    @Transactional
    public void revoke(String agentId) {
        lockAgent(agentId);
        FeedToken held = em.find(FeedToken.class, agentId);
        if (held != null) {
            em.remove(held);
        }
    }

    /** Whether the token opens this agent's feed; the hashes are compared in constant time. */
    @Transactional
    public boolean opens(String agentId, String token) {
        if (agentId == null || token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return false;
        }
        FeedToken held = em.find(FeedToken.class, agentId);
        byte[] offered = HexFormat.of().parseHex(Digests.sha256Hex(token));
        byte[] expected = held == null ? NO_TOKEN : HexFormat.of().parseHex(held.tokenHash);
        return MessageDigest.isEqual(offered, expected) && held != null;
    }

    private CalendarFeedLink issue(String agentId, FeedToken previous) {
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        FeedToken row = previous != null ? previous : new FeedToken();
        row.agentId = agentId;
        row.tokenHash = Digests.sha256Hex(token);
        row.createdAt = clock.instant();
        if (previous == null) {
            em.persist(row);
        }
        return new CalendarFeedLink(token, row.createdAt);
    }

    private void lockAgent(String agentId) {
        agents.lock(agentId).orElseThrow(() -> ProblemException.notFound("Agent", agentId));
    }
}
