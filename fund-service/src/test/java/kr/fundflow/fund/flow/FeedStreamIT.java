package kr.fundflow.fund.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.fund.FundApi;
import kr.fundflow.fund.FundServiceEnvironment;
import kr.fundflow.fund.flow.application.TrimFeed;
import kr.fundflow.testsupport.TestEvents;
import kr.fundflow.testsupport.TestPostgres;

import static kr.fundflow.fund.FundApi.EOK;
import static kr.fundflow.fund.FundApi.JO;
import static kr.fundflow.fund.FundApi.MINISTRY;
import static kr.fundflow.fund.FundApi.OPERATOR;
import static kr.fundflow.fund.FundApi.OPS;
import static kr.fundflow.fund.FundApi.WORKING_GROUP;
import static kr.fundflow.fund.FundApi.guaranteeLine;
import static kr.fundflow.fund.FundApi.number;
import static kr.fundflow.fund.flow.FeedStream.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live feed ({@code GET /api/dashboard/stream}) on real PostgreSQL and Kafka: lines
 * within a second, resumption after {@code Last-Event-ID}, the latest twenty on a fresh
 * connection, lines stored by another instance, heartbeats, retention.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
class FeedStreamIT {

	private static final Duration ONE_SECOND = Duration.ofSeconds(1);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static TestPostgres.Database database;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		database = FundServiceEnvironment.register(registry, "fund_feed");
		registry.add("fundflow.feed.heartbeat", () -> "1s");
		registry.add("fundflow.feed.max-streams", () -> "3");
	}

	@Autowired
	WebTestClient http;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TrimFeed trimFeed;

	FundApi api;

	UUID fundId;

	UUID allocationId;

	@BeforeEach
	void fundWithAnAllocation() {
		this.api = new FundApi(this.http, database);
		this.fundId = this.api.createFund(100 * JO);
		this.allocationId = this.api.createAllocation(this.fundId, guaranteeLine(2 * JO));
		awaitFeedLines(1);
	}

	@Test
	void aChangeAppearsOnAnOpenStreamWithinASecond() {
		try (FeedStream stream = FeedStream.open(this.http, streamOfFund(), MINISTRY, null)) {
			ServerSentEvent<String> allocated = stream.next(TIMEOUT);
			assertThat(allocated.event()).isEqualTo("fund.allocation.allocated");
			assertThat(allocated.id()).isEqualTo(Long.toString(lastSeq()));
			Map<String, Object> line = data(allocated);
			assertThat(line).containsEntry("type", "fund.allocation.allocated")
				.containsEntry("fundId", this.fundId.toString())
				.containsEntry("allocationId", this.allocationId.toString())
				.containsEntry("region", "GYEONGBUK")
				.containsEntry("message",
						Map.of("ko", "경상북도 수소 (iM뱅크) 2조 배정", "en",
								"Allocated: North Gyeongsang · Hydrogen (iM뱅크), KRW 2,000,000,000,000"))
				.doesNotContainKey("matchId");
			assertThat(number(line.get("amount"))).isEqualTo(2 * JO);
			assertThat((String) line.get("at")).endsWith("Z");

			MatchEvents match = MatchEvents.of(this.allocationId, this.fundId, "GYEONGBUK", "HYDROGEN",
					"LOAN_GUARANTEE", "GROWTH");
			// The first match event may wait for the consumer's partitions to be
			// assigned;
			// from then on every change must be on the stream within a second.
			TestEvents.publish(match.proposed(3 * EOK));
			ServerSentEvent<String> proposed = stream.next(TIMEOUT);
			assertThat(proposed.event()).isEqualTo("matching.match.proposed");
			assertThat(data(proposed)).containsEntry("matchId", match.matchId().toString())
				.containsEntry("region", "GYEONGBUK")
				.containsEntry("message", Map.of("ko", "경상북도 수소 3억 매칭 제안", "en",
						"Match proposed: North Gyeongsang · Hydrogen, KRW 300,000,000"));

			TestEvents.publish(match.approved(3 * EOK));
			ServerSentEvent<String> approved = stream.next(ONE_SECOND);
			assertThat(approved.event()).isEqualTo("matching.match.reviewed");
			assertThat(((Map<?, ?>) data(approved).get("message")).get("ko")).isEqualTo("경상북도 수소 3억 매칭 승인");
			// The ledger answers the approval; its commitment is on the feed too.
			ServerSentEvent<String> committed = stream.next(TIMEOUT);
			assertThat(committed.event()).isEqualTo("fund.commitment.accepted");
			assertThat(((Map<?, ?>) data(committed).get("message")).get("ko")).isEqualTo("경상북도 수소 3억 예산 확정");
			assertThat(Long.parseLong(committed.id())).isGreaterThan(Long.parseLong(approved.id()));

			MatchEvents another = match();
			TestEvents.publish(another.proposed(5 * EOK));
			assertThat(data(stream.next(ONE_SECOND))).containsEntry("matchId", another.matchId().toString());
			this.api.patchAllocation(this.allocationId, Map.of("amount", 3 * JO, "reason", "증액")).expectStatus().isOk();
			ServerSentEvent<String> adjusted = stream.next(ONE_SECOND);
			assertThat(adjusted.event()).isEqualTo("fund.allocation.adjusted");
			assertThat(((Map<?, ?>) data(adjusted).get("message")).get("ko")).isEqualTo("경상북도 수소 (iM뱅크) 배정 2조 → 3조 조정");
		}
	}

	@Test
	void reconnectingWithLastEventIdGetsExactlyTheMissedEvents() {
		MatchEvents first = match();
		String lastSeen;
		try (FeedStream stream = FeedStream.open(this.http, streamOfFund(), MINISTRY, null)) {
			stream.next(TIMEOUT);
			TestEvents.publish(first.proposed(3 * EOK));
			lastSeen = stream.next(TIMEOUT).id();
		}
		MatchEvents second = match();
		TestEvents.publish(first.reviewed(3 * EOK, "REJECT", "REJECTED"));
		TestEvents.publish(second.proposed(5 * EOK));
		awaitFeedLines(4);

		try (FeedStream resumed = FeedStream.open(this.http, streamOfFund(), OPERATOR, lastSeen)) {
			ServerSentEvent<String> rejected = resumed.next(TIMEOUT);
			ServerSentEvent<String> proposed = resumed.next(TIMEOUT);
			assertThat(List.of(rejected.event(), proposed.event())).containsExactlyInAnyOrder("matching.match.reviewed",
					"matching.match.proposed");
			assertThat(Long.parseLong(rejected.id())).isGreaterThan(Long.parseLong(lastSeen));
			assertThat(Long.parseLong(proposed.id())).isGreaterThan(Long.parseLong(rejected.id()));
			assertThat(List.of(data(rejected).get("matchId"), data(proposed).get("matchId")))
				.containsExactlyInAnyOrder(first.matchId().toString(), second.matchId().toString());

			// Nothing else was waiting: the next event is the next change.
			MatchEvents third = match();
			TestEvents.publish(third.proposed(7 * EOK));
			assertThat(data(resumed.next(TIMEOUT))).containsEntry("matchId", third.matchId().toString());
		}

		try (FeedStream resumed = FeedStream.open(this.http, streamOfFund() + "&lastEventId=" + lastSeen, MINISTRY,
				null)) {
			assertThat(Long.parseLong(resumed.next(TIMEOUT).id())).isGreaterThan(Long.parseLong(lastSeen));
		}
	}

	@Test
	void aNewConnectionGetsTheLatestTwentyLinesThenLiveOnes() {
		for (int i = 0; i < 24; i++) {
			TestEvents.publish(match().proposed((i + 1) * EOK));
		}
		awaitFeedLines(25);
		List<Long> latest = new ArrayList<>();
		try (FeedStream stream = FeedStream.open(this.http, streamOfFund(), MINISTRY, null)) {
			for (int i = 0; i < 20; i++) {
				latest.add(Long.parseLong(stream.next(TIMEOUT).id()));
			}
			assertThat(latest).isEqualTo(lastSeqs(20));

			MatchEvents live = match();
			TestEvents.publish(live.proposed(EOK));
			ServerSentEvent<String> next = stream.next(TIMEOUT);
			assertThat(data(next)).containsEntry("matchId", live.matchId().toString());
			assertThat(Long.parseLong(next.id())).isGreaterThan(latest.get(19));
		}
	}

	@Test
	void aLineStoredByAnotherInstanceReachesTheStreamAndAQuietStreamGetsHeartbeats() throws Exception {
		try (FeedStream stream = FeedStream.open(this.http, streamOfFund(), MINISTRY, null)) {
			stream.next(TIMEOUT);
			assertThat(stream.nextComment(Duration.ofSeconds(5))).isEqualTo("heartbeat");

			// Another instance's consumer wrote this line: nothing in this instance's
			// memory.
			this.api.execute("INSERT INTO feed_event (event_id, occurred_at, type, fund_id, allocation_id, message_ko, "
					+ "message_en) VALUES (?, now(), 'fund.allocation.closed', ?, ?, '배정 마감', 'Allocation closed')",
					UUID.randomUUID(), this.fundId, this.allocationId);
			ServerSentEvent<String> closed = stream.next(ONE_SECOND);
			assertThat(closed.event()).isEqualTo("fund.allocation.closed");
			assertThat(data(closed)).doesNotContainKeys("matchId", "region", "amount")
				.containsEntry("message", Map.of("ko", "배정 마감", "en", "Allocation closed"));
		}
	}

	@Test
	void theStreamIsForMinistriesAndOperatorsAndRefusesBadParameters() {
		for (String refused : List.of(WORKING_GROUP, OPS)) {
			this.http.get()
				.uri(streamOfFund())
				.header(HttpHeaders.AUTHORIZATION, refused)
				.accept(MediaType.TEXT_EVENT_STREAM)
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		this.http.get()
			.uri(streamOfFund())
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.http.get()
			.uri(streamOfFund() + "&lastEventId=latest")
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("lastEventId");
		this.http.get()
			.uri("/api/dashboard/stream?fundId={id}", UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void anInstanceServesAtMostItsLimitOfStreamsAndFreesThemWhenClientsGo() {
		FundApi.await("earlier streams released", TIMEOUT, () -> openStreams() == 0);
		List<FeedStream> streams = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				FeedStream stream = FeedStream.open(this.http, streamOfFund(), MINISTRY, null);
				streams.add(stream);
				stream.next(TIMEOUT);
			}
			assertThat(openStreams()).isEqualTo(3);
			this.http.get()
				.uri(streamOfFund())
				.header(HttpHeaders.AUTHORIZATION, MINISTRY)
				.accept(MediaType.TEXT_EVENT_STREAM)
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.valueEquals(HttpHeaders.RETRY_AFTER, "5")
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		finally {
			streams.forEach(FeedStream::close);
		}
		FundApi.await("streams released when their clients went", TIMEOUT, () -> openStreams() == 0);
		try (FeedStream again = FeedStream.open(this.http, streamOfFund(), MINISTRY, null)) {
			assertThat(data(again.next(TIMEOUT))).containsEntry("type", "fund.allocation.allocated");
		}
	}

	private double openStreams() {
		return this.meters.get("fundflow.feed.open.streams").gauge().value();
	}

	private MatchEvents match() {
		return MatchEvents.of(this.allocationId, this.fundId, "GYEONGBUK", "HYDROGEN", "LOAN_GUARANTEE", "GROWTH");
	}

	@Test
	void linesPastTheirRetentionGoExceptEachFundsNewestTwenty() throws Exception {
		UUID quietFund = UUID.randomUUID();
		for (int i = 0; i < 25; i++) {
			lineDaysAgo(this.fundId, 40);
		}
		for (int i = 0; i < 3; i++) {
			lineDaysAgo(quietFund, 400);
		}
		List<Long> newest = lastSeqs(20);

		assertThat(this.trimFeed.trim().block()).isEqualTo(5);

		// the allocation's own line is recent; of the old ones the newest twenty stay
		assertThat(this.api.queryLong("SELECT count(*) FROM feed_event WHERE fund_id = ?", this.fundId)).isEqualTo(21);
		assertThat(lastSeqs(20)).isEqualTo(newest);
		assertThat(this.api.queryLong("SELECT count(*) FROM feed_event WHERE fund_id = ?", quietFund)).isEqualTo(3);
		assertThat(this.trimFeed.trim().block()).isZero();
	}

	private void lineDaysAgo(UUID fundId, int days) throws Exception {
		this.api.execute("INSERT INTO feed_event (event_id, occurred_at, type, fund_id, message_ko, message_en) "
				+ "VALUES (?, now() - make_interval(days => ?), 'fund.allocation.closed', ?, '배정 마감', "
				+ "'Allocation closed')", UUID.randomUUID(), days, fundId);
	}

	private String streamOfFund() {
		return "/api/dashboard/stream?fundId=" + this.fundId;
	}

	private void awaitFeedLines(long lines) {
		FundApi.await(lines + " feed lines", TIMEOUT,
				() -> this.api.queryLong("SELECT count(*) FROM feed_event WHERE fund_id = ?", this.fundId) >= lines);
	}

	private long lastSeq() {
		return this.api.queryLong("SELECT max(seq) FROM feed_event WHERE fund_id = ?", this.fundId);
	}

	/** The fund's newest {@code count} sequence numbers, oldest first. */
	private List<Long> lastSeqs(int count) {
		List<Long> seqs = new ArrayList<>();
		long highest = lastSeq();
		for (int i = count - 1; i >= 0; i--) {
			seqs.add(this.api.queryLong(
					"SELECT seq FROM feed_event WHERE fund_id = ? ORDER BY seq DESC OFFSET ? LIMIT 1", this.fundId, i));
		}
		assertThat(seqs.get(count - 1)).isEqualTo(highest);
		return seqs;
	}

}
