package kr.fundflow.fund.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.contracts.CloudEventHeaders;
import kr.fundflow.contracts.EventCodec;
import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.Topics;
import kr.fundflow.contracts.fund.CommitmentAccepted;
import kr.fundflow.contracts.fund.CommitmentRejected;
import kr.fundflow.contracts.matching.MatchReviewed;
import kr.fundflow.fund.FundApi;
import kr.fundflow.fund.FundServiceEnvironment;
import kr.fundflow.testsupport.EventRecorder;
import kr.fundflow.testsupport.TestPostgres;

import static kr.fundflow.fund.FundApi.EOK;
import static kr.fundflow.fund.FundApi.approval;
import static kr.fundflow.fund.FundApi.guaranteeLine;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 approvals of distinct matches race for an allocation that can cover only a fraction
 * of them, each through the real consumer (inbox, transaction, outbox) on its own thread,
 * as 64 consumer instances would. The database must keep committed within the amount and
 * the accepted events must add up exactly to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
class ConcurrentCommitmentsIT {

	private static final int APPROVALS = 64;

	private static TestPostgres.Database database;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		database = FundServiceEnvironment.register(registry, "fund_concurrency");
	}

	@Autowired
	WebTestClient http;

	@Autowired
	@Qualifier("matchEvents")
	Consumer<Message<byte[]>> matchEvents;

	@Test
	void concurrentApprovalsForSeveralTimesTheRemainingBudgetNeverCommitMoreThanTheAllocation() throws Exception {
		FundApi api = new FundApi(this.http, database);
		UUID fundId = api.createFund(1_000 * EOK);
		long amount = 50 * EOK;
		UUID allocationId = api.createAllocation(fundId, guaranteeLine(amount));

		// Between 1억 and 5억 each: about 192억 asked for against 50억, so roughly 4 times
		// the budget.
		Random random = new Random(20260101);
		Map<UUID, Long> requested = new HashMap<>();
		List<MatchReviewed> approvals = new ArrayList<>();
		for (int i = 0; i < APPROVALS; i++) {
			UUID matchId = UUID.randomUUID();
			long ask = EOK * (1 + random.nextInt(5)) + random.nextInt(1_000_000);
			requested.put(matchId, ask);
			approvals.add(approval(matchId, allocationId, fundId, "5068212349", ask));
		}
		long totalAsked = requested.values().stream().mapToLong(Long::longValue).sum();
		assertThat(totalAsked).isBetween(2 * amount, 10 * amount);

		try (EventRecorder allocations = new EventRecorder(Topics.ALLOCATIONS)) {
			fireAllAtOnce(approvals);

			long committed = api.queryLong("SELECT committed FROM allocation WHERE id = ?", allocationId);
			long accepted = api.queryLong(
					"SELECT coalesce(sum((payload->>'amount')::bigint), 0) FROM outbox_event "
							+ "WHERE event_type = 'fund.commitment.accepted' AND event_key = ?",
					allocationId.toString());
			assertThat(committed).isLessThanOrEqualTo(amount).isPositive();
			assertThat(accepted).isEqualTo(committed);
			assertThat(api.queryLong("SELECT sum(amount) FROM commitment WHERE allocation_id = ?", allocationId))
				.isEqualTo(committed);
			assertThat(api.outboxEvents("fund.commitment.accepted", allocationId)
					+ api.outboxEvents("fund.commitment.rejected", allocationId))
				.isEqualTo(APPROVALS);
			assertThat(api.queryLong("SELECT count(*) FROM commitment WHERE allocation_id = ?", allocationId))
				.isEqualTo(api.outboxEvents("fund.commitment.accepted", allocationId));

			// What Kafka carries agrees: every approval answered once, accepted ones
			// adding up to committed.
			List<ConsumerRecord<String, byte[]>> answers = new ArrayList<>();
			FundApi.await("all 64 answers on Kafka", Duration.ofSeconds(60), () -> {
				answers.clear();
				answers.addAll(allocations.drain(Duration.ofMillis(200))
					.stream()
					.filter(r -> r.key().equals(allocationId.toString()))
					.filter(r -> EventRecorder.header(r, "ce_type").startsWith("fund.commitment."))
					.toList());
				return answers.size() >= APPROVALS;
			});
			assertThat(answers).hasSize(APPROVALS);
			long acceptedOnKafka = 0;
			long highestCommitted = 0;
			for (ConsumerRecord<String, byte[]> answer : answers) {
				if (EventType.COMMITMENT_ACCEPTED.logicalName().equals(EventRecorder.header(answer, "ce_type"))) {
					CommitmentAccepted event = EventCodec.fromJson(answer.value(), CommitmentAccepted.class);
					assertThat(event.amount()).isEqualTo(requested.get(event.matchId()));
					acceptedOnKafka += event.amount();
					highestCommitted = Math.max(highestCommitted, event.allocationCommitted());
				}
				else {
					CommitmentRejected event = EventCodec.fromJson(answer.value(), CommitmentRejected.class);
					// refused only when it truly did not fit what was left at that moment
					assertThat(event.remaining()).isLessThan(event.requestedAmount());
					assertThat(event.reason()).startsWith("잔여 예산 부족");
				}
			}
			assertThat(acceptedOnKafka).isEqualTo(committed);
			assertThat(highestCommitted).isEqualTo(committed);
		}
	}

	private void fireAllAtOnce(List<MatchReviewed> approvals) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(APPROVALS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Callable<Void>> deliveries = new ArrayList<>();
			for (MatchReviewed approval : approvals) {
				Message<byte[]> message = asDelivered(approval);
				deliveries.add(() -> {
					start.await();
					this.matchEvents.accept(message);
					return null;
				});
			}
			List<Future<Void>> done = new ArrayList<>();
			for (Callable<Void> delivery : deliveries) {
				done.add(threads.submit(delivery));
			}
			start.countDown();
			for (Future<Void> delivery : done) {
				delivery.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** The message as the Kafka binder hands it to the consumer. */
	private static Message<byte[]> asDelivered(MatchReviewed approval) {
		return MessageBuilder.withPayload(EventCodec.toJson(approval))
			.setHeader(CloudEventHeaders.ID, UUID.randomUUID().toString())
			.setHeader(CloudEventHeaders.SOURCE, "/fundflow/matching-service")
			.setHeader(CloudEventHeaders.TYPE, EventType.MATCH_REVIEWED.logicalName())
			.setHeader(CloudEventHeaders.TIME, approval.reviewedAt().toString())
			.setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE)
			.setHeader(CloudEventHeaders.SUBJECT, approval.matchId().toString())
			.setHeader(CloudEventHeaders.SCHEMA_VERSION, "1")
			.setHeader(KafkaHeaders.RECEIVED_TOPIC, Topics.MATCHES)
			.setHeader(KafkaHeaders.RECEIVED_KEY, approval.matchId().toString())
			.build();
	}

}
