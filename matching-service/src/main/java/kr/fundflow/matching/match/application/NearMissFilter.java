package kr.fundflow.matching.match.application;

import java.util.UUID;

/** Optional filters of the near-miss list; null means any. */
public record NearMissFilter(String region, UUID allocationId, String brn) {

	public NearMissFilter withRegion(String newRegion) {
		return new NearMissFilter(newRegion, this.allocationId, this.brn);
	}

}
