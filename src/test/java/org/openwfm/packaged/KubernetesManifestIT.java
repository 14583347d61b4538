package org.openwfm.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests that {@code package} writes (docs/deployment.md): API replicas that never solve behind
 * a Service, solver replicas, health probes, and passwords only by reference to secrets. The solver Deployment is
 * written by hand in src/main/kubernetes, so it is also checked to be the generated API one with the solver on.
 */
class KubernetesManifestIT {

    static final Path MANIFEST = Path.of("target/kubernetes/kubernetes.yml");
    private static final String API = "openwfm-api";
    private static final String SOLVER = "openwfm-solver";
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|KEY).*");

    private static List<JsonNode> resources;

    @BeforeAll
    static void readManifest() throws IOException {
        assertThat(MANIFEST).as("written by ./mvnw package").exists();
        resources = new YAMLMapper()
                .readerFor(JsonNode.class)
                .<JsonNode>readValues(MANIFEST.toFile())
                .readAll();
    }

    @Test
    void twoDeploymentsOneForApiReplicasAndOneForSolverReplicas() {
        assertThat(namesOf("Deployment")).containsExactlyInAnyOrder(API, SOLVER);
        assertThat(deployment(API).at("/spec/replicas").asInt()).isEqualTo(2);
        assertThat(deployment(SOLVER).at("/spec/replicas").asInt()).isEqualTo(2);
    }

    @Test
    void solverReplicasHaveTimeToHandTheirSolvesOverWhenStopped() {
        // ScheduleJobs waits up to 30 s for its solves to be stored and queued again before it lets the process end.
        assertThat(deployment(SOLVER)
                        .at("/spec/template/spec/terminationGracePeriodSeconds")
                        .asInt())
                .isGreaterThan(30);
    }

    @Test
    void theServiceSendsRequestsToApiReplicasOnly() {
        assertThat(namesOf("Service")).containsExactly(API);
        JsonNode service = resource("Service", API);
        assertThat(service.at("/spec/ports/0/targetPort").asInt()).isEqualTo(8080);
        Map<String, String> selector = strings(service.at("/spec/selector"));

        assertThat(strings(deployment(API).at("/spec/template/metadata/labels")))
                .containsAllEntriesOf(selector);
        assertThat(strings(deployment(SOLVER).at("/spec/template/metadata/labels")))
                .as("solver pods must not match the API Service's selector " + selector)
                .doesNotContainEntry("app.kubernetes.io/name", selector.get("app.kubernetes.io/name"));
    }

    @Test
    void everyReplicaIsProbedOnTheHealthEndpoints() {
        for (String name : List.of(API, SOLVER)) {
            JsonNode container = container(name);
            assertThat(container.at("/readinessProbe/httpGet/path").asText())
                    .as(name)
                    .isEqualTo("/q/health/ready");
            assertThat(container.at("/livenessProbe/httpGet/path").asText())
                    .as(name)
                    .isEqualTo("/q/health/live");
            assertThat(container.at("/readinessProbe/httpGet/port").asInt()).isEqualTo(8080);
            assertThat(container.at("/livenessProbe/httpGet/port").asInt()).isEqualTo(8080);
        }
    }

    @Test
    void apiReplicasHaveTheSolverOffAndSolverReplicasOn() {
        assertThat(env(API).get("OPENWFM_SOLVER_ENABLED").at("/value").asText()).isEqualTo("false");
        assertThat(env(SOLVER).get("OPENWFM_SOLVER_ENABLED").at("/value").asText())
                .isEqualTo("true");
    }

    @Test
    void everyReplicaRunsThePostgresqlBuildNamedAfterItsPod() {
        for (String name : List.of(API, SOLVER)) {
            Map<String, JsonNode> env = env(name);
            assertThat(env.get("QUARKUS_PROFILE").at("/value").asText())
                    .as(name)
                    .isEqualTo("pg");
            assertThat(env.get("OPENWFM_NODE_ID")
                            .at("/valueFrom/fieldRef/fieldPath")
                            .asText())
                    .as(name)
                    .isEqualTo("metadata.name");
        }
    }

    @Test
    void passwordsComeFromSecretsByReference() {
        for (String name : List.of(API, SOLVER)) {
            Map<String, JsonNode> env = env(name);
            assertThat(secretRef(env, "QUARKUS_DATASOURCE_PASSWORD")).as(name).isEqualTo("openwfm-db/password");
            assertThat(secretRef(env, "QUARKUS_DATASOURCE_USERNAME")).as(name).isEqualTo("openwfm-db/username");
            assertThat(secretRef(env, "OPENWFM_INITIAL_ADMIN_PASSWORD"))
                    .as(name)
                    .isEqualTo("openwfm-initial-admin/password");
            // Needed for the first start only: once the admin has changed that password, a replica started with
            // the secret still there would refuse to start, so the secret may be deleted.
            assertThat(env.get("OPENWFM_INITIAL_ADMIN_PASSWORD")
                            .at("/valueFrom/secretKeyRef/optional")
                            .asBoolean())
                    .as(name)
                    .isTrue();
        }
    }

    @Test
    void noSecretIsWrittenIntoTheManifests() {
        assertThat(namesOf("Secret")).isEmpty();
        List<String> literal = new ArrayList<>();
        for (String name : List.of(API, SOLVER)) {
            env(name).forEach((variable, entry) -> {
                if (SECRET_NAME.matcher(variable).matches() && !entry.has("valueFrom")) {
                    literal.add(name + ": " + variable);
                }
            });
        }
        assertThat(literal).as("secret-looking variables given as values").isEmpty();
    }

    /**
     * The solver Deployment is a hand-written copy: image, probes, settings and secrets must be the API
     * Deployment's, so that a change to one side cannot leave the other behind.
     */
    @Test
    void theSolverContainerIsTheApiContainerWithTheSolverOn() {
        ObjectNode api = comparable(container(API));
        ObjectNode solver = comparable(container(SOLVER));

        // JsonNode equality ignores the order of fields, which the two sources write differently.
        assertThat(solver)
                .as("%s against %s", solver.toPrettyString(), api.toPrettyString())
                .isEqualTo(api);
        assertThat(api.at("/image").asText()).startsWith("openwfm:");
    }

    /** The container less what differs on purpose (name, the solver switch, resources), env sorted by name. */
    private static ObjectNode comparable(JsonNode container) {
        ObjectNode copy = container.deepCopy();
        copy.remove(List.of("name", "resources"));
        ArrayNode env = copy.putArray("env");
        env(container).forEach((name, entry) -> {
            if (!name.equals("OPENWFM_SOLVER_ENABLED")) {
                env.add(entry);
            }
        });
        return copy;
    }

    private static String secretRef(Map<String, JsonNode> env, String variable) {
        assertThat(env).containsKey(variable);
        JsonNode ref = env.get(variable).at("/valueFrom/secretKeyRef");
        assertThat(env.get(variable).has("value"))
                .as(variable + " has a literal value")
                .isFalse();
        return ref.at("/name").asText() + "/" + ref.at("/key").asText();
    }

    private static Map<String, JsonNode> env(String deployment) {
        return env(container(deployment));
    }

    private static Map<String, JsonNode> env(JsonNode container) {
        Map<String, JsonNode> byName = new TreeMap<>(Comparator.naturalOrder());
        container.path("env").forEach(entry -> byName.put(entry.at("/name").asText(), entry));
        return byName;
    }

    private static JsonNode container(String deployment) {
        JsonNode containers = deployment(deployment).at("/spec/template/spec/containers");
        assertThat(containers.size()).as(deployment + " containers").isEqualTo(1);
        return containers.get(0);
    }

    private static JsonNode deployment(String name) {
        return resource("Deployment", name);
    }

    private static JsonNode resource(String kind, String name) {
        return resources.stream()
                .filter(r -> r.at("/kind").asText().equals(kind)
                        && r.at("/metadata/name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + MANIFEST));
    }

    private static List<String> namesOf(String kind) {
        return resources.stream()
                .filter(r -> r.at("/kind").asText().equals(kind))
                .map(r -> r.at("/metadata/name").asText())
                .toList();
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new TreeMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }
}
