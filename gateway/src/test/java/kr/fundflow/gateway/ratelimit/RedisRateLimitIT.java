package kr.fundflow.gateway.ratelimit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.gateway.ratelimit.application.RateLimiter;
import kr.fundflow.gateway.ratelimit.domain.Decision;
import kr.fundflow.gateway.ratelimit.domain.RateLimit;
import kr.fundflow.gateway.ratelimit.store.RedisRateLimiter;
import kr.fundflow.gateway.support.StubService;
import kr.fundflow.testsupport.TestJwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Buckets in the real Redis of this machine (127.0.0.1:6379): shared by every gateway
 * instance, and no outage of the API when Redis is away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fundflow.rate-limit.redis.enabled=true", "fundflow.rate-limit.requests-per-second=1",
				"fundflow.rate-limit.burst=3", "spring.data.redis.host=127.0.0.1", "spring.data.redis.port=6379" })
@AutoConfigureWebTestClient(timeout = "20s")
class RedisRateLimitIT {

	private static final StubService SERVICES = StubService.start("fund");

	private static final RateLimit ONE_PER_SECOND_BURST_OF_3 = new RateLimit(1, 3);

	@DynamicPropertySource
	static void gateway(DynamicPropertyRegistry registry) {
		registry.add("fundflow.services.fund", () -> SERVICES.url().toString());
		registry.add("fundflow.services.company", () -> SERVICES.url().toString());
		registry.add("fundflow.services.matching", () -> SERVICES.url().toString());
		registry.add("fundflow.security.jwt.public-key-location", TestJwt::publicKeyLocation);
	}

	@BeforeAll
	static void redisRuns() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 6379), 1000);
		}
		catch (IOException ex) {
			// CI starts Redis (.ci/run), so there a missing Redis is a failure, never a
			// silent skip.
			if ("true".equals(System.getenv("CI"))) {
				throw new AssertionError("Redis does not answer on 127.0.0.1:6379 in CI", ex);
			}
			assumeTrue(false, "Redis does not answer on 127.0.0.1:6379 (start it: redis-server --daemonize yes)");
		}
	}

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@Test
	void theGatewayKeepsBucketsInRedis() {
		String subject = "redis-greedy-" + UUID.randomUUID();
		String token = TestJwt.bearer(TestJwt.token(subject, "MINISTRY"));
		List<Integer> statuses = new ArrayList<>();
		while (statuses.size() < 30 && !statuses.contains(429)) {
			var result = this.http.get()
				.uri("/api/funds")
				.header(HttpHeaders.AUTHORIZATION, token)
				.exchange()
				.expectBody()
				.returnResult();
			statuses.add(result.getStatus().value());
			if (result.getStatus().value() == 429) {
				assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
			}
		}
		assertThat(statuses.subList(0, 3)).containsOnly(200);
		assertThat(statuses).contains(429);
		String key = "fundflow:gateway:rate-limit:sub:" + subject;
		assertThat(this.redis.hasKey(key).block()).isTrue();
		// Forgotten once full again: a burst of 3 refills in 3 s.
		assertThat(this.redis.getExpire(key).block()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void twoGatewayInstancesShareOneBucket() {
		RateLimiter first = new RedisRateLimiter(this.redis, ONE_PER_SECOND_BURST_OF_3, Duration.ofSeconds(1),
				new SimpleMeterRegistry());
		RateLimiter second = new RedisRateLimiter(this.redis, ONE_PER_SECOND_BURST_OF_3, Duration.ofSeconds(1),
				new SimpleMeterRegistry());
		String caller = "sub:shared-" + UUID.randomUUID();

		assertThat(first.take(caller).block().allowed()).isTrue();
		assertThat(second.take(caller).block().allowed()).isTrue();
		assertThat(first.take(caller).block().allowed()).isTrue();
		Decision fourth = second.take(caller).block();

		assertThat(fourth.allowed()).isFalse();
		assertThat(fourth.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void whenRedisIsAwayRequestsPassAndAreCounted() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		LettuceConnectionFactory nowhere = new LettuceConnectionFactory("127.0.0.1", closedPort);
		nowhere.afterPropertiesSet();
		nowhere.start();
		try {
			SimpleMeterRegistry meters = new SimpleMeterRegistry();
			RateLimiter limiter = new RedisRateLimiter(new ReactiveStringRedisTemplate(nowhere),
					ONE_PER_SECOND_BURST_OF_3, Duration.ofSeconds(1), meters);
			for (int i = 0; i < 5; i++) {
				assertThat(limiter.take("sub:anyone").block(Duration.ofSeconds(5)).allowed()).isTrue();
			}
			assertThat(meters.get("fundflow.gateway.rate.limiter.failures").counter().count()).isEqualTo(5);
		}
		finally {
			nowhere.destroy();
		}
	}

}
