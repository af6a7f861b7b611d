package kr.fundflow.platform.lifecycle;

import java.io.IOException;
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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import kr.fundflow.platform.testapp.ThingsApplication;
import kr.fundflow.testsupport.TestJwt;
import kr.fundflow.testsupport.TestKafka;
import kr.fundflow.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shutdown of a service (SIGTERM, Ctrl-C, the local stack stopping it): readiness goes
 * down first, the request in flight finishes with its answer, and its event leaves
 * through the outbox before the relay stops, because the relay stops after the web
 * server.
 */
class GracefulShutdownIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void readinessGoesDownFirstThenTheRequestInFlightFinishesAndItsEventIsPublished() throws Exception {
		TestPostgres.Database database = TestPostgres.newDatabase("platform_shutdown");
		List<String> timeline = Collections.synchronizedList(new ArrayList<>());
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ThingsApplication.class)
			.properties("server.port=0", "server.shutdown=graceful", "spring.lifecycle.timeout-per-shutdown-phase=20s",
					"spring.application.name=things", "spring.r2dbc.url=" + database.r2dbcUrl(),
					"spring.r2dbc.username=" + database.user(), "spring.r2dbc.password=" + database.password(),
					"spring.flyway.url=" + database.jdbcUrl(), "spring.flyway.user=" + database.user(),
					"spring.flyway.password=" + database.password(),
					"spring.flyway.locations=classpath:db/platform,classpath:db/things",
					"spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
					"fundflow.security.jwt.public-key-location=" + TestJwt.publicKeyLocation())
			.listeners((ApplicationListener<AvailabilityChangeEvent<?>>) event -> {
				if (event.getState() == ReadinessState.REFUSING_TRAFFIC) {
					timeline.add("readiness down");
				}
			})
			.run();
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();

		CompletableFuture<HttpResponse<String>> inFlight = this.http
			.sendAsync(thing(port, "in-flight", "?delayMillis=2500&event=true"), HttpResponse.BodyHandlers.ofString())
			.whenComplete((answer, failure) -> timeline.add("in-flight answered"));
		awaitOpenTransaction(database);
		Thread closing = new Thread(context::close, "closing");
		closing.start();
		awaitEntry(timeline, "readiness down");
		String late = lateRequest(port);

		HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
		closing.join(Duration.ofSeconds(60).toMillis());

		assertThat(answer.statusCode()).isEqualTo(201);
		assertThat(timeline).containsExactly("readiness down", "in-flight answered");
		assertThat(closing.isAlive()).isFalse();
		assertThat(count(database, "SELECT count(*) FROM thing WHERE name = 'in-flight'")).isEqualTo(1);
		// taken on before the server stopped accepting and then finished, or never taken
		// on
		assertThat(late).isIn("201", "refused", "503");
		assertThat(count(database, "SELECT count(*) FROM thing WHERE name = 'late'"))
			.isEqualTo(late.equals("201") ? 1 : 0);
		assertThat(count(database, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
		assertThat(count(database, "SELECT count(*) FROM outbox_event")).isEqualTo(1);
	}

	/**
	 * A request that arrives once readiness is down: the server may still take it on (and
	 * then finishes it) until it stops accepting connections.
	 */
	private String lateRequest(int port) throws InterruptedException {
		try {
			HttpResponse<String> answer = this.http.send(thing(port, "late", ""), HttpResponse.BodyHandlers.ofString());
			return String.valueOf(answer.statusCode());
		}
		catch (IOException ex) {
			return "refused";
		}
	}

	private static HttpRequest thing(int port, String name, String query) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/things" + query))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", TestJwt.bearer(TestJwt.token("alice", "OPERATOR")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
			.build();
	}

	/** The slow request has inserted its row and holds its transaction open. */
	private static void awaitOpenTransaction(TestPostgres.Database database) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (count(database, "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database.name()
				+ "' AND state = 'idle in transaction'") == 0) {
			assertThat(System.nanoTime()).as("the slow request started").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	private static void awaitEntry(List<String> timeline, String entry) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!timeline.contains(entry)) {
			assertThat(System.nanoTime()).as(entry).isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	private static long count(TestPostgres.Database database, String sql) throws SQLException {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
