package kr.fundflow.matching.match.application;

import java.util.UUID;

import kr.fundflow.matching.match.domain.MatchStatus;

/** Optional filters of a match list; null means any. */
public record MatchFilter(String region, MatchStatus status, UUID allocationId, String brn) {

	public MatchFilter withRegion(String newRegion) {
		return new MatchFilter(newRegion, this.status, this.allocationId, this.brn);
	}

}
