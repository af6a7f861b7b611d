package kr.fundflow.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The CloudEvents attributes of one event.
 *
 * @param id unique per event; consumers deduplicate by it
 * @param type stable logical name, e.g. {@code fund.allocation.allocated}
 * @param source the producing service, e.g. {@code /fundflow/fund-service}
 * @param time when the state change happened
 * @param subject the aggregate id (also the record key)
 * @param schemaVersion version of the body's contract
 */
public record EventEnvelope(UUID id, String type, String source, Instant time, String subject, int schemaVersion) {

	public static EventEnvelope of(EventType type, String source, Instant time, String subject) {
		return new EventEnvelope(UUID.randomUUID(), type.logicalName(), source, time, subject, type.schemaVersion());
	}

}
