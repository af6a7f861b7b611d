package kr.fundflow.fund.flow.application;

import java.util.UUID;

import kr.fundflow.fund.flow.domain.Attribution;

/**
 * What the read model takes from this service's allocation: its fund, channel and
 * instrument (for its matches too) and where its own amount counts (first region, first
 * industry, first stage).
 */
public record AllocationProfile(UUID allocationId, UUID fundId, String channel, String instrument,
		Attribution attribution) {

}
