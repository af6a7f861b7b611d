package kr.fundflow.matching.match;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.contracts.EventCodec;
import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.GoldenEvents;
import kr.fundflow.contracts.Topics;
import kr.fundflow.contracts.company.CompanyRegistered;
import kr.fundflow.contracts.company.CompanyUpdated;
import kr.fundflow.contracts.fund.AllocationAdjusted;
import kr.fundflow.contracts.fund.AllocationClosed;
import kr.fundflow.contracts.fund.FundAllocated;
import kr.fundflow.contracts.matching.MatchProposed;
import kr.fundflow.contracts.matching.MatchWithdrawn;
import kr.fundflow.testsupport.EventRecorder;
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

	@Test
	void theProposalAnnouncedOnKafkaHasTheGoldenFieldSetAndItsHeaders() {
		FundAllocated line = ContractEvents.allocation("ULSAN", "SHIPBUILDING", "LOW_RATE_LOAN", 50 * EOK, EOK,
				20 * EOK);
		CompanyRegistered shipyard = ContractEvents.company(brn(), "울산조선기자재㈜", "ULSAN", "SHIPBUILDING", 8 * EOK,
				"LOW_RATE_LOAN");
		try (EventRecorder matches = new EventRecorder(Topics.MATCHES)) {
			TestEvents.publish(line);
			TestEvents.publish(shipyard);

			ConsumerRecord<String, byte[]> record = matches.await(
					r -> EventType.MATCH_PROPOSED.logicalName().equals(EventRecorder.header(r, "ce_type"))
							&& EventCodec.fromJson(r.value(), MatchProposed.class).brn().equals(shipyard.brn()),
					Duration.ofSeconds(30));
			MatchProposed proposed = EventCodec.fromJson(record.value(), MatchProposed.class);
			assertThat(GoldenFields.of(record.value())).isEqualTo(GoldenFields.of(EventType.MATCH_PROPOSED));
			assertThat(record.key()).isEqualTo(proposed.matchId().toString());
			assertThat(EventRecorder.header(record, "ce_source")).isEqualTo("/fundflow/matching-service");
			assertThat(EventRecorder.header(record, "ce_subject")).isEqualTo(proposed.matchId().toString());
			assertThat(proposed.allocationId()).isEqualTo(line.allocationId());
			assertThat(proposed.fundId()).isEqualTo(ContractEvents.FUND);
			assertThat(proposed.companyName()).isEqualTo("울산조선기자재㈜");
			assertThat(proposed.amount()).isEqualTo(8 * EOK);
			assertThat(proposed.instrument()).isEqualTo("LOW_RATE_LOAN");
			assertThat(proposed.stage()).isEqualTo("GROWTH");
			assertThat(proposed.score()).isEqualTo(95);
			assertThat(proposed.reasons()).hasSize(9);
		}
	}

	@Test
	void redeliveredAllocationsAndCompaniesCreateNoSecondProposal() {
		FundAllocated line = ContractEvents.allocation("CHUNGBUK", "BIO", "LOAN_GUARANTEE", 10 * EOK, EOK, 5 * EOK);
		CompanyRegistered biotech = ContractEvents.company(brn(), "오송바이오㈜", "CHUNGBUK", "BIO", 2 * EOK,
				"LOAN_GUARANTEE");
		UUID allocationEvent = TestEvents.publish(line);
		UUID companyEvent = TestEvents.publish(biotech);
		this.http.awaitMatches("brn=" + biotech.brn(), found -> found.size() == 1);

		// The same events again: once with their ids (a redelivery), once with new ids (a
		// producer that published twice). Events of one key stay in order, so once the
		// last of each has been processed, the others have been too.
		TestEvents.publish(line, allocationEvent);
		TestEvents.publish(biotech, companyEvent);
		UUID allocationAgain = TestEvents.publish(line);
		UUID companyAgain = TestEvents.publish(biotech);
		this.inbox.awaitProcessed(allocationAgain);
		this.inbox.awaitProcessed(companyAgain);

		assertThat(this.inbox.count("SELECT count(*) FROM match WHERE brn = ?", biotech.brn())).isEqualTo(1);
		assertThat(this.inbox.count(
				"SELECT count(*) FROM match_history WHERE match_id IN " + "(SELECT id FROM match WHERE brn = ?)",
				biotech.brn()))
			.isEqualTo(1);
		assertThat(this.inbox.count("SELECT count(*) FROM outbox_event WHERE event_type = ? AND payload->>'brn' = ?",
				"matching.match.proposed", biotech.brn()))
			.isEqualTo(1);
		assertThat(this.inbox.count("SELECT count(*) FROM inbox_event WHERE event_id IN (?, ?)", allocationEvent,
				companyEvent))
			.isEqualTo(2);
	}

	@Test
	void companyFirstOrAllocationFirstGiveTheSameProposal() {
		FundAllocated firstLine = ContractEvents.allocation("JEONBUK", "SECONDARY_BATTERY", "DIRECT_INVESTMENT",
				30 * EOK, 2 * EOK, 10 * EOK);
		CompanyRegistered firstCompany = ContractEvents.company(brn(), "새만금배터리㈜", "JEONBUK", "SECONDARY_BATTERY",
				12 * EOK, "DIRECT_INVESTMENT");
		this.inbox.awaitProcessed(TestEvents.publish(firstCompany));
		this.inbox.awaitProcessed(TestEvents.publish(firstLine));

		FundAllocated secondLine = ContractEvents.allocation("JEONBUK", "SECONDARY_BATTERY", "DIRECT_INVESTMENT",
				30 * EOK, 2 * EOK, 10 * EOK);
		CompanyRegistered secondCompany = ContractEvents.company(brn(), "군산배터리㈜", "JEONBUK", "SECONDARY_BATTERY",
				12 * EOK, "DIRECT_INVESTMENT");
		// Each company matches both lines: the later line must find the earlier company,
		// the later company both lines.
		this.inbox.awaitProcessed(TestEvents.publish(secondLine));
		this.inbox.awaitProcessed(TestEvents.publish(secondCompany));

		List<Map<String, Object>> matches = this.http.awaitMatches("region=JEONBUK", found -> found.size() == 4);
		assertThat(matches).extracting(m -> m.get("status")).containsOnly("PROPOSED");
		// Demand 12억 above the 10억 maximum ticket: proposed 10억, ticket fit 20 * 10/12 =
		// 16.
		assertThat(matches).extracting(m -> m.get("amount")).containsOnly(1_000_000_000);
		assertThat(matches).extracting(m -> m.get("score")).containsOnly(91);
		assertThat(matches).extracting(m -> m.get("reasons")).allMatch(r -> r.equals(matches.get(0).get("reasons")));
		assertThat(matches).extracting(m -> m.get("brn") + "/" + m.get("allocationId"))
			.containsExactlyInAnyOrder(firstCompany.brn() + "/" + firstLine.allocationId(),
					firstCompany.brn() + "/" + secondLine.allocationId(),
					secondCompany.brn() + "/" + firstLine.allocationId(),
					secondCompany.brn() + "/" + secondLine.allocationId());
	}

	@Test
	void aCompanyThatNoLongerQualifiesIsWithdrawnAndAStaleUpdateChangesNothing() {
		FundAllocated line = ContractEvents.withStages(
				ContractEvents.allocation("DAEJEON", "AI_SEMICONDUCTOR", "INTEREST_SUBSIDY", 20 * EOK, EOK, 10 * EOK),
				List.of("STARTUP", "GROWTH"));
		CompanyRegistered chipmaker = ContractEvents.company(brn(), "대덕AI칩㈜", "DAEJEON", "AI_SEMICONDUCTOR", 4 * EOK,
				"INTEREST_SUBSIDY");
		try (EventRecorder events = new EventRecorder(Topics.MATCHES)) {
			TestEvents.publish(line);
			TestEvents.publish(chipmaker);
			Object matchId = this.http.awaitMatches("brn=" + chipmaker.brn(), found -> found.size() == 1)
				.get(0)
				.get("id");

			CompanyUpdated grownUp = ContractEvents.update(chipmaker, 3, "LEAP", 4 * EOK);
			TestEvents.publish(grownUp);
			Map<String, Object> withdrawn = this.http.awaitStatus(matchId, "WITHDRAWN");
			assertThat(withdrawn.get("withdrawalReason"))
				.isEqualTo("stage LEAP not allowed (allowed: STARTUP, GROWTH)");
			MatchWithdrawn announced = events.awaitEvent(EventType.MATCH_WITHDRAWN, MatchWithdrawn.class,
					e -> e.matchId().toString().equals(matchId), Duration.ofSeconds(30));
			assertThat(announced.reason()).isEqualTo("stage LEAP not allowed (allowed: STARTUP, GROWTH)");
			ConsumerRecord<String, byte[]> record = events.await(
					r -> r.key().equals(matchId)
							&& EventType.MATCH_WITHDRAWN.logicalName().equals(EventRecorder.header(r, "ce_type")),
					Duration.ofSeconds(5));
			assertThat(GoldenFields.of(record.value())).isEqualTo(GoldenFields.of(EventType.MATCH_WITHDRAWN));

			// The near miss is kept for analysts.
			List<Map<String, Object>> nearMisses = this.http.content(MatchingHttp.MINISTRY,
					"/api/near-misses?brn={brn}", chipmaker.brn());
			assertThat(nearMisses).hasSize(1);
			assertThat(nearMisses.get(0).get("allocationId")).isEqualTo(line.allocationId().toString());
			assertThat(nearMisses.get(0).get("reasons").toString()).contains("stage LEAP not allowed");

			// An older revision arriving late does not bring the proposal back.
			UUID stale = TestEvents.publish(ContractEvents.update(chipmaker, 2, "GROWTH", 4 * EOK));
			this.inbox.awaitProcessed(stale);
			assertThat(this.inbox.count("SELECT count(*) FROM match WHERE brn = ? AND status = 'PROPOSED'",
					chipmaker.brn()))
				.isZero();

			// A newer one does: a fresh proposal, the withdrawn one stays as it was.
			TestEvents.publish(ContractEvents.update(chipmaker, 4, "GROWTH", 4 * EOK));
			List<Map<String, Object>> again = this.http.awaitMatches("brn=" + chipmaker.brn(),
					found -> found.size() == 2);
			assertThat(again).extracting(m -> m.get("status")).containsExactlyInAnyOrder("PROPOSED", "WITHDRAWN");
		}
	}

	@Test
	void closingAnAllocationWithdrawsItsUndecidedProposalsAndAnAdjustmentRescoresThem() {
		FundAllocated line = ContractEvents.allocation("GANGWON", "BIO", "GRANT", 4 * EOK, EOK, 4 * EOK);
		CompanyRegistered lab = ContractEvents.company(brn(), "춘천바이오랩㈜", "GANGWON", "BIO", 3 * EOK, "GRANT");
		TestEvents.publish(line);
		TestEvents.publish(lab);
		Object matchId = this.http.awaitMatches("brn=" + lab.brn(), found -> found.size() == 1).get(0).get("id");

		// 2억 left for a 3억 proposal: budget points 15 * 2/3 = 10.
		TestEvents.publish(new AllocationAdjusted(line.allocationId(), line.fundId(), 4 * EOK, 2 * EOK, "감액",
				line.allocatedAt().plusSeconds(60)));
		this.http.awaitMatches("brn=" + lab.brn(), found -> !found.isEmpty() && found.get(0).get("score").equals(90));

		TestEvents.publish(
				new AllocationClosed(line.allocationId(), line.fundId(), "사업 종료", line.allocatedAt().plusSeconds(120)));
		Map<String, Object> withdrawn = this.http.awaitStatus(matchId, "WITHDRAWN");
		assertThat(withdrawn.get("withdrawalReason")).isEqualTo("the allocation is closed");

		// A closed allocation proposes to nobody new.
		CompanyRegistered latecomer = ContractEvents.company(brn(), "원주바이오㈜", "GANGWON", "BIO", 3 * EOK, "GRANT");
		this.inbox.awaitProcessed(TestEvents.publish(latecomer));
		assertThat(this.inbox.count("SELECT count(*) FROM match WHERE brn = ?", latecomer.brn())).isZero();
	}

	@Test
	void aMalformedAllocationEventIsDeadLetteredAndTheConsumerGoesOn() {
		UUID poisonId = UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		try (EventRecorder deadLetters = new EventRecorder("fundflow.fund.allocations.matching-service.dlt")) {
			TestEvents.publishRaw(Topics.ALLOCATIONS, key, EventType.FUND_ALLOCATED.logicalName(),
					"{\"allocationId\": \"not-a-uuid\", \"amount\": 1.5".getBytes(StandardCharsets.UTF_8), poisonId);
			ConsumerRecord<String, byte[]> parked = deadLetters
				.await(r -> poisonId.toString().equals(EventRecorder.header(r, "ce_id")), Duration.ofSeconds(30));
			assertThat(parked.key()).isEqualTo(key);
			assertThat(EventRecorder.header(parked, "x-error")).isNotBlank();
			assertThat(EventRecorder.header(parked, "x-original-topic")).isEqualTo(Topics.ALLOCATIONS);
		}
		FundAllocated healthy = ContractEvents.allocation("JEJU", "AI", "GRANT", 3 * EOK, EOK, 3 * EOK);
		this.inbox.awaitProcessed(TestEvents.publish(healthy));
		assertThat(this.inbox.count("SELECT count(*) FROM allocation WHERE id = ?", healthy.allocationId()))
			.isEqualTo(1);
	}

	@Test
	void everyConsumedGoldenEventIsReadAndApplied() {
		// The golden fixtures as raw bytes, as fund-service and company-service write
		// them.
		for (EventType type : List.of(EventType.FUND_ALLOCATED, EventType.COMPANY_REGISTERED, EventType.COMPANY_UPDATED,
				EventType.ALLOCATION_ADJUSTED)) {
			String key = EventCodec.fromJson(GoldenEvents.json(type), type).aggregateId();
			this.inbox.awaitProcessed(TestEvents.publishRaw(type.topic(), key, type.logicalName(),
					GoldenEvents.json(type), UUID.randomUUID()));
		}
		assertThat(this.inbox.count("SELECT count(*) FROM allocation WHERE id = ? AND amount = ?",
				UUID.fromString("8b9e1d2c-3f4a-4b5c-8d6e-7f8091a2b3c4"), 700_000_000_000L))
			.isEqualTo(1);
		assertThat(this.inbox.count("SELECT count(*) FROM company WHERE brn = ? AND revision = 2 AND stage = ?",
				"1248100998", "EXPANSION"))
			.isEqualTo(1);
		// An INCHEON power-semiconductor firm does not share a pair with a GYEONGBUK
		// line.
		assertThat(this.inbox.count("SELECT count(*) FROM match WHERE brn = ?", "1248100998")).isZero();
	}

	@Test
	void theApiIsDocumentedByOpenApi() {
		this.client.get()
			.uri("/v3/api-docs/matching")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/matches'].get")
			.exists()
			.jsonPath("$.paths['/api/matches/{matchId}/reviews'].post")
			.exists()
			.jsonPath("$.paths['/api/near-misses'].get")
			.exists();
	}

}
