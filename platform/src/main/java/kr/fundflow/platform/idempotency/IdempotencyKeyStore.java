package kr.fundflow.platform.idempotency;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The {@code idempotency_key} table. Every statement runs in the caller's transaction:
 * the claim, the request's own effect and the recorded answer commit together or not at
 * all.
 */
class IdempotencyKeyStore {

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private final DatabaseClient db;

	private final JsonMapper json;

	private final Duration ttl;

	IdempotencyKeyStore(DatabaseClient db, JsonMapper json, Duration ttl) {
		this.db = db;
		this.json = json;
		this.ttl = ttl;
	}

	/**
	 * Takes the key for this request: true when it is new (or expired). A concurrent
	 * request with the same key waits here, on the primary key, until the first one's
	 * transaction ends; then it finds the committed answer (false), or the key free again
	 * if the first rolled back.
	 */
	Mono<Boolean> claim(String subject, String key, String method, String path, String requestHash) {
		return this.db.sql("""
				INSERT INTO idempotency_key (subject, key, method, path, request_hash)
				VALUES (:subject, :key, :method, :path, :hash)
				ON CONFLICT (subject, key) DO UPDATE SET method = EXCLUDED.method, path = EXCLUDED.path,
				    request_hash = EXCLUDED.request_hash, status = NULL, response_headers = NULL,
				    response_body = NULL, created_at = now()
				WHERE idempotency_key.created_at < now() - make_interval(secs => :ttlSeconds)""")
			.bind("subject", subject)
			.bind("key", key)
			.bind("method", method)
			.bind("path", path)
			.bind("hash", requestHash)
			.bind("ttlSeconds", (double) this.ttl.toSeconds())
			.fetch()
			.rowsUpdated()
			.map(rows -> rows > 0);
	}

	Mono<StoredAnswer> find(String subject, String key) {
		return this.db.sql("""
				SELECT method, path, request_hash, status, response_headers::text AS headers, response_body
				FROM idempotency_key WHERE subject = :subject AND key = :key""")
			.bind("subject", subject)
			.bind("key", key)
			.map(row -> {
				Map<String, String> headers = readHeaders(row.get("headers", String.class));
				Integer status = row.get("status", Integer.class);
				byte[] body = row.get("response_body", byte[].class);
				return new StoredAnswer(row.get("method", String.class), row.get("path", String.class),
						row.get("request_hash", String.class), (status != null) ? status : 500,
						headers.get("Content-Type"), headers.get("Location"), (body != null) ? body : new byte[0]);
			})
			.one();
	}

	Mono<Void> record(String subject, String key, int status, String contentType, String location, byte[] body) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (contentType != null) {
			headers.put("Content-Type", contentType);
		}
		if (location != null) {
			headers.put("Location", location);
		}
		return this.db.sql("""
				UPDATE idempotency_key SET status = :status, response_headers = CAST(:headers AS jsonb),
				    response_body = :body
				WHERE subject = :subject AND key = :key""")
			.bind("status", status)
			.bind("headers", this.json.writeValueAsString(headers))
			.bind("body", body)
			.bind("subject", subject)
			.bind("key", key)
			.fetch()
			.rowsUpdated()
			.then();
	}

	/** Deletes keys past their time to live; returns how many. */
	Mono<Long> purgeExpired() {
		return this.db.sql("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => :ttlSeconds)")
			.bind("ttlSeconds", (double) this.ttl.toSeconds())
			.fetch()
			.rowsUpdated();
	}

	private Map<String, String> readHeaders(String text) {
		return (text != null) ? this.json.readValue(text, HEADERS) : Map.of();
	}

}
