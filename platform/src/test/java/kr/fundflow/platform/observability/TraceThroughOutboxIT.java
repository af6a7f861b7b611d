package kr.fundflow.platform.observability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kr.fundflow.contracts.CloudEventHeaders;
import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.GoldenEvents;
import kr.fundflow.contracts.Topics;
import kr.fundflow.platform.inbox.IdempotentConsumers;
import kr.fundflow.platform.testapp.ThingsApplication;
import kr.fundflow.testsupport.EventRecorder;
import kr.fundflow.testsupport.TestJwt;
import kr.fundflow.testsupport.TestKafka;
import kr.fundflow.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One trace from an HTTP request through the outbox and Kafka into a consumer, in a
 * running service on the real PostgreSQL and broker: the outbox row keeps the request's
 * {@code traceparent}, the relay sends it as a header, and the consumer handles the event
 * in the same trace, with the trace id in the logging context its log lines carry.
 */
@SpringBootTest(classes = ThingsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.tracing.sampling.probability=1.0", "spring.reactor.context-propagation=auto" })
class TraceThroughOutboxIT {

	private static TestPostgres.Database database;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	IdempotentConsumers consumers;

	@Autowired
	Tracer tracer;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		database = TestPostgres.newDatabase("platform_tracing");
		registry.add("spring.r2dbc.url", database::r2dbcUrl);
		registry.add("spring.r2dbc.username", database::user);
		registry.add("spring.r2dbc.password", database::password);
		registry.add("spring.flyway.url", database::jdbcUrl);
		registry.add("spring.flyway.user", database::user);
		registry.add("spring.flyway.password", database::password);
		registry.add("spring.flyway.locations", () -> "classpath:db/platform,classpath:db/things");
		registry.add("spring.application.name", () -> "things");
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		registry.add("fundflow.security.jwt.public-key-location", TestJwt::publicKeyLocation);
	}

	@Test
	void aRequestsTraceFollowsItsEventThroughTheOutboxIntoTheConsumer() throws Exception {
		String traceId = UUID.randomUUID().toString().replace("-", "");
		String clientSpan = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (EventRecorder published = new EventRecorder(Topics.FUNDS)) {
			HttpResponse<String> created = this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/things?event=true"))
					.header("Authorization", "Bearer " + TestJwt.token("tracer", "OPERATOR"))
					.header("Content-Type", "application/json")
					.header("traceparent", "00-" + traceId + "-" + clientSpan + "-01")
					.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"traced\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

			// The row remembers the server span of the request: same trace, its own span.
			String[] row = lastOutboxRow();
			String rowTraceparent = row[1];
			assertThat(rowTraceparent).matches("00-" + traceId + "-[0-9a-f]{16}-01");
			assertThat(rowTraceparent.substring(36, 52)).isNotEqualTo(clientSpan);

			ConsumerRecord<String, byte[]> record = published
				.await(r -> row[0].equals(EventRecorder.header(r, CloudEventHeaders.ID)), Duration.ofSeconds(30));
			assertThat(EventRecorder.header(record, EventTraceContext.TRACEPARENT)).isEqualTo(rowTraceparent);

			AtomicReference<String> handledIn = new AtomicReference<>();
			AtomicReference<String> handledSpan = new AtomicReference<>();
			AtomicReference<String> loggedTraceId = new AtomicReference<>();
			this.consumers.create("trace-test", event -> Mono.fromRunnable(() -> {
				handledIn.set(this.tracer.currentSpan().context().traceId());
				handledSpan.set(this.tracer.currentSpan().context().spanId());
				// what the structured (ECS) log lines of the handler carry
				loggedTraceId.set(MDC.get("traceId"));
			})).accept(asBinderMessage(record));

			assertThat(handledIn.get()).isEqualTo(traceId);
			assertThat(handledSpan.get()).isNotEqualTo(rowTraceparent.substring(36, 52));
			assertThat(loggedTraceId.get()).isEqualTo(traceId);
		}
	}

	@Test
	void anEventWithoutTraceparentIsHandledInANewTrace() throws Exception {
		AtomicReference<String> handledIn = new AtomicReference<>();
		Message<byte[]> untraced = MessageBuilder.withPayload(GoldenEvents.json(EventType.FUND_CREATED))
			.setHeader(CloudEventHeaders.ID, UUID.randomUUID().toString())
			.setHeader(CloudEventHeaders.SOURCE, "/fundflow/test")
			.setHeader(CloudEventHeaders.TYPE, "fund.fund.created")
			.setHeader(CloudEventHeaders.TIME, "2026-01-02T00:00:00Z")
			.setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE)
			.setHeader(CloudEventHeaders.SCHEMA_VERSION, "1")
			.setHeader(KafkaHeaders.RECEIVED_TOPIC, Topics.FUNDS)
			.build();

		this.consumers
			.create("trace-test-untraced",
					event -> Mono.fromRunnable(() -> handledIn.set(this.tracer.currentSpan().context().traceId())))
			.accept(untraced);

		assertThat(handledIn.get()).matches("[0-9a-f]{32}");
	}

	/** The record as the Kafka binder hands it to a functional binding. */
	private static Message<byte[]> asBinderMessage(ConsumerRecord<String, byte[]> record) {
		MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value())
			.setHeader(KafkaHeaders.RECEIVED_TOPIC, record.topic())
			.setHeader(KafkaHeaders.RECEIVED_KEY, record.key())
			.setHeader(KafkaHeaders.OFFSET, record.offset());
		for (Header header : record.headers()) {
			message.setHeader(header.key(), header.value());
		}
		return message.build();
	}

	/** id and trace_parent of the newest outbox row. */
	private static String[] lastOutboxRow() throws Exception {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT id, trace_parent FROM outbox_event ORDER BY seq DESC LIMIT 1")) {
			assertThat(rows.next()).isTrue();
			return new String[] { rows.getString(1), rows.getString(2) };
		}
	}

}
