package kr.fundflow.fund;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document (public, for the gateway's browsable UI) describes every path. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
class ApiDocumentIT {

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		FundServiceEnvironment.register(registry, "fund_openapi");
	}

	@Autowired
	WebTestClient http;

	@Test
	void describesFundsAllocationsLedgerReferenceDataAndTheDashboard() {
		Map<?, ?> document = this.http.get()
			.uri("/v3/api-docs/fund")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(((Map<?, ?>) document.get("paths")).keySet()).map(String::valueOf)
			.contains("/api/funds", "/api/funds/{fundId}/allocations", "/api/allocations",
					"/api/allocations/{allocationId}", "/api/allocations/{allocationId}/disbursements",
					"/api/allocations/{allocationId}/commitments",
					"/api/allocations/{allocationId}/disbursements/{disbursementId}", "/api/reference/regions",
					"/api/reference/industries", "/api/reference/instruments", "/api/dashboard/summary",
					"/api/dashboard/flows", "/api/dashboard/flows/daily", "/api/dashboard/sankey",
					"/api/dashboard/stream");
	}

}
