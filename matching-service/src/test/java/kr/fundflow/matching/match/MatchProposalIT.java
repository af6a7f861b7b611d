package kr.fundflow.matching.match;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.contracts.company.CompanyRegistered;
import kr.fundflow.contracts.fund.FundAllocated;
import kr.fundflow.testsupport.ServiceTestEnvironment;
import kr.fundflow.testsupport.TestEvents;
import kr.fundflow.testsupport.TestPostgres;

import static kr.fundflow.matching.match.ContractEvents.EOK;
import static kr.fundflow.matching.match.ContractEvents.brn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proposals from events on the real broker and database: who gets one, with which
 * reasons, whatever the order or redelivery of the events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
class MatchProposalIT {

	private static TestPostgres.Database database;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		database = ServiceTestEnvironment.register(registry, "matching_proposal");
	}

	@Autowired
	WebTestClient client;

	MatchingHttp http;

	Inbox inbox;

	@BeforeEach
	void setUp() {
		this.http = new MatchingHttp(this.client);
		this.inbox = new Inbox(database);
	}

	@Test
	void twoGyeongbukHydrogenFirmsAreProposedWithReasonsAndASeoulFirmIsNot() {
		FundAllocated line = ContractEvents.allocation("GYEONGBUK", "HYDROGEN", "LOAN_GUARANTEE", 5 * EOK, EOK,
				5 * EOK);
		CompanyRegistered pohang = ContractEvents.company(brn(), "포항수소에너지㈜", "GYEONGBUK", "HYDROGEN", 3 * EOK,
				"LOAN_GUARANTEE");
		CompanyRegistered gyeongju = ContractEvents.company(brn(), "경주그린수소㈜", "GYEONGBUK", "HYDROGEN", 3 * EOK,
				"LOAN_GUARANTEE");
		CompanyRegistered seoul = ContractEvents.company(brn(), "서울수소㈜", "SEOUL", "HYDROGEN", 3 * EOK,
				"LOAN_GUARANTEE");

		TestEvents.publish(line);
		TestEvents.publish(pohang);
		TestEvents.publish(gyeongju);
		UUID seoulEvent = TestEvents.publish(seoul);

		List<Map<String, Object>> matches = this.http.awaitMatches("allocationId=" + line.allocationId(),
				found -> found.size() == 2);
		assertThat(matches).extracting(m -> m.get("brn")).containsExactlyInAnyOrder(pohang.brn(), gyeongju.brn());
		for (Map<String, Object> match : matches) {
			assertThat(match.get("status")).isEqualTo("PROPOSED");
			assertThat(match.get("amount")).isEqualTo(300_000_000);
			assertThat(match.get("region")).isEqualTo("GYEONGBUK");
			assertThat(match.get("industry")).isEqualTo("HYDROGEN");
			// industry 25 + stage 15 + ticket 20 + one certification 5 + non-capital 15 +
			// budget 15
			assertThat(match.get("score")).isEqualTo(95);
			assertThat(match.get("requiredApprovals")).isEqualTo(1);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> reasons = (List<Map<String, Object>>) match.get("reasons");
			assertThat(reasons).extracting(r -> r.get("rule"))
				.containsExactly("REGION", "INDUSTRY_FIT", "STAGE_FIT", "SIZE", "INSTRUMENT", "TICKET_FIT",
						"CERTIFICATION", "NON_CAPITAL_REGION", "REMAINING_BUDGET");
			assertThat(reasons).anySatisfy(reason -> {
				assertThat(reason.get("rule")).isEqualTo("NON_CAPITAL_REGION");
				assertThat(reason.get("outcome")).isEqualTo("MATCHED");
				assertThat(reason.get("points")).isEqualTo(15);
				assertThat(reason.get("detail")).isEqualTo("GYEONGBUK counts toward the regional earmark");
			});
			assertThat(reasons).anySatisfy(reason -> {
				assertThat(reason.get("rule")).isEqualTo("CERTIFICATION");
				assertThat(reason.get("outcome")).isEqualTo("NEAR_MISS");
				assertThat(reason.get("points")).isEqualTo(5);
			});
		}

		this.inbox.awaitProcessed(seoulEvent);
		assertThat(this.http.content(MatchingHttp.MINISTRY, "/api/matches?brn={brn}", seoul.brn())).isEmpty();
		assertThat(this.inbox.count("SELECT count(*) FROM match WHERE brn = ?", seoul.brn())).isZero();
	}

}
