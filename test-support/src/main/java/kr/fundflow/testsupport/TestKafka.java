package kr.fundflow.testsupport;

import org.testcontainers.kafka.KafkaContainer;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Kafka broker (KRaft) shared by all tests of a JVM: a Testcontainers container
 * where Docker runs, else an in-JVM KRaft broker from Kafka's own jars.
 */
public final class TestKafka {

	private static String bootstrapServers;

	private TestKafka() {
	}

	public static synchronized String bootstrapServers() {
		if (bootstrapServers == null) {
			bootstrapServers = Docker.available() ? startContainer() : startInJvm();
		}
		return bootstrapServers;
	}

	@SuppressWarnings("resource")
	private static String startContainer() {
		KafkaContainer container = new KafkaContainer("apache/kafka:4.1.2");
		container.start();
		return container.getBootstrapServers();
	}

	private static String startInJvm() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
		broker.brokerProperty("auto.create.topics.enable", "true");
		broker.brokerProperty("offsets.topic.replication.factor", "1");
		broker.brokerProperty("transaction.state.log.replication.factor", "1");
		broker.brokerProperty("transaction.state.log.min.isr", "1");
		broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
		broker.afterPropertiesSet();
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
		return broker.getBrokersAsString();
	}

}
