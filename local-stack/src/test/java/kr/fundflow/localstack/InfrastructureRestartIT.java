package kr.fundflow.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fat jar's Kafka child process (started through the Boot PropertiesLauncher) keeps
 * its data when it and the supervisor are killed with kill -9, and exits by itself once
 * the supervisor is gone.
 */
class InfrastructureRestartIT {

	private static final int OFFSET = 150;

	private static final String BOOTSTRAP = "127.0.0.1:" + (9092 + OFFSET);

	private static final String TOPIC = "local-stack.restart-check";

	private final Path dataDir = Path.of("target", "it-infra");

	private StackUnderTest stack;

	@AfterEach
	void stopStack() throws InterruptedException {
		if (this.stack != null) {
			this.stack.stop();
		}
	}

	@Test
	void kafkaDataSurvivesKillMinusNineOfBrokerAndSupervisor() throws Exception {
		startInfrastructure("--reset");
		produce(20, "before-crash");
		ProcessHandle broker = kafkaChild();

		broker.destroyForcibly();
		broker.onExit().get(10, TimeUnit.SECONDS);
		this.stack.await("report of the dead broker", Duration.ofSeconds(10),
				() -> this.stack.consoleText().contains("kafka exited"));
		this.stack.kill();

		startInfrastructure();
		produce(5, "after-restart");
		assertThat(consumeAll()).hasSize(25);
	}

	@Test
	void theBrokerStopsByItselfWhenTheSupervisorIsKilled() throws Exception {
		startInfrastructure();
		ProcessHandle broker = kafkaChild();
		this.stack.kill();
		assertThat(broker.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
	}

	private void startInfrastructure(String... flags) throws Exception {
		if (this.stack != null) {
			this.stack.stop();
		}
		this.stack = new StackUnderTest(this.dataDir);
		String[] args = new String[flags.length + 2];
		args[0] = "--infra-only";
		args[1] = "--port-offset=" + OFFSET;
		System.arraycopy(flags, 0, args, 2, flags.length);
		this.stack.start(args);
		this.stack.await("infrastructure", Duration.ofSeconds(120),
				() -> this.stack.consoleText().contains("infrastructure ready"));
	}

	private ProcessHandle kafkaChild() {
		return this.stack.process()
			.children()
			.filter((child) -> child.info()
				.arguments()
				.map(List::of)
				.orElse(List.of())
				.stream()
				.anyMatch((arg) -> arg.contains("KafkaBrokerMain")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no Kafka child process\n" + this.stack.diagnostics()));
	}

	private static void produce(int count, String label) throws Exception {
		Properties props = new Properties();
		props.put("bootstrap.servers", BOOTSTRAP);
		props.put("acks", "all");
		props.put("key.serializer", StringSerializer.class.getName());
		props.put("value.serializer", StringSerializer.class.getName());
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
			for (int i = 0; i < count; i++) {
				producer.send(new ProducerRecord<>(TOPIC, "key-" + i, label + "-" + i)).get(30, TimeUnit.SECONDS);
			}
		}
	}

	private static List<String> consumeAll() {
		Properties props = new Properties();
		props.put("bootstrap.servers", BOOTSTRAP);
		props.put("group.id", "restart-check-" + UUID.randomUUID());
		props.put("auto.offset.reset", "earliest");
		props.put("key.deserializer", StringDeserializer.class.getName());
		props.put("value.deserializer", StringDeserializer.class.getName());
		List<String> values = new java.util.ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
			consumer.subscribe(List.of(TOPIC));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (values.size() < 25 && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					values.add(record.value());
				}
			}
		}
		return values;
	}

}
