package kr.fundflow.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

import kr.fundflow.contracts.CloudEventHeaders;
import kr.fundflow.contracts.EventCodec;
import kr.fundflow.contracts.EventEnvelope;
import kr.fundflow.contracts.EventType;

/**
 * Turns a Kafka message with CloudEvents binary-mode headers into an
 * {@link InboundEvent}.
 */
public final class InboundEventReader {

	private InboundEventReader() {
	}

	/**
	 * Reads the event; empty for a type this service does not know (a newer producer),
	 * which is skipped.
	 * @throws UnreadableEvent when headers are missing or the body does not match its
	 * type
	 */
	public static Optional<InboundEvent> read(Message<byte[]> message) {
		MessageHeaders headers = message.getHeaders();
		String typeName = header(headers, CloudEventHeaders.TYPE);
		if (typeName == null) {
			throw new UnreadableEvent("Missing header " + CloudEventHeaders.TYPE, null);
		}
		Optional<EventType> type = EventType.fromLogicalName(typeName);
		if (type.isEmpty()) {
			return Optional.empty();
		}
		try {
			EventEnvelope envelope = new EventEnvelope(UUID.fromString(required(headers, CloudEventHeaders.ID)),
					typeName, required(headers, CloudEventHeaders.SOURCE),
					Instant.parse(required(headers, CloudEventHeaders.TIME)),
					header(headers, CloudEventHeaders.SUBJECT),
					Integer.parseInt(required(headers, CloudEventHeaders.SCHEMA_VERSION)));
			return Optional.of(new InboundEvent(envelope, type.get(),
					EventCodec.fromJson(message.getPayload(), type.get()), topicOf(message)));
		}
		catch (UnreadableEvent ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new UnreadableEvent("Unreadable " + typeName + " event: " + ex.getMessage(), ex);
		}
	}

	public static String topicOf(Message<?> message) {
		return header(message.getHeaders(), KafkaHeaders.RECEIVED_TOPIC);
	}

	/** Kafka headers arrive as bytes or, depending on the header mapper, as strings. */
	static String header(MessageHeaders headers, String name) {
		Object value = headers.get(name);
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return (value != null) ? value.toString() : null;
	}

	private static String required(MessageHeaders headers, String name) {
		String value = header(headers, name);
		if (value == null || value.isBlank()) {
			throw new UnreadableEvent("Missing header " + name, null);
		}
		return value;
	}

}
