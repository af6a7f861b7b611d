package kr.fundflow.drills.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class BadRequestsTests {

	private static final BadRequests.Fixtures FIXTURES = new BadRequests.Fixtures("op-token", "wg-token",
			"ministry-token", "ops-token", UUID.fromString("11111111-1111-1111-1111-111111111111"),
			UUID.fromString("22222222-2222-2222-2222-222222222222"), "1248100998",
			UUID.fromString("33333333-3333-3333-3333-333333333333"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theSameSeedGivesTheSameRequestsAndAnotherSeedOthers() {
		List<String> first = describe(new BadRequests(42, FIXTURES).generate(500));
		assertThat(describe(new BadRequests(42, FIXTURES).generate(500))).isEqualTo(first);
		assertThat(describe(new BadRequests(43, FIXTURES).generate(500))).isNotEqualTo(first);
	}

	@Test
	void everyWriteEndpointAndEveryResourceIsHit() {
		Set<String> hit = new BadRequests(7, FIXTURES).generate(10_000)
			.stream()
			.map(request -> request.method() + " "
					+ request.path()
						.replaceAll("\\?.*", "")
						.replace(FIXTURES.fundId().toString(), "{fund}")
						.replace(FIXTURES.allocationId().toString(), "{allocation}")
						.replace(FIXTURES.matchId().toString(), "{match}")
						.replace(FIXTURES.brn(), "{brn}"))
			.collect(Collectors.toSet());
		assertThat(hit).contains("POST /api/funds", "POST /api/funds/{fund}/allocations",
				"PATCH /api/allocations/{allocation}", "POST /api/allocations/{allocation}/disbursements",
				"POST /api/companies", "PUT /api/companies/{brn}", "POST /api/matches/{match}/reviews",
				"POST /auth/dev-token", "GET /api/funds", "GET /api/allocations", "GET /api/companies",
				"GET /api/matches", "GET /api/near-misses", "GET /api/reference/regions", "GET /api/dashboard/summary",
				"GET /api/allocations/{allocation}/commitments");
	}

	@Test
	void aBrokenFieldIsNeverMadeValidAgainByTheExtras() {
		int checked = 0;
		for (BadRequest request : new BadRequests(11, FIXTURES).generate(20_000)) {
			String kind = request.kind();
			JsonNode body = parse(request.body());
			if (body == null || !body.isObject() || !kind.contains(":")) {
				continue;
			}
			String field = kind.substring(kind.lastIndexOf(':') + 1);
			if (kind.contains(" null:")) {
				assertThat(body.get(field).isNull()).as(request.describe()).isTrue();
				checked++;
			}
			else if (kind.contains(" missing:") && !field.equals("amount-and-status")) {
				assertThat(body.has(field)).as(request.describe()).isFalse();
				checked++;
			}
			else if (kind.contains(" invalid:") && body.get(field).isString()) {
				String text = body.get(field).asString();
				assertThat(text.isBlank() || text.length() > 200 || !text.matches("[A-Z_]+|[0-9]{10}|fuzz")
						|| text.equals("ATLANTIS"))
					.as(request.describe())
					.isTrue();
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(1_000);
	}

	@Test
	void moreThanHalfAreWritesAndAReadWithAnotherMethodCountsAsAWrite() {
		List<BadRequest> requests = new BadRequests(5, FIXTURES).generate(5_000);
		long writes = requests.stream().filter(BadRequest::write).count();
		assertThat(writes).isBetween(2_500L, 3_200L);
		assertThat(requests).filteredOn(request -> request.method().equals("OPTIONS")).allMatch(r -> !r.write());
		assertThat(requests).filteredOn(request -> request.method().equals("DELETE")).allMatch(BadRequest::write);
	}

	private static JsonNode parse(byte[] body) {
		if (body == null) {
			return null;
		}
		try {
			return JSON.readTree(new String(body, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static List<String> describe(List<BadRequest> requests) {
		return requests.stream().map(BadRequest::describe).toList();
	}

}
