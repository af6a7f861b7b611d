package kr.fundflow.drills.api;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid request bodies of the write endpoints, as the services document them. Every body
 * carries its operation id in a free-text field (name, title, reason, note), so that the
 * checks can count the rows a single operation produced.
 */
public final class Payloads {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	/** Every growth stage: allocations of the drills take any company. */
	public static final List<String> STAGES = List.of("STARTUP", "GROWTH", "EXPANSION", "LEAP");

	private Payloads() {
	}

	/**
	 * A fund big enough for every drill, reviewed by one approval (threshold above any
	 * match).
	 */
	public static ObjectNode fund(String operation) {
		return JSON.createObjectNode()
			.put("name", "drill fund " + operation)
			.put("totalCap", 900_000_000_000_000L)
			.put("periodStart", "2026-01-01")
			.put("periodEnd", "2030-12-31")
			.put("regionalMinimum", 0)
			.put("aiMinimum", 0)
			.put("reviewThreshold", 100_000_000_000_000L);
	}

	/** A direct-investment allocation (no terms) for every stage, no ticket limits. */
	public static ObjectNode allocation(String operation, List<String> regions, List<String> industries, long amount) {
		ObjectNode body = JSON.createObjectNode()
			.put("title", "drill " + operation)
			.put("channel", "drills")
			.put("instrument", "DIRECT_INVESTMENT")
			.put("amount", amount);
		strings(body.putArray("regions"), regions);
		strings(body.putArray("industries"), industries);
		strings(body.putArray("stages"), STAGES);
		return body;
	}

	/**
	 * A company that every drill allocation of its region and industry proposes (score
	 * 100: non-capital region, two valued certifications, demand within any ticket).
	 */
	public static ObjectNode company(String operation, String brn, String region, String industry, long demand) {
		ObjectNode body = JSON.createObjectNode()
			.put("brn", brn)
			.put("name", "드릴 " + operation)
			.put("region", region)
			.put("stage", "GROWTH")
			.put("employees", 40)
			.put("annualRevenue", 3_000_000_000L)
			.put("foundedOn", "2016-04-01");
		strings(body.putArray("industries"), List.of(industry));
		strings(body.putArray("certifications"), List.of("INNOBIZ", "VENTURE"));
		ObjectNode need = body.putArray("demands")
			.addObject()
			.put("amount", demand)
			.put("purpose", "drill " + operation);
		strings(need.putArray("instruments"), List.of("DIRECT_INVESTMENT"));
		return body;
	}

	public static ObjectNode approval(String operation) {
		return JSON.createObjectNode().put("decision", "APPROVE").put("reason", "drill " + operation);
	}

	public static ObjectNode disbursement(String operation, UUID matchId, long amount) {
		return JSON.createObjectNode()
			.put("matchId", matchId.toString())
			.put("amount", amount)
			.put("note", "drill " + operation);
	}

	private static void strings(ArrayNode array, List<String> values) {
		values.forEach(array::add);
	}

}
