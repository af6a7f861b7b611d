package kr.fundflow.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

import kr.fundflow.localstack.demo.BusinessRegistrationNumber;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an IT sets up through the gateway as an operator (funds, allocations, companies,
 * disbursements) and what it waits for as the ministry (matches settled by the services
 * through Kafka). Each IT makes its own with its own subjects, so rate-limit buckets and
 * review histories never mix.
 */
final class Fixtures {

	/**
	 * How long the services get to settle what an event started (proposal, commitment).
	 */
	static final Duration SETTLE = Duration.ofSeconds(30);

	private static final AtomicInteger NEXT_BRN = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

	final Gateway gateway;

	final String operator;

	final String ministry;

	Fixtures(Gateway gateway, String who) {
		this.gateway = gateway;
		this.operator = gateway.token(who + "-operator", "OPERATOR");
		this.ministry = gateway.token(who + "-ministry", "MINISTRY");
	}

	/**
	 * A valid 사업자등록번호 not used before in this JVM (the stack starts with empty
	 * databases).
	 */
	static String newBrn() {
		return BusinessRegistrationNumber
			.complete("71" + String.format("%07d", NEXT_BRN.getAndIncrement() % 10_000_000));
	}

	String fund(String name, long totalCap, long regionalMinimum, long aiMinimum) {
		Gateway.Reply created = this.gateway.post("/api/funds", """
				{"name": "%s", "totalCap": %d, "periodStart": "2026-01-01", "periodEnd": "2030-12-31",
				 "regionalMinimum": %d, "aiMinimum": %d}
				""".formatted(name, totalCap, regionalMinimum, aiMinimum), this.operator);
		assertThat(created.status()).as("fund %s: %s", name, created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/** Opens an allocation from its JSON body; it must answer 201. */
	JsonNode allocate(String fundId, String body) {
		Gateway.Reply created = this.gateway.post("/api/funds/" + fundId + "/allocations", body, this.operator);
		assertThat(created.status()).as("allocation %s: %s", body, created).isEqualTo(201);
		return created.json();
	}

	/**
	 * A loan-guarantee line (90 %, 30 bp) for one region and industry, for every growth
	 * stage.
	 */
	String guaranteeLine(String fundId, String title, String region, String industry, long amount, long minTicket,
			long maxTicket) {
		return allocate(fundId, """
				{"title": "%s", "channel": "기술보증기금", "regions": ["%s"], "industries": ["%s"],
				 "instrument": "LOAN_GUARANTEE", "terms": {"coverageRatioPct": 90, "feeDiscountBp": 30},
				 "stages": ["STARTUP", "GROWTH", "EXPANSION", "LEAP"], "minTicket": %d, "maxTicket": %d, "amount": %d}
				""".formatted(title, region, industry, minTicket, maxTicket, amount)).path("id").asString();
	}

	/** Registers a company with one demand; answers its 사업자등록번호. */
	String company(String name, String region, String industry, long demand, String instrument,
			String... certifications) {
		String brn = newBrn();
		Gateway.Reply created = this.gateway.post("/api/companies",
				companyJson(brn, name, region, industry, demand, instrument, certifications), this.operator);
		assertThat(created.status()).as("company %s: %s", name, created).isEqualTo(201);
		return brn;
	}

	static String companyJson(String brn, String name, String region, String industry, long demand, String instrument,
			String... certifications) {
		List<String> quoted = new ArrayList<>();
		for (String certification : certifications) {
			quoted.add('"' + certification + '"');
		}
		return """
				{"brn": "%s", "name": "%s", "region": "%s", "industries": ["%s"], "stage": "GROWTH",
				 "employees": 24, "annualRevenue": 1800000000, "foundedOn": "2020-04-01",
				 "certifications": [%s],
				 "demands": [{"amount": %d, "purpose": "설비 투자", "instruments": ["%s"]}]}
				""".formatted(brn, name, region, industry, String.join(", ", quoted), demand, instrument);
	}

	/**
	 * The matches of an allocation as the ministry lists them (every status, one page of
	 * 200).
	 */
	List<JsonNode> matchesOf(String allocationId) {
		Gateway.Reply reply = this.gateway.get("/api/matches?size=200&allocationId=" + allocationId, this.ministry);
		assertThat(reply.status()).as("matches of %s: %s", allocationId, reply).isEqualTo(200);
		List<JsonNode> matches = new ArrayList<>();
		reply.json().path("content").forEach(matches::add);
		return matches;
	}

	/**
	 * Waits until the company has a match on the allocation that satisfies {@code state}.
	 */
	JsonNode awaitMatch(String allocationId, String brn, Predicate<JsonNode> state, String what) {
		AtomicReference<Object> last = new AtomicReference<>("nothing yet");
		return Gateway.await(what + " for " + brn + " on " + allocationId, SETTLE, () -> {
			Gateway.Reply reply = this.gateway.get("/api/matches?size=200&allocationId=" + allocationId + "&brn=" + brn,
					this.ministry);
			last.set(reply);
			if (reply.status() != 200) {
				return Optional.empty();
			}
			for (JsonNode match : reply.json().path("content")) {
				if (state.test(match)) {
					return Optional.of(match);
				}
			}
			return Optional.empty();
		}, last::get);
	}

	JsonNode awaitProposal(String allocationId, String brn) {
		return awaitMatch(allocationId, brn, (match) -> "PROPOSED".equals(match.path("status").asString()),
				"a PROPOSED match");
	}

	/** Waits until the match (read by id, with its history) satisfies {@code state}. */
	JsonNode awaitMatchById(String matchId, Predicate<JsonNode> state, String what) {
		AtomicReference<Object> last = new AtomicReference<>("nothing yet");
		return Gateway.await(what + " (match " + matchId + ")", SETTLE, () -> {
			Gateway.Reply reply = this.gateway.get("/api/matches/" + matchId, this.ministry);
			last.set(reply);
			return (reply.status() == 200 && state.test(reply.json())) ? Optional.of(reply.json()) : Optional.empty();
		}, last::get);
	}

	static Predicate<JsonNode> status(String... statuses) {
		return (match) -> List.of(statuses).contains(match.path("status").asString());
	}

	Gateway.Reply review(String matchId, String decision, String reason, String workingGroupToken) {
		return this.gateway.post("/api/matches/" + matchId + "/reviews",
				"{\"decision\": \"%s\", \"reason\": \"%s\"}".formatted(decision, reason), workingGroupToken);
	}

	JsonNode allocation(String allocationId) {
		Gateway.Reply reply = this.gateway.get("/api/allocations/" + allocationId, this.ministry);
		assertThat(reply.status()).as("allocation %s: %s", allocationId, reply).isEqualTo(200);
		return reply.json();
	}

	/**
	 * Waits until the fund's dashboard summary satisfies {@code state} (the read model
	 * follows the events).
	 */
	JsonNode awaitSummary(String fundId, Predicate<JsonNode> state, String what) {
		AtomicReference<Object> last = new AtomicReference<>("nothing yet");
		return Gateway.await(what, SETTLE, () -> {
			Gateway.Reply reply = this.gateway.get("/api/dashboard/summary?fundId=" + fundId, this.ministry);
			last.set(reply);
			return (reply.status() == 200 && state.test(reply.json())) ? Optional.of(reply.json()) : Optional.empty();
		}, last::get);
	}

}
