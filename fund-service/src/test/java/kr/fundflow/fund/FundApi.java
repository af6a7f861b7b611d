package kr.fundflow.fund;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.contracts.matching.MatchReviewed;
import kr.fundflow.testsupport.TestJwt;
import kr.fundflow.testsupport.TestPostgres;

/** Calls fund-service the way clients do, and reads its database for assertions. */
public final class FundApi {

	public static final String OPERATOR = TestJwt.bearer(TestJwt.token("op-1", "OPERATOR"));

	public static final String MINISTRY = TestJwt.bearer(TestJwt.token("ministry-1", "MINISTRY"));

	public static final String WORKING_GROUP = TestJwt
		.bearer(TestJwt.token("wg-gyeongbuk-1", "WORKING_GROUP", "GYEONGBUK"));

	public static final String OPS = TestJwt.bearer(TestJwt.token("ops-1", "OPS"));

	/** 1억 won. */
	public static final long EOK = 100_000_000L;

	/** 1조 won. */
	public static final long JO = 10_000 * EOK;

	private final WebTestClient http;

	private final TestPostgres.Database database;

	public FundApi(WebTestClient http, TestPostgres.Database database) {
		this.http = http;
		this.database = database;
	}

	public UUID createFund(long totalCap) {
		Map<?, ?> fund = this.http.post()
			.uri("/api/funds")
			.header(HttpHeaders.AUTHORIZATION, OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "국민성장펀드", "totalCap", totalCap, "periodStart", "2026-01-01", "periodEnd",
					"2030-12-31", "regionalMinimum", 0, "aiMinimum", 0))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) fund.get("id"));
	}

	/** A valid GYEONGBUK hydrogen guarantee line (100 %, 30 bp) of {@code amount}. */
	public static Map<String, Object> guaranteeLine(long amount) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", "포항 iM금융 원스톱 지역특화금융");
		body.put("channel", "iM뱅크");
		body.put("regions", List.of("GYEONGBUK"));
		body.put("industries", List.of("HYDROGEN", "AI"));
		body.put("instrument", "LOAN_GUARANTEE");
		body.put("terms", Map.of("coverageRatioPct", 100, "feeDiscountBp", 30));
		body.put("stages", List.of("STARTUP", "GROWTH", "EXPANSION", "LEAP"));
		body.put("maxEmployees", 300);
		body.put("amount", amount);
		return body;
	}

	public WebTestClient.ResponseSpec postAllocation(UUID fundId, Object body) {
		return this.http.post()
			.uri("/api/funds/{fundId}/allocations", fundId)
			.header(HttpHeaders.AUTHORIZATION, OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	public UUID createAllocation(UUID fundId, Map<String, Object> body) {
		Map<?, ?> created = postAllocation(fundId, body).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) created.get("id"));
	}

	public Map<?, ?> getAllocation(UUID allocationId) {
		return this.http.get()
			.uri("/api/allocations/{id}", allocationId)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	public WebTestClient.ResponseSpec patchAllocation(UUID allocationId, Object body) {
		return this.http.patch()
			.uri("/api/allocations/{id}", allocationId)
			.header(HttpHeaders.AUTHORIZATION, OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	public WebTestClient.ResponseSpec disburse(UUID allocationId, UUID matchId, long amount) {
		return this.http.post()
			.uri("/api/allocations/{id}/disbursements", allocationId)
			.header(HttpHeaders.AUTHORIZATION, OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("matchId", matchId, "amount", amount, "note", "1차 집행"))
			.exchange();
	}

	/** matching-service's event for a match that now counts as APPROVED. */
	public static MatchReviewed approval(UUID matchId, UUID allocationId, UUID fundId, String brn, long amount) {
		return review(matchId, allocationId, fundId, brn, amount, "APPROVE", "APPROVED");
	}

	public static MatchReviewed review(UUID matchId, UUID allocationId, UUID fundId, String brn, long amount,
			String decision, String status) {
		return new MatchReviewed(matchId, allocationId, fundId, brn, "GYEONGBUK", "HYDROGEN", "LOAN_GUARANTEE",
				"GROWTH", amount, decision, status, "wg-gyeongbuk-1", "지역 수소 클러스터 핵심 기업", 1, Instant.now());
	}

	/** One number from the service's database, e.g. a count of rows. */
	public long queryLong(String sql, Object... parameters) {
		try (Connection connection = this.database.connect();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Runs a statement on the service's database, e.g. one that must be refused. */
	public void execute(String sql, Object... parameters) throws SQLException {
		try (Connection connection = this.database.connect();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.execute();
		}
	}

	/**
	 * Events of {@code type} that the service wrote to its outbox about
	 * {@code aggregateId}.
	 */
	public long outboxEvents(String type, UUID aggregateId) {
		return queryLong("SELECT count(*) FROM outbox_event WHERE event_type = ? AND event_key = ?", type,
				aggregateId.toString());
	}

	/** Polls until the condition holds, failing after the timeout. */
	public static void await(String what, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within " + timeout + ": " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	public static long number(Object value) {
		return ((Number) value).longValue();
	}

}
