package kr.fundflow.localstack;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation slice (issue 2) on the whole stack from the fat jar, as a developer
 * starts it: a fund, an allocation and a company through the gateway end in a proposed
 * match. (ULSAN hydrogen: no other IT uses that pair.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

	@RegisterExtension
	final TestWatcher dumpLogsOnFailure = SharedStack.dumpLogsOnFailure();

	private Gateway gateway;

	private Fixtures fixtures;

	private String fundId;

	private String allocationId;

	@BeforeAll
	void connect() throws Exception {
		this.gateway = SharedStack.gateway();
		this.fixtures = new Fixtures(this.gateway, "it-slice");
	}

	@Test
	@Order(1)
	void anOperatorCreatesAFund() {
		Gateway.Reply created = this.gateway.post("/api/funds", """
				{"name": "통합시험펀드", "totalCap": 1000000000000, "periodStart": "2026-01-01",
				 "periodEnd": "2030-12-31", "regionalMinimum": 400000000000, "aiMinimum": 200000000000}
				""", this.fixtures.operator);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).isPresent();
		this.fundId = created.json().path("id").asString();

		Gateway.Reply read = this.gateway.get("/api/funds/" + this.fundId, this.fixtures.operator);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().path("name").asString()).isEqualTo("통합시험펀드");
		assertThat(read.json().path("totalCap").asLong()).isEqualTo(1_000_000_000_000L);
	}

	@Test
	@Order(2)
	void anAllocationForUlsanHydrogenGuarantees() {
		this.allocationId = this.fixtures.guaranteeLine(this.fundId, "울산 수소 협약보증", "ULSAN", "HYDROGEN", 500_000_000L,
				100_000_000L, 500_000_000L);
		assertThat(this.allocationId).isNotBlank();
	}

	@Test
	@Order(3)
	void anUlsanHydrogenCompanyIsMatchedToIt() {
		String brn = this.fixtures.company("울산수소 시험", "ULSAN", "HYDROGEN", 300_000_000L, "LOAN_GUARANTEE");

		JsonNode proposed = this.fixtures.awaitProposal(this.allocationId, brn);
		assertThat(proposed.path("amount").asLong()).isEqualTo(300_000_000L);
		assertThat(proposed.path("fundId").asString()).isEqualTo(this.fundId);
	}

}
