package kr.fundflow.fund.flow;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriBuilder;

import static kr.fundflow.fund.FundApi.MINISTRY;
import static org.assertj.core.api.Assertions.assertThat;

/** Reads the dashboard API as a ministry analyst does. */
final class Dashboard {

	private final WebTestClient http;

	Dashboard(WebTestClient http) {
		this.http = http;
	}

	/** {@code /api/dashboard/summary}, now when {@code asOf} is null. */
	Map<String, Object> summary(UUID fundId, String asOf) {
		return json(uri -> withAsOf(uri.path("/api/dashboard/summary").queryParam("fundId", fundId), asOf));
	}

	/** The rows of {@code /api/dashboard/flows}, by key, in the order served. */
	@SuppressWarnings("unchecked")
	Map<String, Map<String, Object>> flows(UUID fundId, String groupBy, String asOf) {
		Map<String, Object> body = json(uri -> withAsOf(
				uri.path("/api/dashboard/flows").queryParam("fundId", fundId).queryParam("groupBy", groupBy), asOf));
		assertThat(body.get("groupBy")).isEqualTo(groupBy);
		assertThat(body.get("fundId")).isEqualTo(fundId.toString());
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
		for (Map<String, Object> row : (List<Map<String, Object>>) body.get("rows")) {
			rows.put((String) row.get("key"), row);
		}
		return rows;
	}

	Map<String, Object> sankey(UUID fundId, String measure, String asOf) {
		return json(uri -> withAsOf(
				uri.path("/api/dashboard/sankey").queryParam("fundId", fundId).queryParam("measure", measure), asOf));
	}

	Map<String, Object> daily(UUID fundId, String from, String to) {
		return json(uri -> uri.path("/api/dashboard/flows/daily")
			.queryParam("fundId", fundId)
			.queryParam("from", from)
			.queryParam("to", to)
			.build());
	}

	Map<String, Object> json(Function<UriBuilder, URI> uri) {
		return this.http.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private static URI withAsOf(UriBuilder uri, String asOf) {
		return (asOf != null) ? uri.queryParam("asOf", asOf).build() : uri.build();
	}

	/** The five stage figures of a summary or a row, in stage order. */
	static List<Long> stages(Map<String, Object> figures) {
		return List.of("allocated", "proposed", "approved", "committed", "disbursed")
			.stream()
			.map(stage -> ((Number) figures.get(stage)).longValue())
			.toList();
	}

}
