package kr.fundflow.fund.flow.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AllocationChangeTests {

	private static final Attribution FIRST = new Attribution("GYEONGBUK", "HYDROGEN", "STARTUP");

	@Test
	void anOpenedAllocationCountsItsAmountAsAllocatedUnderItsFirstPlace() {
		assertThat(new AllocationChange.Opened(700_000_000L).deltas(FIRST))
			.containsExactly(new StageDelta(Stage.ALLOCATED, FIRST, 700_000_000L));
	}

	@Test
	void anAdjustmentMovesAllocatedByTheDifferenceEitherWay() {
		assertThat(new AllocationChange.Adjusted(700_000_000L, 900_000_000L).deltas(FIRST))
			.containsExactly(new StageDelta(Stage.ALLOCATED, FIRST, 200_000_000L));
		assertThat(new AllocationChange.Adjusted(900_000_000L, 600_000_000L).deltas(FIRST))
			.containsExactly(new StageDelta(Stage.ALLOCATED, FIRST, -300_000_000L));
		assertThat(new AllocationChange.Adjusted(600_000_000L, 600_000_000L).deltas(FIRST)).isEmpty();
	}

	@Test
	void closingKeepsWhatIsAllocated() {
		assertThat(new AllocationChange.Closed().deltas(FIRST)).isEmpty();
		assertThat(new AllocationChange.Closed().feedAmount()).isNull();
	}

	@Test
	void feedLinesSayWhatHappenedKoreanFirst() {
		Subject pohang = new Subject("경상북도 수소 (iM뱅크)", "North Gyeongsang · Hydrogen (iM뱅크)");
		assertThat(new AllocationChange.Opened(700_000_000L).describe(pohang)).isEqualTo(new FeedMessage(
				"경상북도 수소 (iM뱅크) 7억 배정", "Allocated: North Gyeongsang · Hydrogen (iM뱅크), KRW 700,000,000"));
		assertThat(new AllocationChange.Adjusted(700_000_000L, 900_000_000L).describe(pohang).ko())
			.isEqualTo("경상북도 수소 (iM뱅크) 배정 7억 → 9억 조정");
		assertThat(new AllocationChange.Closed().describe(pohang).en())
			.isEqualTo("Allocation closed: North Gyeongsang · Hydrogen (iM뱅크)");
	}

	@Test
	void matchFeedLinesNameThePlaceTheAmountAndTheOutcome() {
		Subject pohang = new Subject("경상북도 수소", "North Gyeongsang · Hydrogen");
		MatchPlace place = new MatchPlace("GYEONGBUK", "HYDROGEN", "GROWTH");
		assertThat(new MatchChange.Reviewed(place, MatchState.APPROVED, 300_000_000L).describe(pohang)).isEqualTo(
				new FeedMessage("경상북도 수소 3억 매칭 승인", "Match approved: North Gyeongsang · Hydrogen, KRW 300,000,000"));
		assertThat(new MatchChange.Reviewed(place, MatchState.PROPOSED, 30_000_000_000L).describe(pohang).ko())
			.isEqualTo("경상북도 수소 300억 매칭 1차 승인 (2인 검토)");
		assertThat(new MatchChange.Reviewed(place, MatchState.REJECTED, 300_000_000L).describe(pohang).ko())
			.isEqualTo("경상북도 수소 3억 매칭 반려");
		assertThat(new MatchChange.Proposed(place, 300_000_000L).describe(pohang).ko()).isEqualTo("경상북도 수소 3억 매칭 제안");
		assertThat(new MatchChange.CommitmentAccepted(300_000_000L).describe(pohang).ko())
			.isEqualTo("경상북도 수소 3억 예산 확정");
		assertThat(new MatchChange.Disbursed(100_000_000L).describe(pohang).en())
			.isEqualTo("Disbursed: North Gyeongsang · Hydrogen, KRW 100,000,000");
	}

}
