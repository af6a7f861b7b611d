package kr.fundflow.platform.idempotency;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kr.fundflow.platform.testapp.ThingsApplication;
import kr.fundflow.testsupport.TestJwt;
import kr.fundflow.testsupport.TestPostgres;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code Idempotency-Key} filter in a running service on the real PostgreSQL: one
 * effect and one answer for concurrent duplicates, 422 for a reused key, nothing kept for
 * refusals, keys per caller, and expiry.
 */
@SpringBootTest(classes = ThingsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fundflow.idempotency.ttl=24h")
class IdempotencyKeyIT {

	private static TestPostgres.Database database;

	private static final ExecutorService callers = Executors.newFixedThreadPool(8);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	IdempotencyKeyStore keys;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		database = ThingsApplication.register(registry, "platform_idempotency");
	}

	@AfterAll
	static void stopCallers() {
		callers.shutdownNow();
	}

	@Test
	void fiveConcurrentRequestsWithOneKeyHaveOneEffectAndTheSameAnswer() throws Exception {
		String key = UUID.randomUUID().toString();
		String name = "five-" + key;
		List<HttpResponse<String>> answers = concurrently(5, () -> post("alice", key, body(name), ""));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
		assertThat(answers).extracting(HttpResponse::body).containsOnly(answers.get(0).body());
		assertThat(answers).extracting(answer -> answer.headers().firstValue("Location").orElse(""))
			.containsOnly(answers.get(0).headers().firstValue("Location").orElseThrow());
		assertThat(answers).extracting(answer -> answer.headers().firstValue("Content-Type").orElse(""))
			.allMatch(type -> type.startsWith("application/json"));
		assertThat(answers).filteredOn(answer -> answer.headers().firstValue("Idempotent-Replayed").isPresent())
			.hasSize(4);
		assertThat(count("SELECT count(*) FROM thing WHERE name = '" + name + "'")).isEqualTo(1);
		assertThat(answers.get(0).body()).contains("\"createdBy\":\"alice\"");
	}

	@Test
	void aRetryLongAfterTheFirstAnswerGetsThatAnswerAgain() throws Exception {
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = post("alice", key, body("retry-" + key), "");
		HttpResponse<String> retry = post("alice", key, body("retry-" + key), "");

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
		assertThat(count("SELECT count(*) FROM thing WHERE name = 'retry-" + key + "'")).isEqualTo(1);
	}

	@Test
	void theSameKeyForAnotherRequestIsUnprocessableAndChangesNothing() throws Exception {
		String key = UUID.randomUUID().toString();
		post("alice", key, body("original-" + key), "");

		HttpResponse<String> otherBody = post("alice", key, body("other-" + key), "");
		HttpResponse<String> otherQuery = post("alice", key, body("original-" + key), "?delayMillis=1");

		assertThat(otherBody.statusCode()).isEqualTo(422);
		assertThat(otherBody.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(otherBody.body()).contains("\"code\":\"idempotency-key-reused\"");
		assertThat(otherQuery.statusCode()).isEqualTo(422);
		assertThat(count("SELECT count(*) FROM thing WHERE name LIKE '%-" + key + "'")).isEqualTo(1);
	}

	@Test
	void aRefusedRequestLeavesNothingBehindSoItsKeyRunsTheRequestAgain() throws Exception {
		String key = UUID.randomUUID().toString();
		List<HttpResponse<String>> answers = concurrently(5, () -> post("alice", key, body("refuse"), ""));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(409);
		assertThat(answers).allMatch(answer -> answer.headers().firstValue("Idempotent-Replayed").isEmpty());
		assertThat(count("SELECT count(*) FROM thing WHERE name = 'refuse'")).isZero();
		assertThat(count("SELECT count(*) FROM idempotency_key WHERE key = '" + key + "'")).isZero();
	}

	@Test
	void keysBelongToTheirCaller() throws Exception {
		String key = UUID.randomUUID().toString();
		HttpResponse<String> alice = post("alice", key, body("shared-" + key), "");
		HttpResponse<String> bob = post("bob", key, body("shared-" + key), "");

		assertThat(alice.statusCode()).isEqualTo(201);
		assertThat(bob.statusCode()).isEqualTo(201);
		assertThat(bob.headers().firstValue("Location")).isNotEqualTo(alice.headers().firstValue("Location"));
		assertThat(count("SELECT count(*) FROM thing WHERE name = 'shared-" + key + "'")).isEqualTo(2);
	}

	@Test
	void requestsWithoutAKeyAreNotTouched() throws Exception {
		String name = "keyless-" + UUID.randomUUID();
		HttpResponse<String> first = post("alice", null, body(name), "");
		HttpResponse<String> second = post("alice", null, body(name), "");

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(second.headers().firstValue("Idempotent-Replayed")).isEmpty();
		assertThat(count("SELECT count(*) FROM thing WHERE name = '" + name + "'")).isEqualTo(2);
	}

	@Test
	void aKeyThatIsNotOneToTwoHundredFiftyFiveVisibleCharactersIsRefused() throws Exception {
		String name = "badkey-" + UUID.randomUUID();
		for (String key : List.of("with space", "x".repeat(256))) {
			HttpResponse<String> answer = post("alice", key, body(name), "");
			assertThat(answer.statusCode()).as(key).isEqualTo(400);
			assertThat(answer.body()).contains("\"field\":\"Idempotency-Key\"");
		}
		assertThat(post("alice", "x".repeat(255), body(name), "").statusCode()).isEqualTo(201);
		assertThat(count("SELECT count(*) FROM thing WHERE name = '" + name + "'")).isEqualTo(1);
	}

	@Test
	void anExpiredKeyRunsANewRequestAndIsPurged() throws Exception {
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = post("alice", key, body("expired-" + key), "");
		execute("UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = '" + key + "'");

		HttpResponse<String> again = post("alice", key, body("expired-" + key), "");

		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).isEmpty();
		assertThat(again.headers().firstValue("Location")).isNotEqualTo(first.headers().firstValue("Location"));
		assertThat(count("SELECT count(*) FROM thing WHERE name = 'expired-" + key + "'")).isEqualTo(2);

		execute("UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = '" + key + "'");
		assertThat(this.keys.purgeExpired().block(Duration.ofSeconds(10))).isGreaterThanOrEqualTo(1L);
		assertThat(count("SELECT count(*) FROM idempotency_key WHERE key = '" + key + "'")).isZero();
	}

	@Test
	void whenTheDatabaseFailsTheAnswerIsAWellFormed503AndTheKeyStaysFree() throws Exception {
		String key = UUID.randomUUID().toString();
		HttpResponse<String> failed = post("alice", key, body("lost"), "/lose-connection");

		assertThat(failed.statusCode()).isEqualTo(503);
		assertThat(failed.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(failed.headers().firstValue("Location")).isEmpty();
		assertThat(failed.headers().firstValueAsLong("Content-Length")).hasValue(failed.body().getBytes(UTF_8).length);
		assertThat(failed.body()).contains("\"code\":\"storage-unavailable\"").endsWith("}");
		assertThat(count("SELECT count(*) FROM idempotency_key WHERE key = '" + key + "'")).isZero();
		// the same connection serves the next request: the answer had exactly its length
		assertThat(post("alice", null, body("after-" + key), "").statusCode()).isEqualTo(201);
	}

	private HttpResponse<String> post(String subject, String key, String json, String query) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/things" + query))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", TestJwt.bearer(TestJwt.token(subject, "OPERATOR")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String body(String name) {
		return "{\"name\":\"" + name + "\"}";
	}

	/** Starts the calls together, so that they really race. */
	private static <T> List<T> concurrently(int count, Callable<T> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<T>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			futures.add(callers.submit(() -> {
				start.await();
				return call.call();
			}));
		}
		start.countDown();
		List<T> results = new ArrayList<>();
		for (Future<T> future : futures) {
			results.add(future.get());
		}
		return results;
	}

	private static long count(String sql) throws SQLException {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
