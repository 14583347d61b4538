package org.openwfm.roster.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.problem.ClientGroups.ClientGroup;
import org.openwfm.workforce.AgentProfile;
import org.openwfm.workforce.BreakTerms;
import org.openwfm.workforce.ContractTerms;

class ClientGroupsTest {

    private static final Instant MONDAY_NINE = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void clientsSharingAnAgentAreOneGroupAndAClientWithOwnAgentsAnother() {
        List<ClientGroup> groups = ClientGroups.of(
                List.of("bank", "retail", "telecom"),
                List.of(
                        agent("A1", voice("bank")),
                        agent("A2", voice("bank"), voice("retail")),
                        agent("A3", voice("retail")),
                        agent("A4", voice("telecom"))),
                List.of());

        assertThat(groups)
                .containsExactly(new ClientGroup(List.of("bank", "retail"), 3), new ClientGroup(List.of("telecom"), 1));
    }

    @Test
    void agentsLinkClientsThroughOtherClients() {
        List<ClientGroup> groups = ClientGroups.of(
                List.of("a", "b", "c", "d"),
                List.of(agent("X", voice("a"), voice("b")), agent("Y", voice("c"), voice("b"))),
                List.of());

        assertThat(groups)
                .containsExactly(new ClientGroup(List.of("a", "b", "c"), 2), new ClientGroup(List.of("d"), 0));
    }

    @Test
    void groupsAreSortedByTheirFirstClientWhateverTheOrderOfClientsAndAgents() {
        List<AgentProfile> agents = List.of(
                agent("Z9", voice("kilo"), voice("alpha")),
                agent("Z1", voice("zulu")),
                agent("Z5", voice("mike"), voice("delta")));

        List<ClientGroup> groups =
                ClientGroups.of(List.of("zulu", "mike", "kilo", "delta", "alpha"), agents, List.of());

        assertThat(groups)
                .containsExactly(
                        new ClientGroup(List.of("alpha", "kilo"), 1),
                        new ClientGroup(List.of("delta", "mike"), 1),
                        new ClientGroup(List.of("zulu"), 1));
        List<AgentProfile> reversed = new ArrayList<>(agents);
        Collections.reverse(reversed);
        assertThat(ClientGroups.of(List.of("alpha", "delta", "kilo", "mike", "zulu"), reversed, List.of()))
                .isEqualTo(groups);
    }

    @Test
    void certificationsForClientsOutsideTheWeekLinkNothingAndCountNoAgent() {
        List<ClientGroup> groups = ClientGroups.of(
                List.of("bank", "retail"),
                List.of(
                        agent("A1", voice("bank"), voice("elsewhere")),
                        agent("A2", voice("retail"), voice("elsewhere")),
                        agent("A3", voice("elsewhere"))),
                List.of());

        assertThat(groups).containsExactly(new ClientGroup(List.of("bank"), 1), new ClientGroup(List.of("retail"), 1));
    }

    @Test
    void anAgentCertifiedForTwoChannelsOfOneClientCountsOnce() {
        List<ClientGroup> groups = ClientGroups.of(
                List.of("bank"), List.of(agent("A1", voice("bank"), new ChannelKey("bank", Channel.CHAT))), List.of());

        assertThat(groups).containsExactly(new ClientGroup(List.of("bank"), 1));
    }

    @Test
    void aPublishedShiftOnAnotherClientOfTheWeekLinksTheTwo() {
        // A1 lost its retail certification after the shift was published: a whole-week problem still pins the shift
        // on A1 and counts it in retail's coverage, so retail cannot be solved without A1.
        List<ClientGroup> groups = ClientGroups.of(
                List.of("bank", "retail"),
                List.of(agent("A1", voice("bank")), agent("A2", voice("retail"))),
                List.of(shift("A1", "retail")));

        assertThat(groups).containsExactly(new ClientGroup(List.of("bank", "retail"), 2));
    }

    @Test
    void publishedShiftsOfAgentsInNoProblemOrForClientsOutsideTheWeekLinkNothing() {
        List<ClientGroup> groups = ClientGroups.of(
                List.of("bank", "retail"),
                List.of(agent("A1", voice("bank")), agent("A2", voice("retail")), agent("A3", voice("elsewhere"))),
                List.of(shift("A1", "elsewhere"), shift("A3", "bank"), shift("A3", "retail"), shift("gone", "bank")));

        assertThat(groups).containsExactly(new ClientGroup(List.of("bank"), 1), new ClientGroup(List.of("retail"), 1));
    }

    @Test
    void aWeekWithoutAgentsHasOneGroupPerClient() {
        assertThat(ClientGroups.of(List.of("b", "a", "b"), List.of(), List.of()))
                .containsExactly(new ClientGroup(List.of("a"), 0), new ClientGroup(List.of("b"), 0));
    }

    private static ChannelKey voice(String clientId) {
        return new ChannelKey(clientId, Channel.VOICE);
    }

    private static AgentProfile agent(String id, ChannelKey... certifications) {
        return new AgentProfile(
                id,
                "America/New_York",
                new ContractTerms(0, 40 * 60, 8 * 60, 4 * 60, 8 * 60, 11 * 60, 5),
                new BreakTerms(15, 240, 30, 360),
                Arrays.asList(certifications),
                List.of(),
                List.of(),
                List.of());
    }

    private static ScheduledShift shift(String agentId, String clientId) {
        return new ScheduledShift(agentId, voice(clientId), MONDAY_NINE, MONDAY_NINE.plusSeconds(8 * 3600));
    }
}
