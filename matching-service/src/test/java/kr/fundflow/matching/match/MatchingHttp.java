package kr.fundflow.matching.match;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.testsupport.TestJwt;

/** The match API as the people of SPEC §1 use it, with polling helpers for events. */
public final class MatchingHttp {

	public static final String MINISTRY = TestJwt.token("ministry-1", "MINISTRY");

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private final WebTestClient http;

	public MatchingHttp(WebTestClient http) {
		this.http = http;
	}

	public static String workingGroup(String subject, String region) {
		return TestJwt.token(subject, "WORKING_GROUP", region);
	}

	/** GET with a token; the raw exchange for status assertions. */
	public WebTestClient.ResponseSpec get(String token, String uri, Object... variables) {
		return this.http.get()
			.uri(uri, variables)
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(token))
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
	}

	public Map<String, Object> getJson(String token, String uri, Object... variables) {
		return get(token, uri, variables).expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> content(String token, String uri, Object... variables) {
		return (List<Map<String, Object>>) getJson(token, uri, variables).get("content");
	}

	public WebTestClient.ResponseSpec review(String token, Object matchId, Object body) {
		return this.http.post()
			.uri("/api/matches/{id}/reviews", matchId)
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** Polls the ministry's list until it satisfies the condition, or fails. */
	public List<Map<String, Object>> awaitMatches(String query, Predicate<List<Map<String, Object>>> condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		List<Map<String, Object>> matches = List.of();
		while (System.nanoTime() < deadline) {
			matches = content(MINISTRY, "/api/matches?" + query + "&size=200");
			if (condition.test(matches)) {
				return matches;
			}
			pause();
		}
		throw new AssertionError("No match list for ?" + query + " satisfied the condition; last: " + matches);
	}

	/** Polls one match until its status is the one expected. */
	public Map<String, Object> awaitStatus(Object matchId, String status) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		Map<String, Object> match = Map.of();
		while (System.nanoTime() < deadline) {
			match = getJson(MINISTRY, "/api/matches/{id}", matchId);
			if (status.equals(match.get("status"))) {
				return match;
			}
			pause();
		}
		throw new AssertionError("Match " + matchId + " never became " + status + "; last: " + match);
	}

	static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
