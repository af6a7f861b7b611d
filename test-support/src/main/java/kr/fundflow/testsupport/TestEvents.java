package kr.fundflow.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import kr.fundflow.contracts.CloudEventHeaders;
import kr.fundflow.contracts.EventCodec;
import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.IntegrationEvent;

/**
 * Publishes events to the test broker exactly as a producing service's outbox relay would
 * (CloudEvents headers, aggregate key), so that consumer tests need no producer service.
 */
public final class TestEvents {

	private static KafkaProducer<String, byte[]> producer;

	private TestEvents() {
	}

	/** Publishes with a fresh event id; returns that id. */
	public static UUID publish(IntegrationEvent event) {
		return publish(event, UUID.randomUUID());
	}

	/** Publishes with the given event id, e.g. twice with one id to prove idempotency. */
	public static UUID publish(IntegrationEvent event, UUID eventId) {
		EventType type = EventType.of(event);
		return publishRaw(type.topic(), event.aggregateId(), type.logicalName(), EventCodec.toJson(event), eventId);
	}

	/**
	 * Publishes with the given event id and CloudEvents time ({@code ce_time}), e.g. an
	 * event that happened last quarter.
	 */
	public static UUID publish(IntegrationEvent event, UUID eventId, Instant time) {
		EventType type = EventType.of(event);
		return publishRaw(type.topic(), event.aggregateId(), type.logicalName(), EventCodec.toJson(event), eventId,
				time);
	}

	/** Publishes any body under any type name, e.g. a poison message. */
	public static UUID publishRaw(String topic, String key, String typeName, byte[] body, UUID eventId) {
		return publishRaw(topic, key, typeName, body, eventId, Instant.now());
	}

	/** Publishes any body under any type name, stamped with the given time. */
	public static UUID publishRaw(String topic, String key, String typeName, byte[] body, UUID eventId, Instant time) {
		RecordHeaders headers = new RecordHeaders();
		add(headers, CloudEventHeaders.ID, eventId.toString());
		add(headers, CloudEventHeaders.SOURCE, "/fundflow/test");
		add(headers, CloudEventHeaders.TYPE, typeName);
		add(headers, CloudEventHeaders.TIME, time.toString());
		add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
		add(headers, CloudEventHeaders.SUBJECT, key);
		add(headers, CloudEventHeaders.SCHEMA_VERSION, "1");
		add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
		try {
			producer().send(new ProducerRecord<>(topic, null, key, body, headers)).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot publish test event to " + topic, ex);
		}
		return eventId;
	}

	private static void add(RecordHeaders headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	private static synchronized KafkaProducer<String, byte[]> producer() {
		if (producer == null) {
			producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
					ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
		}
		return producer;
	}

}
