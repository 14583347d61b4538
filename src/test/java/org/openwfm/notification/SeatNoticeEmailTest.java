package org.openwfm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openwfm.support.Api;
import org.openwfm.support.Desk;

/**
 * Open seats reach the agents who may claim them, by e-mail through a real SMTP server (GreenMail, on the loopback
 * port of the test configuration), in one digest per period; agents who may not claim them hear nothing.
 */
@QuarkusTest
class SeatNoticeEmailTest {

    /** Monday 2028-03-06; the desks are open 14:00–23:00 UTC, 07:00–16:00 in the agents' Phoenix. */
    static final String WEEK = "2028-03-06";

    static final String OPEN = "MONDAY 14:00-23:00";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(43125, "127.0.0.1", "smtp"));

    @Inject
    EmailDigests digests;

    @Test
    void aSeatTheAgentMayClaimArrivesByEmailAndNoneGoesToAgentsWhoMayNotClaimIt() throws Exception {
        Desk desk = Desk.open("ntf-mail", 24, OPEN);
        String claimer = desk.agent("NTM1", "MONDAY 07:00-17:00");
        // Its shortest shift is four hours: the two hours opened are not a claim it may make.
        String tooShort = agentWithFourHourShifts("NTM2", "ntf-mail");
        String uncertified = Desk.agent("NTM3", List.of(), "MONDAY 07:00-17:00");
        for (String agent : List.of(claimer, tooShort, uncertified)) {
            Inboxes.prefer(agent, Map.of("email", agent.toLowerCase() + "@example.org", "byEmail", true));
        }

        desk.release("2028-03-06T15:00:00Z", "2028-03-06T17:00:00Z", 2);

        List<Map<String, Object>> inbox = Inboxes.awaitNotices(claimer, 1);
        assertThat(inbox).singleElement().satisfies(notice -> {
            assertThat(notice.get("kind")).isEqualTo("OPEN_SEATS");
            assertThat(notice.get("title")).isEqualTo("Open seats on ntf-mail VOICE");
            assertThat((String) notice.get("text")).contains("Mon 6 Mar 08:00–10:00 (2 seats)");
            assertThat(notice.get("link")).isEqualTo("/agent.html?week=" + WEEK);
            assertThat(notice.get("read")).isEqualTo(false);
        });
        // Fewer than 100 agents are told in one transaction: once the claimer has its notice, the others are decided.
        assertThat(Inboxes.of(tooShort)).isEmpty();
        assertThat(Inboxes.of(uncertified)).isEmpty();

        sendUntilDelivered("ntm1@example.org");

        MimeMessage[] mails = mailsTo("ntm1@example.org", "ntm2@example.org", "ntm3@example.org");
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo("ntm1@example.org");
        assertThat(mails[0].getSubject()).isEqualTo("OpenWFM: Open seats on ntf-mail VOICE");
        assertThat((String) mails[0].getContent())
                .contains("Mon 6 Mar 08:00–10:00 (2 seats)")
                .contains("https://wfm.example.org/agent.html?week=" + WEEK);
    }

    @Test
    void twoOpeningsWithinThePeriodMakeOneEmailAndAThirdWaitsForThePeriodToPass() throws Exception {
        Desk desk = Desk.open("ntf-batch", 24, OPEN);
        String agent = desk.agent("NTB1", "MONDAY 07:00-17:00");
        Inboxes.prefer(agent, Map.of("email", "ntb1@example.org", "byEmail", true, "inApp", true));

        desk.release("2028-03-06T15:00:00Z", "2028-03-06T17:00:00Z", 1);
        Inboxes.awaitNotices(agent, 1);
        desk.release("2028-03-06T19:00:00Z", "2028-03-06T21:00:00Z", 1);
        Inboxes.awaitNotices(agent, 2);
        sendUntilDelivered("ntb1@example.org");

        MimeMessage[] mails = mailsTo("ntb1@example.org");
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("OpenWFM: 2 notifications");
        assertThat((String) mails[0].getContent())
                .contains("Mon 6 Mar 08:00–10:00 (1 seat)")
                .contains("Mon 6 Mar 12:00–14:00 (1 seat)");

        desk.release("2028-03-06T21:00:00Z", "2028-03-06T23:00:00Z", 1);
        Inboxes.awaitNotices(agent, 3);
        digests.sendDue();

        assertThat(mailsTo("ntb1@example.org"))
                .as("the third waits: the last e-mail is younger than the 15-minute period")
                .hasSize(1);
    }

    /** A full-time agent (shifts of 4 to 10 hours) certified for the client, with a user to sign in as. */
    private static String agentWithFourHourShifts(String agentId, String clientId) {
        Map<String, Object> agent = new HashMap<>(Api.agentCertifiedFor(agentId, clientId));
        agent.put("availability", List.of(Map.of("dayOfWeek", "MONDAY", "start", "07:00", "end", "17:00")));
        Api.as(Api.PLANNER).body(agent).post("/api/v1/agents").then().statusCode(201);
        Api.as(Api.ADMIN)
                .body(Map.of("password", Desk.PASSWORD, "role", "agent", "agentId", agentId))
                .put("/api/v1/users/" + agentId)
                .then()
                .statusCode(200);
        return agentId;
    }

    /**
     * Runs the sender's rounds until a mail reaches the address: a send that fails (the SMTP server slow to answer on
     * a loaded machine) is tried again next round, as the timer would.
     */
    private void sendUntilDelivered(String address) {
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            digests.sendDue();
            return mailsTo(address).length > 0;
        });
    }

    private static MimeMessage[] mailsTo(String... addresses) throws Exception {
        List<String> wanted = List.of(addresses);
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return wanted.contains(m.getRecipients(Message.RecipientType.TO)[0].toString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(MimeMessage[]::new);
    }
}
