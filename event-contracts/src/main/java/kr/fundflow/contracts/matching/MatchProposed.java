package kr.fundflow.contracts.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.fundflow.contracts.IntegrationEvent;

/** matching-service proposes that a company receive {@code amount} from an allocation. */
public record MatchProposed(UUID matchId, UUID allocationId, UUID fundId, String brn, String companyName, String region,
		String industry, String instrument, String stage, long amount, int score, List<MatchReason> reasons,
		Instant proposedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.matchId.toString();
	}

}
