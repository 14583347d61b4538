package org.openwfm.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.roster.evaluation.ScheduleKpis;
import org.openwfm.roster.evaluation.ScheduleKpis.AgentKpis;
import org.openwfm.roster.evaluation.ScheduleKpis.ChannelKpis;
import org.openwfm.schedule.api.KpisView;

class StoredKpisTest {

    private final ObjectMapper json = new ObjectMapper();

    /** A row as schedules stored it before KPIs had a version. */
    private static final String VERSION_1_ROW =
            "{\"coverage\":0.75,\"overstaffing\":0.5,\"projectedServiceLevel\":null,"
                    + "\"intervalsMeetingGoal\":3,\"intervalsOpen\":2,\"paidHours\":16.0,\"byClientChannel\":[{\"clientId\":"
                    + "\"bank\",\"channel\":\"VOICE\",\"coverage\":0.75,\"overstaffing\":0.5,\"projectedServiceLevel\":0.8,"
                    + "\"intervalsMeetingGoal\":3,\"intervalsOpen\":2,\"paidHours\":16.0,\"requiredAgentIntervals\":40,"
                    + "\"scheduledAgentIntervals\":30.5}],\"byAgent\":[{\"agentId\":\"a1\",\"hours\":8.0,"
                    + "\"expectedTalkMinutes\":300.0,\"preferencesMet\":null}]}";

    private static final ScheduleKpis KPIS = new ScheduleKpis(
            0.75,
            0.5,
            null,
            3,
            2,
            16.0,
            List.of(new ChannelKpis("bank", Channel.VOICE, 0.75, 0.5, 0.8, 3, 2, 16.0, 40, 30.5)),
            List.of(new AgentKpis("a1", 8.0, 300.0, null)));

    @Test
    void readsARowStoredBeforeKpisHadAVersion() {
        assertThat(StoredKpis.read(json, VERSION_1_ROW)).isEqualTo(KPIS);
    }

    @Test
    void writesTheCurrentVersionAndReadsItBack() throws Exception {
        String stored = StoredKpis.write(json, KPIS);

        assertThat(json.readTree(stored).get("version").asInt()).isEqualTo(1);
        assertThat(StoredKpis.read(json, stored)).isEqualTo(KPIS);
        assertThat(StoredKpis.read(json, null)).isNull();
    }

    @Test
    void refusesAVersionItDoesNotKnow() {
        String future = VERSION_1_ROW.replaceFirst("\\{", "{\"version\":2,");

        assertThatThrownBy(() -> StoredKpis.read(json, future))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version 2");
    }

    /** The API answers today's shape: the stored row without its version. */
    @Test
    void theApiViewIsTheVersion1ShapeWithoutAVersion() throws Exception {
        assertThat(json.readTree(json.writeValueAsString(KpisView.of(KPIS)))).isEqualTo(json.readTree(VERSION_1_ROW));
    }
}
