package kr.fundflow.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import kr.fundflow.contracts.EventCodec;
import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.IntegrationEvent;

/**
 * Reads what a service published to a topic, from the beginning, to assert on events and
 * their headers.
 */
public final class EventRecorder implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

	public EventRecorder(String topic) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestKafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "test-recorder-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new ByteArrayDeserializer());
		this.consumer.subscribe(List.of(topic));
	}

	/** Waits until a record matches, or fails after the timeout. */
	public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> matcher, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			for (ConsumerRecord<String, byte[]> record : this.seen) {
				if (matcher.test(record)) {
					return record;
				}
			}
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.seen::add);
		}
		throw new AssertionError("No matching record within " + timeout + "; saw " + this.seen.size() + " records");
	}

	public <T extends IntegrationEvent> T awaitEvent(EventType type, Class<T> bodyType, Predicate<T> matcher,
			Duration timeout) {
		ConsumerRecord<String, byte[]> record = await(r -> type.logicalName().equals(header(r, "ce_type"))
				&& matcher.test(EventCodec.fromJson(r.value(), bodyType)), timeout);
		return EventCodec.fromJson(record.value(), bodyType);
	}

	/**
	 * All records seen so far (after polling for {@code settle}), for exactly-once
	 * assertions.
	 */
	public List<ConsumerRecord<String, byte[]>> drain(Duration settle) {
		long deadline = System.nanoTime() + settle.toNanos();
		while (System.nanoTime() < deadline) {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.seen::add);
		}
		return List.copyOf(this.seen);
	}

	public static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
