package kr.fundflow.matching.match.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.fundflow.contracts.EventCodec;
import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.matching.MatchProposed;
import kr.fundflow.contracts.matching.MatchReason;
import kr.fundflow.contracts.matching.MatchReviewed;
import kr.fundflow.contracts.matching.MatchWithdrawn;
import kr.fundflow.matching.match.GoldenFields;
import kr.fundflow.matching.match.domain.Decision;
import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.matching.match.domain.MatchStatus;
import kr.fundflow.matching.match.domain.Outcome;
import kr.fundflow.matching.match.domain.Reason;
import kr.fundflow.matching.match.domain.Review;
import kr.fundflow.matching.match.domain.ReviewOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer side of the golden fixtures: the events this service writes have exactly
 * the golden fields, with the match's values.
 */
class ProducedGoldenEventsTests {

	private static final UUID MATCH = UUID.fromString("c0ffee00-1234-4abc-8def-0123456789ab");

	private static final UUID ALLOCATION = UUID.fromString("8b9e1d2c-3f4a-4b5c-8d6e-7f8091a2b3c4");

	private static final UUID FUND = UUID.fromString("3f1c2a7e-6a51-4c1e-9a0b-1f2d3c4b5a60");

	private static final Instant PROPOSED_AT = Instant.parse("2026-02-01T00:00:05Z");

	private static Match match(MatchStatus status, String withdrawalReason) {
		return new Match(MATCH, ALLOCATION, FUND, "5068212349", "포항수소에너지㈜", "GYEONGBUK", "HYDROGEN", "LOAN_GUARANTEE",
				"GROWTH", 300_000_000L, 82,
				List.of(new Reason("INDUSTRY_FIT", Outcome.MATCHED, 30, "HYDROGEN is eligible"),
						new Reason("CERTIFICATION", Outcome.NEAR_MISS, 0, "needs REGULATION_FREE_ZONE")),
				10_000_000_000L, status, 1, List.of(), null, 0, null, null, withdrawalReason, PROPOSED_AT,
				Instant.parse("2026-12-31T15:00:00Z"));
	}

	@Test
	void matchProposedHasTheGoldenFieldsAndTheMatchesValues() {
		MatchProposed event = ContractMapping.toProposed(match(MatchStatus.PROPOSED, null));

		assertThat(GoldenFields.of(EventCodec.toJson(event))).isEqualTo(GoldenFields.of(EventType.MATCH_PROPOSED));
		assertThat(event.aggregateId()).isEqualTo(MATCH.toString());
		assertThat(event.amount()).isEqualTo(300_000_000L);
		assertThat(event.score()).isEqualTo(82);
		assertThat(event.proposedAt()).isEqualTo(PROPOSED_AT);
		assertThat(event.reasons()).containsExactly(
				new MatchReason("INDUSTRY_FIT", "MATCHED", 30, "HYDROGEN is eligible"),
				new MatchReason("CERTIFICATION", "NEAR_MISS", 0, "needs REGULATION_FREE_ZONE"));
	}

	@Test
	void matchWithdrawnHasTheGoldenFieldsAndTheReason() {
		MatchWithdrawn event = ContractMapping.toWithdrawn(match(MatchStatus.WITHDRAWN, "allocation closed"));

		assertThat(GoldenFields.of(EventCodec.toJson(event))).isEqualTo(GoldenFields.of(EventType.MATCH_WITHDRAWN));
		assertThat(event.reason()).isEqualTo("allocation closed");
		assertThat(event.withdrawnAt()).isEqualTo(Instant.parse("2026-12-31T15:00:00Z"));
	}

	@Test
	void matchReviewedHasTheGoldenFieldsAndTheReview() {
		Match match = match(MatchStatus.PROPOSED, null);
		Review review = new Review(Decision.APPROVE, "지역 수소 클러스터 핵심 기업", "wg-gyeongbuk-1",
				Instant.parse("2026-02-10T04:59:00Z"));
		ReviewOutcome outcome = match.review(review);

		MatchReviewed event = ContractMapping.toReviewed(match, outcome);

		assertThat(GoldenFields.of(EventCodec.toJson(event))).isEqualTo(GoldenFields.of(EventType.MATCH_REVIEWED));
		assertThat(event.decision()).isEqualTo("APPROVE");
		assertThat(event.status()).isEqualTo("APPROVED");
		assertThat(event.approvals()).isEqualTo(1);
		assertThat(event.reviewer()).isEqualTo("wg-gyeongbuk-1");
		assertThat(event.reviewedAt()).isEqualTo(Instant.parse("2026-02-10T04:59:00Z"));
	}

	@Test
	void aReviewWithoutReasonStillHasEveryGoldenField() {
		Match match = match(MatchStatus.PROPOSED, null);
		ReviewOutcome outcome = match
			.review(new Review(Decision.REQUEST_INFO, null, "wg-1", Instant.parse("2026-02-10T04:59:00Z")));

		MatchReviewed event = ContractMapping.toReviewed(match, outcome);

		assertThat(GoldenFields.of(EventCodec.toJson(event))).isEqualTo(GoldenFields.of(EventType.MATCH_REVIEWED));
		assertThat(event.status()).isEqualTo("INFO_REQUESTED");
	}

}
