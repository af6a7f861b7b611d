package kr.fundflow.localstack.kafka;

import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerConfigTests {

	@TempDir
	Path dir;

	@Test
	void aSingleCombinedKraftNodeOnLoopback() {
		Properties props = new KafkaBrokerConfig(this.dir.resolve("kafka"), 9192, 9193).toProperties();
		assertThat(props.getProperty("process.roles")).isEqualTo("broker,controller");
		assertThat(props.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:9193");
		assertThat(props.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9192,CONTROLLER://127.0.0.1:9193");
		assertThat(props.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9192");
		assertThat(props.getProperty("log.dirs")).isEqualTo(this.dir.resolve("kafka").toString());
	}

	@Test
	void singleReplicaInternalTopicsAndAutoCreatedTopicsOfThreePartitions() {
		Properties props = new KafkaBrokerConfig(this.dir, 9092, 9093).toProperties();
		assertThat(props.getProperty("num.partitions")).isEqualTo("3");
		assertThat(props.getProperty("auto.create.topics.enable")).isEqualTo("true");
		assertThat(props.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
		assertThat(props.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
		assertThat(props.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
		assertThat(Integer.parseInt(props.getProperty("broker.session.timeout.ms"))).isLessThan(9000);
	}

	@Test
	void bootstrapServersIsTheBrokerPort() {
		assertThat(new KafkaBrokerConfig(this.dir, 9292, 9293).bootstrapServers()).isEqualTo("127.0.0.1:9292");
	}

}
