package kr.fundflow.matching.match.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static kr.fundflow.matching.match.domain.Candidates.EOK;
import static kr.fundflow.matching.match.domain.Candidates.hydrogenLine;
import static kr.fundflow.matching.match.domain.Candidates.pohang;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ValuesTests {

	@Test
	void wonAreWrittenExactlyInJoEokAndMan() {
		assertThat(Won.format(0)).isEqualTo("0원");
		assertThat(Won.format(300_000_000L)).isEqualTo("3억");
		assertThat(Won.format(350_000_000L)).isEqualTo("3억 5,000만");
		assertThat(Won.format(12_345L)).isEqualTo("1만 2,345원");
		assertThat(Won.format(220_000_000_000L)).isEqualTo("2,200억");
		assertThat(Won.format(60_000_000_000_000L)).isEqualTo("60조");
		assertThat(Won.format(150_000_000_000_001L)).isEqualTo("150조 1원");
		assertThat(Won.format(-300_000_000L)).isEqualTo("-3억");
	}

	@Test
	void anAllocationIsIndexedUnderEveryRegionIndustryPair() {
		Allocation line = new Allocation(UUID.randomUUID(), UUID.randomUUID(), null, "iM뱅크",
				List.of("GYEONGBUK", "DAEGU"), List.of("AI", "BIO"), "GRANT", List.of(), null, null, null, EOK, 0,
				Candidates.HUNDRED_EOK, AllocationStatus.OPEN);

		assertThat(line.targets()).containsExactly(new RegionIndustry("GYEONGBUK", "AI"),
				new RegionIndustry("GYEONGBUK", "BIO"), new RegionIndustry("DAEGU", "AI"),
				new RegionIndustry("DAEGU", "BIO"));
	}

	@Test
	void aCompanyIsIndexedUnderItsRegionWithEachIndustry() {
		assertThat(Candidates.withIndustries(pohang(), "HYDROGEN", "AI").targets())
			.containsExactly(new RegionIndustry("GYEONGBUK", "HYDROGEN"), new RegionIndustry("GYEONGBUK", "AI"));
	}

	@Test
	void theRemainingBudgetIsNeverNegative() {
		assertThat(hydrogenLine().remaining()).isEqualTo(5 * EOK);
		assertThat(hydrogenLine().withCommitted(2 * EOK).remaining()).isEqualTo(3 * EOK);
		// Committed above a lowered amount (the fund side never allows it, but events may
		// cross).
		assertThat(hydrogenLine().withCommitted(5 * EOK).withAmount(4 * EOK).remaining()).isZero();
	}

	@Test
	void anAllocationRefusesNegativeAmountsAndAMissingThreshold() {
		assertThatIllegalArgumentException().isThrownBy(() -> hydrogenLine().withAmount(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> Candidates.withReviewThreshold(hydrogenLine(), 0));
	}

	@Test
	void regionsTellTheCapitalAreaAndTreatUnknownOnesAsCapital() {
		Regions regions = new Regions(Map.of("SEOUL", true, "GYEONGBUK", false));

		assertThat(regions.isCapitalArea("SEOUL")).isTrue();
		assertThat(regions.isCapitalArea("GYEONGBUK")).isFalse();
		assertThat(regions.isCapitalArea("ATLANTIS")).isTrue();
		assertThat(regions.contains("ATLANTIS")).isFalse();
	}

	@Test
	void aDemandAcceptsItsInstrumentsOnly() {
		Demand demand = Candidates.demand(EOK, "GRANT", "LOAN_GUARANTEE");

		assertThat(demand.accepts("GRANT")).isTrue();
		assertThat(demand.accepts("DIRECT_INVESTMENT")).isFalse();
	}

}
