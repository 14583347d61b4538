package org.openwfm.roster.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.workforce.AgentProfile;

/**
 * The clients of a week cut into groups that can be solved apart: two clients are in one group when an agent links
 * them, directly or through other clients (the connected components of the client–agent graph).
 *
 * <p>What links an agent to a client of the week, and why nothing else does (read from {@link RosterProblemBuilder}
 * and {@code RosterConstraints}):
 *
 * <ul>
 *   <li>A certification for one of the client's channels: the builder puts the agent in the problem with options on
 *       that channel, so its weekly hours, rest, overlap and days in a row are shared by every client it may serve.
 *   <li>A published shift on one of the client's channels, for an agent certified for another client of the week:
 *       a whole-week problem pins it on that agent and counts it in the client's coverage, while a group without the
 *       agent would lose it. Published shifts of agents certified for none of the week's clients link nothing: no
 *       problem holds such an agent.
 *   <li>Coverage, overstaffing and the talk time a shift expects are per client channel, and only certified agents
 *       work there; contract rules, availability, time off and preferences are per agent. Published work for clients
 *       outside the week is fixed input to both a whole and a split problem. So these decompose.
 * </ul>
 *
 * <p>What does not decompose, so a join must score it again over the joined roster: "Fair hours" and "Fair talk
 * time" penalize the spread of all the problem's agents' loads (the square root of the summed squared deviations
 * from their mean). A group's solve sees only its own agents and its own mean; the whole adds the differences between
 * the groups' means and takes one root, so the whole's fairness penalty is not the sum of the parts'. Hard and medium
 * scores and the other soft terms add up exactly ({@code ClientGroupsScoreTest}).
 *
 * <p>One more difference lies in the horizon, not the constraints: a problem's horizon runs from the earliest
 * client's Monday to the latest one's, and published work elsewhere counts against an agent's weekly hours when it
 * overlaps that horizon. Groups in other zones than the whole get a narrower horizon, so a shift published in a
 * neighbouring week that overlaps only the wider one counts in a whole-week solve and not in the group's.
 */
public final class ClientGroups {

    /** Clients solved together (ids sorted) and how many agents the group's problem holds. */
    public record ClientGroup(List<String> clientIds, int agentCount) {

        public ClientGroup {
            clientIds = List.copyOf(clientIds);
        }
    }

    private ClientGroups() {}

    /**
     * The week's clients in independent groups, each group's ids sorted and the groups ordered by their first id, so
     * the same data always gives the same groups.
     *
     * @param clientIds the clients of the week (already resolved: not empty for "all")
     * @param agents every agent; certifications for clients outside the week are ignored
     * @param published the published shifts the week's problem is built with
     */
    public static List<ClientGroup> of(
            Collection<String> clientIds, Collection<AgentProfile> agents, Collection<ScheduledShift> published) {
        return of(clientIds, agents, published, List.of());
    }

    /**
     * The same, with the week's activity sessions: everyone a session needs (its agents' ids, and its supervisor's
     * id) is one problem's, since the session takes them all at once, so a session links its agents' clients, and
     * the sessions of one supervisor link theirs.
     *
     * @param sessionPeople per session, the ids of the agents and the supervisor it needs
     */
    public static List<ClientGroup> of(
            Collection<String> clientIds,
            Collection<AgentProfile> agents,
            Collection<ScheduledShift> published,
            Collection<List<String>> sessionPeople) {
        List<String> sorted = List.copyOf(new TreeSet<>(clientIds));
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            indexOf.put(sorted.get(i), i);
        }
        Map<String, List<Integer>> clientsByAgent = new LinkedHashMap<>();
        for (AgentProfile agent : agents) {
            List<Integer> certified = clientsOf(agent.certifications(), indexOf);
            if (!certified.isEmpty()) {
                clientsByAgent.put(agent.id(), certified);
            }
        }
        for (ScheduledShift shift : published) {
            Integer client = indexOf.get(shift.channel().clientId());
            List<Integer> linked = clientsByAgent.get(shift.agentId());
            if (client != null && linked != null && !linked.contains(client)) {
                linked.add(client);
            }
        }
        return groups(sorted, clientsByAgent.values(), sessionLinks(sessionPeople, clientsByAgent));
    }

    /** Per session, the clients its agents link; a person in several sessions (a supervisor) joins them all. */
    private static List<List<Integer>> sessionLinks(
            Collection<List<String>> sessionPeople, Map<String, List<Integer>> clientsByAgent) {
        Map<String, List<Integer>> byPerson = new LinkedHashMap<>();
        for (List<String> people : sessionPeople) {
            List<Integer> clients = new ArrayList<>();
            people.forEach(id -> clientsByAgent.getOrDefault(id, List.of()).forEach(clients::add));
            people.forEach(
                    id -> byPerson.computeIfAbsent(id, any -> new ArrayList<>()).addAll(clients));
        }
        return byPerson.values().stream().filter(clients -> !clients.isEmpty()).toList();
    }

    private static List<Integer> clientsOf(List<ChannelKey> certifications, Map<String, Integer> indexOf) {
        List<Integer> clients = new ArrayList<>();
        for (ChannelKey channel : certifications) {
            Integer client = indexOf.get(channel.clientId());
            if (client != null && !clients.contains(client)) {
                clients.add(client);
            }
        }
        return clients;
    }

    /**
     * Union-find over client indices: each agent, and each person's sessions, join the clients they link; then one
     * group per root.
     */
    private static List<ClientGroup> groups(
            List<String> sorted, Collection<List<Integer>> agentsClients, List<List<Integer>> sessionLinks) {
        int[] parent = new int[sorted.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (List<Integer> clients : agentsClients) {
            for (int client : clients.subList(1, clients.size())) {
                union(parent, clients.get(0), client);
            }
        }
        for (List<Integer> clients : sessionLinks) {
            for (int client : clients.subList(1, clients.size())) {
                union(parent, clients.get(0), client);
            }
        }
        int[] agentCount = new int[sorted.size()];
        for (List<Integer> clients : agentsClients) {
            agentCount[root(parent, clients.get(0))]++;
        }
        // Walking the sorted ids keeps each group's ids sorted and orders the groups by their first id.
        Map<Integer, List<String>> members = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            members.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(sorted.get(i));
        }
        return members.entrySet().stream()
                .map(e -> new ClientGroup(e.getValue(), agentCount[e.getKey()]))
                .toList();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = root(parent, a);
        int rootB = root(parent, b);
        if (rootA != rootB) {
            // The lower index stays the root, so no order of agents can change which root a group has.
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
