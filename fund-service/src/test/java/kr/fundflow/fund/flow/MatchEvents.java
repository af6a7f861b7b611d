package kr.fundflow.fund.flow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.fundflow.contracts.matching.MatchProposed;
import kr.fundflow.contracts.matching.MatchReason;
import kr.fundflow.contracts.matching.MatchReviewed;
import kr.fundflow.contracts.matching.MatchWithdrawn;

/**
 * matching-service's events about one match, as it would publish them: the same match id,
 * allocation, fund, company and place in each.
 */
record MatchEvents(UUID matchId, UUID allocationId, UUID fundId, String brn, String region, String industry,
		String instrument, String stage) {

	static MatchEvents of(UUID allocationId, UUID fundId, String region, String industry, String instrument,
			String stage) {
		return new MatchEvents(UUID.randomUUID(), allocationId, fundId, "5068212349", region, industry, instrument,
				stage);
	}

	MatchProposed proposed(long amount) {
		return new MatchProposed(this.matchId, this.allocationId, this.fundId, this.brn, "포항수소에너지(주)", this.region,
				this.industry, this.instrument, this.stage, amount, 87,
				List.of(new MatchReason("REGION", "MATCHED", 30, "경상북도 소재")), Instant.now());
	}

	MatchReviewed approved(long amount) {
		return reviewed(amount, "APPROVE", "APPROVED");
	}

	MatchReviewed reviewed(long amount, String decision, String status) {
		return new MatchReviewed(this.matchId, this.allocationId, this.fundId, this.brn, this.region, this.industry,
				this.instrument, this.stage, amount, decision, status, "wg-1", "검토 의견", 1, Instant.now());
	}

	MatchWithdrawn withdrawn(long amount) {
		return new MatchWithdrawn(this.matchId, this.allocationId, this.fundId, this.brn, this.region, this.industry,
				amount, "기업 정보 변경으로 요건 미충족", Instant.now());
	}

}
