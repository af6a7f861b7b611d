package kr.fundflow.platform.inbox;

import kr.fundflow.contracts.EventEnvelope;
import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.IntegrationEvent;

/** An event read off Kafka: its envelope, its typed body and where it came from. */
public record InboundEvent(EventEnvelope envelope, EventType type, IntegrationEvent body, String topic) {

	public <T extends IntegrationEvent> T bodyAs(Class<T> bodyType) {
		return bodyType.cast(this.body);
	}

}
