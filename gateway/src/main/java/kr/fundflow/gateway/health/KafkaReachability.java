package kr.fundflow.gateway.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;

/**
 * Whether the Kafka cluster answers, by asking it to describe itself. The gateway itself
 * neither produces nor consumes; the system is only usable when the broker is up.
 */
public class KafkaReachability implements AutoCloseable {

	private final Map<String, Object> config;

	private final Duration timeout;

	private Admin admin;

	public KafkaReachability(String bootstrapServers, Duration timeout) {
		this.timeout = timeout;
		this.config = new HashMap<>();
		this.config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		this.config.put(AdminClientConfig.CLIENT_ID_CONFIG, "gateway-health");
		this.config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
		this.config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
		// While the broker is away, try to reconnect now and then rather than constantly.
		this.config.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 200);
		this.config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 5000);
	}

	public Mono<Health> check() {
		return Mono.defer(() -> {
			DescribeClusterResult cluster = admin()
				.describeCluster(new DescribeClusterOptions().timeoutMs((int) this.timeout.toMillis()));
			return Mono.fromCompletionStage(cluster.nodes().toCompletionStage());
		})
			.map(nodes -> Health.up().withDetail("brokers", nodes.size()).build())
			.timeout(this.timeout.plusMillis(500))
			.onErrorResume(
					ex -> Mono.just(Health.down().withDetail("error", Failures.describe(ex, this.timeout)).build()));
	}

	/**
	 * Made on first use: an unresolvable broker host fails here, and is tried again next
	 * time.
	 */
	private synchronized Admin admin() {
		if (this.admin == null) {
			this.admin = Admin.create(this.config);
		}
		return this.admin;
	}

	@Override
	public synchronized void close() {
		if (this.admin != null) {
			this.admin.close(Duration.ofSeconds(2));
			this.admin = null;
		}
	}

}
