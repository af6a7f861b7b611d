package kr.fundflow.fund.allocation.domain;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.errors.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationTests {

	private static final Instant NOW = Instant.parse("2026-01-05T01:30:00Z");

	@Test
	void aNewAllocationIsOpenWithNothingCommitted() {
		Allocation allocation = open(1_000, null, null);
		assertThat(allocation.isOpen()).isTrue();
		assertThat(allocation.committed()).isZero();
		assertThat(allocation.disbursed()).isZero();
		assertThat(allocation.remaining()).isEqualTo(1_000);
	}

	@Test
	void remainingIsTheAmountLessWhatIsCommitted() {
		assertThat(withCommitted(1_000, 300).remaining()).isEqualTo(700);
	}

	@Test
	void adjustsUpAndDown() {
		Allocation allocation = withCommitted(1_000, 300);
		assertThat(allocation.adjustTo(1_500)).isEqualTo(new AmountChange(1_000, 1_500));
		assertThat(allocation.adjustTo(1_500).delta()).isEqualTo(500);
		assertThat(allocation.adjustTo(400).delta()).isEqualTo(-600);
	}

	@Test
	void mayBeAdjustedDownToExactlyWhatIsCommitted() {
		assertThat(withCommitted(1_000, 300).adjustTo(300).amount()).isEqualTo(300);
	}

	@Test
	void refusesAnAdjustmentBelowWhatIsCommitted() {
		assertThatThrownBy(() -> withCommitted(1_000, 300).adjustTo(299)).isInstanceOf(RuleViolation.class)
			.extracting(ex -> ((RuleViolation) ex).code())
			.isEqualTo("allocation-below-committed");
	}

	@Test
	void refusesANonPositiveAmount() {
		assertThatThrownBy(() -> open(1_000, null, null).adjustTo(0)).isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo("amount");
	}

	@Test
	void refusesAnAdjustmentBelowTheLargestTicket() {
		assertThatThrownBy(() -> open(1_000, 100L, 500L).adjustTo(499)).isInstanceOf(RuleViolation.class)
			.extracting(ex -> ((RuleViolation) ex).code())
			.isEqualTo("allocation-below-ticket");
		assertThatThrownBy(() -> open(1_000, 600L, null).adjustTo(599)).isInstanceOf(RuleViolation.class);
		assertThat(open(1_000, 100L, 500L).adjustTo(500).amount()).isEqualTo(500);
	}

	@Test
	void anUnchangedAmountIsNoChange() {
		assertThat(open(1_000, null, null).adjustTo(1_000).isNone()).isTrue();
	}

	@Test
	void closes() {
		Allocation closed = withCommitted(1_000, 300).close();
		assertThat(closed.status()).isEqualTo(AllocationStatus.CLOSED);
		assertThat(closed.committed()).isEqualTo(300);
	}

	@Test
	void refusesClosingTwice() {
		Allocation closed = open(1_000, null, null).close();
		assertThatThrownBy(closed::close).isInstanceOf(RuleViolation.class)
			.extracting(ex -> ((RuleViolation) ex).code())
			.isEqualTo("allocation-already-closed");
	}

	@Test
	void aClosedAllocationMayGiveBudgetBackButNotGrow() {
		Allocation closed = withCommitted(1_000, 300).close();
		assertThat(closed.adjustTo(300).delta()).isEqualTo(-700);
		assertThatThrownBy(() -> closed.adjustTo(1_001)).isInstanceOf(RuleViolation.class)
			.extracting(ex -> ((RuleViolation) ex).code())
			.isEqualTo("allocation-closed");
	}

	@Test
	void cannotExistWithMoreCommittedThanItsAmountOrMoreDisbursedThanCommitted() {
		Allocation allocation = open(1_000, null, null);
		assertThatThrownBy(() -> copy(allocation, 1_000, 1_001, 0)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> copy(allocation, 1_000, 100, 101)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> copy(allocation, 1_000, -1, 0)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void everyChangeNeedsAReason() {
		assertThatThrownBy(() -> Allocation.requireReason(" ")).isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo("reason");
		assertThatThrownBy(() -> Allocation.requireReason(null)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> Allocation.requireReason("x".repeat(501))).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> Allocation.requireReason("a\u0000b")).isInstanceOf(InvalidInput.class);
		assertThat(Allocation.requireReason("포항 수요 증가\n2차")).isEqualTo("포항 수요 증가\n2차");
	}

	private static Allocation open(long amount, Long minTicket, Long maxTicket) {
		AllocationPlan plan = AllocationPlanTests.pohang()
			.amount(amount)
			.minTicket(minTicket)
			.maxTicket(maxTicket)
			.build();
		return Allocation.open(UUID.randomUUID(), UUID.randomUUID(), plan, NOW, "op-1");
	}

	private static Allocation withCommitted(long amount, long committed) {
		return copy(open(amount, null, null), amount, committed, 0);
	}

	private static Allocation copy(Allocation a, long amount, long committed, long disbursed) {
		return new Allocation(a.id(), a.fundId(), a.title(), a.channel(), a.regions(), a.industries(), a.instrument(),
				a.terms(), a.stages(), a.maxEmployees(), a.minTicket(), a.maxTicket(), amount, committed, disbursed,
				a.status(), a.createdAt(), a.createdBy());
	}

}
