package org.openwfm.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openwfm.schedule.Schedule;
import org.openwfm.schedule.ScheduleStore;

/** GET /schedules and GET /forecasts/versions: a JSON array, newest first, with X-Total-Count and a Link to the next page. */
@QuarkusTest
class PagedListsTest {

    /** A week no other test plans. */
    private static final LocalDate WEEK = LocalDate.parse("2032-01-05");

    @Inject
    ScheduleStore store;

    @Test
    void aWeeksSchedulesComeNewestFirstPageByPage() {
        List<Long> ids = threeClosedJobs();

        Response first = as("planner").get("/api/v1/schedules?weekStart=2032-01-05&limit=2");
        first.then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", "</api/v1/schedules?weekStart=2032-01-05&offset=2&limit=2>; rel=\"next\"")
                .body("id", contains(ids.get(2).intValue(), ids.get(1).intValue()));

        as("planner")
                .get(nextPage(first))
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", nullValue())
                .body("id", contains(ids.get(0).intValue()));
    }

    @Test
    void forecastVersionsComeNewestFirstPageByPage() {
        for (int i = 0; i < 3; i++) {
            as("forecaster")
                    .contentType("text/csv")
                    .body("client_id,channel,interval_start,contacts,aht_seconds\n" + "bank,VOICE,2032-01-0" + (5 + i)
                            + "T16:00:00Z,3,200\n")
                    .post("/api/v1/forecasts")
                    .then()
                    .statusCode(201);
        }
        List<Integer> all = as("planner")
                .get("/api/v1/forecasts/versions?limit=500")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id");
        assertThat(all).hasSizeGreaterThanOrEqualTo(3).isSortedAccordingTo((a, b) -> b - a);

        Response first = as("planner").get("/api/v1/forecasts/versions?limit=2");
        first.then()
                .statusCode(200)
                .header("X-Total-Count", String.valueOf(all.size()))
                .header("Link", "</api/v1/forecasts/versions?offset=2&limit=2>; rel=\"next\"")
                .body("id", equalTo(all.subList(0, 2)));
        as("planner")
                .get(nextPage(first))
                .then()
                .statusCode(200)
                .body("id", equalTo(all.subList(2, Math.min(4, all.size()))));
    }

    @Test
    void withoutALimitAPageHoldsFifty() {
        int total = Integer.parseInt(
                as("planner").get("/api/v1/forecasts/versions").then().extract().header("X-Total-Count"));

        as("planner")
                .get("/api/v1/forecasts/versions")
                .then()
                .statusCode(200)
                .body("size()", equalTo(Math.min(50, total)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"limit=0, limit", "limit=501, limit", "limit=many, limit", "offset=-1, offset", "offset=1e3, offset"})
    void refusesABadLimitOrOffsetNamingIt(String query, String field) {
        as("planner")
                .get("/api/v1/schedules?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
        as("planner")
                .get("/api/v1/forecasts/versions?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private List<Long> threeClosedJobs() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Schedule job = new Schedule();
            job.weekStart = WEEK;
            job.clientIds = "bank";
            job.solveSeconds = 1;
            job.requestedBy = "paging-test";
            long id = store.create(job).id;
            store.cancel(id, "Made for a paging test; never solved");
            ids.add(id);
        }
        return ids;
    }

    /** The target of the Link header's rel="next". */
    private static String nextPage(Response response) {
        String link = response.header("Link");
        return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
    }
}
