package kr.fundflow.platform.testapp;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.GoldenEvents;
import kr.fundflow.contracts.fund.FundCreated;
import kr.fundflow.platform.errors.NotFound;
import kr.fundflow.platform.errors.RuleViolation;
import kr.fundflow.platform.outbox.OutboxWriter;
import kr.fundflow.platform.security.Caller;
import kr.fundflow.platform.security.Callers;
import kr.fundflow.testsupport.TestJwt;
import kr.fundflow.testsupport.TestPostgres;

/**
 * The smallest service the platform's web, transaction and outbox support can run in:
 * {@code POST /things} stores a row (and, on request, an outbox event) in one
 * transaction.
 */
@SpringBootApplication
public class ThingsApplication {

	public record NewThing(String name) {
	}

	/**
	 * Points the application at a fresh database on the test PostgreSQL (platform and
	 * things migrations) and the test JWT key; no broker is needed unless a test
	 * publishes events.
	 */
	public static TestPostgres.Database register(DynamicPropertyRegistry registry, String prefix) {
		TestPostgres.Database database = TestPostgres.newDatabase(prefix);
		registry.add("spring.r2dbc.url", database::r2dbcUrl);
		registry.add("spring.r2dbc.username", database::user);
		registry.add("spring.r2dbc.password", database::password);
		registry.add("spring.flyway.url", database::jdbcUrl);
		registry.add("spring.flyway.user", database::user);
		registry.add("spring.flyway.password", database::password);
		registry.add("spring.flyway.locations", () -> "classpath:db/platform,classpath:db/things");
		registry.add("spring.application.name", () -> "things");
		registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:9");
		registry.add("fundflow.security.jwt.public-key-location", TestJwt::publicKeyLocation);
		return database;
	}

	public record Thing(UUID id, String name, String createdBy, Instant createdAt) {
	}

	@RestController
	static class ThingController {

		private final DatabaseClient db;

		private final TransactionalOperator transactions;

		private final OutboxWriter outbox;

		ThingController(DatabaseClient db, TransactionalOperator transactions, OutboxWriter outbox) {
			this.db = db;
			this.transactions = transactions;
			this.outbox = outbox;
		}

		/**
		 * A name "refuse" is stored and then refused (409), to show that a refusal leaves
		 * nothing behind; {@code delayMillis} makes a slow request; {@code event=true}
		 * also appends an outbox event.
		 */
		@PostMapping("/things")
		Mono<ResponseEntity<Thing>> create(@RequestBody NewThing request,
				@RequestParam(defaultValue = "0") long delayMillis,
				@RequestParam(defaultValue = "false") boolean event) {
			UUID id = UUID.randomUUID();
			return Callers.current()
				.map(Caller::subject)
				.flatMap(subject -> this.db
					.sql("INSERT INTO thing (id, name, created_by) VALUES (:id, :name, :by) RETURNING created_at")
					.bind("id", id)
					.bind("name", request.name())
					.bind("by", subject)
					.map(row -> new Thing(id, request.name(), subject,
							row.get("created_at", OffsetDateTime.class).toInstant()))
					.one()
					.delayElement(Duration.ofMillis(delayMillis))
					.flatMap(thing -> event ? this.outbox
						.append(GoldenEvents.event(EventType.FUND_CREATED, FundCreated.class), thing.createdAt())
						.thenReturn(thing) : Mono.just(thing))
					.flatMap(thing -> "refuse".equals(thing.name())
							? Mono.error(new RuleViolation("refused", "Things named refuse are refused"))
							: Mono.just(thing))
					.as(this.transactions::transactional))
				.map(thing -> ResponseEntity.created(URI.create("/things/" + thing.id())).body(thing));
		}

		@GetMapping("/things")
		Mono<Long> countNamed(@RequestParam String name) {
			return this.db.sql("SELECT count(*) FROM thing WHERE name = :name")
				.bind("name", name)
				.map(row -> row.get(0, Long.class))
				.one();
		}

		@GetMapping("/things/{thingId}")
		Mono<Thing> get(@PathVariable UUID thingId) {
			return Mono.error(new NotFound("Thing", thingId));
		}

		/**
		 * Loses its database connection in the middle of the request (the server ends the
		 * session) and still answers 201 with a body, as a handler that did not notice
		 * would: whatever comes after it must fail as storage trouble.
		 */
		@PostMapping("/things/lose-connection")
		Mono<ResponseEntity<Thing>> loseConnection(@RequestBody NewThing request) {
			Thing thing = new Thing(UUID.randomUUID(), request.name(), "nobody", Instant.EPOCH);
			return this.db.sql("SELECT pg_terminate_backend(pg_backend_pid())")
				.fetch()
				.rowsUpdated()
				.onErrorResume(ex -> Mono.just(0L))
				.thenReturn(ResponseEntity.created(URI.create("/things/" + thing.id())).body(thing));
		}

	}

}
