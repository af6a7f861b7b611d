package kr.fundflow.drills.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import kr.fundflow.drills.api.Payloads;

/**
 * A seeded generator of bad requests against every endpoint behind the gateway: malformed
 * JSON, wrong types, nulls and missing fields, impossible numbers, unknown codes and
 * unicode junk, unknown fields, wrong content types, path junk and bad query parameters,
 * bad tokens and bad idempotency keys. The same seed gives the same requests.
 * <p>
 * Every write carries at least one change that the API contract makes certainly invalid
 * (so that an accepted write is a defect, not luck); extras that may or may not be valid
 * (unicode in free text, long strings) only come on top.
 */
public final class BadRequests {

	private static final JsonMapper JSON = Payloads.JSON;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** What kind of value a body field holds, which decides how to break it. */
	enum Type {

		TEXT, CODE, NUMBER, LIST, DATE, ID

	}

	record Field(String name, Type type, boolean required) {
	}

	/**
	 * The ids and tokens requests are built from (existing resources, so that a request
	 * reaches validation rather than a 404 only).
	 */
	public record Fixtures(String operator, String workingGroup, String ministry, String ops, UUID fundId,
			UUID allocationId, String brn, UUID matchId) {
	}

	private record WriteEndpoint(String name, String method, Function<Fixtures, String> path,
			Function<Fixtures, ObjectNode> body, List<Field> fields, Function<Fixtures, String> token) {
	}

	private static final List<String> UNICODE = List.of("😀🔥💸", "\u202Eevil\u202C", "\u200B\u200C\u200D",
			"e\u0301\u0301\u0301", "서울특별시", "ﷺ", "\uFEFF", "𝕱𝖚𝖓𝖉", "Ω≈ç√∫", "null", "<script>alert(1)</script>",
			"'; DROP TABLE fund; --", "%00", "../../etc/passwd", "${jndi:ldap://x}");

	private final SplittableRandom random;

	private final Fixtures fixtures;

	private final List<WriteEndpoint> writes;

	private final List<Function<SplittableRandom, String>> reads;

	public BadRequests(long seed, Fixtures fixtures) {
		this.random = new SplittableRandom(seed);
		this.fixtures = fixtures;
		this.writes = writeEndpoints();
		this.reads = readEndpoints(fixtures);
	}

	public List<BadRequest> generate(int count) {
		List<BadRequest> requests = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			requests.add((this.random.nextInt(100) < 60) ? badWrite() : badRead());
		}
		return requests;
	}

	// ---- writes

	private static List<WriteEndpoint> writeEndpoints() {
		List<Field> fund = List.of(new Field("name", Type.TEXT, true), new Field("totalCap", Type.NUMBER, true),
				new Field("periodStart", Type.DATE, true), new Field("periodEnd", Type.DATE, true),
				new Field("regionalMinimum", Type.NUMBER, true), new Field("aiMinimum", Type.NUMBER, true),
				new Field("reviewThreshold", Type.NUMBER, false));
		List<Field> allocation = List.of(new Field("title", Type.TEXT, false), new Field("channel", Type.TEXT, true),
				new Field("regions", Type.LIST, true), new Field("industries", Type.LIST, true),
				new Field("instrument", Type.CODE, true), new Field("stages", Type.LIST, true),
				new Field("amount", Type.NUMBER, true));
		List<Field> adjustment = List.of(new Field("amount", Type.NUMBER, false), new Field("reason", Type.TEXT, true));
		List<Field> disbursement = List.of(new Field("matchId", Type.ID, true), new Field("amount", Type.NUMBER, true),
				new Field("note", Type.TEXT, false));
		List<Field> company = List.of(new Field("brn", Type.CODE, true), new Field("name", Type.TEXT, true),
				new Field("region", Type.CODE, true), new Field("industries", Type.LIST, true),
				new Field("stage", Type.CODE, true), new Field("employees", Type.NUMBER, true),
				new Field("annualRevenue", Type.NUMBER, true), new Field("foundedOn", Type.DATE, true),
				new Field("certifications", Type.LIST, false));
		List<Field> replacement = company.subList(1, company.size());
		List<Field> review = List.of(new Field("decision", Type.CODE, true), new Field("reason", Type.TEXT, false));
		List<Field> devToken = List.of(new Field("subject", Type.CODE, true), new Field("role", Type.CODE, true));
		return List.of(
				new WriteEndpoint("create-fund", "POST", f -> "/api/funds", f -> Payloads.fund("fuzz"), fund,
						Fixtures::operator),
				new WriteEndpoint("open-allocation", "POST", f -> "/api/funds/" + f.fundId() + "/allocations",
						f -> Payloads.allocation("fuzz", List.of("BUSAN"), List.of("AI"), 1_000_000_000L), allocation,
						Fixtures::operator),
				new WriteEndpoint("adjust-allocation", "PATCH", f -> "/api/allocations/" + f.allocationId(),
						f -> JSON.createObjectNode().put("amount", 9_000_000_000L).put("reason", "fuzz"), adjustment,
						Fixtures::operator),
				new WriteEndpoint("disburse", "POST", f -> "/api/allocations/" + f.allocationId() + "/disbursements",
						f -> Payloads.disbursement("fuzz", f.matchId(), 1_000_000L), disbursement, Fixtures::operator),
				new WriteEndpoint("register-company", "POST", f -> "/api/companies",
						f -> Payloads.company("fuzz", f.brn(), "BUSAN", "AI", 100_000_000L), company,
						Fixtures::operator),
				new WriteEndpoint("replace-company", "PUT", f -> "/api/companies/" + f.brn(),
						f -> Payloads.company("fuzz", f.brn(), "BUSAN", "AI", 100_000_000L), replacement,
						Fixtures::operator),
				new WriteEndpoint("review-match", "POST", f -> "/api/matches/" + f.matchId() + "/reviews",
						f -> Payloads.approval("fuzz"), review, Fixtures::workingGroup),
				new WriteEndpoint("dev-token", "POST", f -> "/auth/dev-token",
						f -> JSON.createObjectNode().put("subject", "fuzz").put("role", "MINISTRY"), devToken,
						f -> null));
	}

	private BadRequest badWrite() {
		WriteEndpoint endpoint = pick(this.writes);
		ObjectNode body = endpoint.body().apply(this.fixtures);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		String path = endpoint.path().apply(this.fixtures);
		String kind;
		byte[] bytes;
		int dice = this.random.nextInt(100);
		if (dice < 12) {
			kind = "malformed-json";
			bytes = malformed(body.toString());
		}
		else if (dice < 20) {
			kind = "not-an-object";
			bytes = pick(List.of("", "null", "[]", "\"text\"", "0", "true", "[{}]", "{}"))
				.getBytes(StandardCharsets.UTF_8);
			if (new String(bytes, StandardCharsets.UTF_8).equals("{}") && endpoint.name().equals("adjust-allocation")) {
				kind = "empty-object";
			}
		}
		else if (dice < 26) {
			kind = "content-type";
			headers.put("Content-Type", pick(List.of("text/plain", "application/xml",
					"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "image/png")));
			bytes = body.toString().getBytes(StandardCharsets.UTF_8);
		}
		else if (dice < 32) {
			kind = "unknown-field";
			body.put(pick(List.of("committed", "id", "status_", "__proto__", "revision", "amount2", "필드")),
					pick(List.of("x", "1")));
			extra(body, endpoint.fields(), null);
			bytes = body.toString().getBytes(StandardCharsets.UTF_8);
		}
		else {
			kind = breakAField(endpoint, body);
			extra(body, endpoint.fields(), kind.substring(kind.indexOf(':') + 1));
			bytes = body.toString().getBytes(StandardCharsets.UTF_8);
		}
		if (endpoint.name().equals("adjust-allocation") && kind.equals("empty-object")) {
			kind = "missing:amount-and-status";
		}
		path = breakWritePath(endpoint, path);
		authorize(headers, endpoint.token().apply(this.fixtures));
		if (!endpoint.method().equals("PATCH") && !endpoint.method().equals("PUT") && this.random.nextInt(100) < 10) {
			headers.put("Idempotency-Key", pick(List.of("x".repeat(256), "with space", "")));
		}
		return new BadRequest(endpoint.method(), path, bytes, headers, endpoint.name() + " " + kind,
				!endpoint.name().equals("dev-token"));
	}

	/** Applies one certainly invalid change to a field; returns what was done. */
	private String breakAField(WriteEndpoint endpoint, ObjectNode body) {
		List<Field> fields = endpoint.fields();
		for (int attempt = 0; attempt < 10; attempt++) {
			Field field = pick(fields);
			int how = this.random.nextInt(4);
			if (how == 0 && field.required()) {
				body.putNull(field.name());
				return "null:" + field.name();
			}
			if (how == 1 && field.required()) {
				body.remove(field.name());
				if (endpoint.name().equals("adjust-allocation") && field.name().equals("reason")) {
					return "missing:reason";
				}
				return "missing:" + field.name();
			}
			if (how == 2) {
				body.set(field.name(), wrongType(field.type()));
				return "wrong-type:" + field.name();
			}
			JsonNode invalid = invalidValue(field);
			if (invalid != null) {
				body.set(field.name(), invalid);
				return "invalid:" + field.name();
			}
		}
		body.set("amount", NODES.numberNode(-1));
		return "invalid:amount";
	}

	private JsonNode wrongType(Type type) {
		return switch (type) {
			case TEXT, CODE ->
				pick(List.of(NODES.objectNode().put("a", 1), NODES.arrayNode().add("x"), NODES.arrayNode()));
			case NUMBER -> pick(List.of(NODES.stringNode("abc"), NODES.objectNode(), NODES.arrayNode().add(1),
					NODES.stringNode("1e3x")));
			case LIST -> pick(List.of(NODES.objectNode().put("0", "AI"), NODES.stringNode("AI,BIO"),
					NODES.numberNode(7), NODES.booleanNode(true)));
			case DATE -> pick(List.of(NODES.stringNode("not-a-date"), NODES.objectNode(), NODES.arrayNode(),
					NODES.stringNode("2026/01/01"), NODES.stringNode("01-01-2026")));
			case ID -> pick(List.of(NODES.stringNode("not-a-uuid"), NODES.objectNode(), NODES.numberNode(42),
					NODES.stringNode("00000000-0000-0000-0000-00000000000g"), NODES.arrayNode()));
		};
	}

	/**
	 * A value of the right JSON type that the contract refuses; null when none is
	 * certain.
	 */
	private JsonNode invalidValue(Field field) {
		return switch (field.type()) {
			case NUMBER -> pick(List.of(NODES.numberNode(-1), NODES.numberNode(new java.math.BigDecimal("1.5")),
					NODES.numberNode(Long.MIN_VALUE), rawNumber("9223372036854775808"), rawNumber("1e400"),
					rawNumber("-9223372036854775809"), rawNumber("1E+20")));
			case CODE ->
				pick(List.of(NODES.stringNode("ATLANTIS"), NODES.stringNode(pick(UNICODE) + "X"), NODES.stringNode(""),
						NODES.stringNode("   "), NODES.stringNode("\u0000"), NODES.stringNode("Z".repeat(300))));
			case LIST -> pick(List.of(NODES.arrayNode().add("NOPE"), NODES.arrayNode().addNull(),
					NODES.arrayNode().add("").add("AI"), NODES.arrayNode().add("\u0000"),
					NODES.arrayNode().add(pick(UNICODE))));
			case DATE -> pick(List.of(NODES.stringNode("2026-02-30"), NODES.stringNode("0000-00-00"),
					NODES.stringNode("2026-13-01"), NODES.stringNode("+999999999-12-31x")));
			case TEXT -> field.required()
					? pick(List.of(NODES.stringNode(""), NODES.stringNode("     "), NODES.stringNode("x".repeat(5001))))
					: null;
			case ID -> null;
		};
	}

	private static JsonNode rawNumber(String literal) {
		return NODES.rawValueNode(new tools.jackson.databind.util.RawValue(literal));
	}

	/**
	 * Extras that may or may not be valid on their own (unicode and long text), never on
	 * the field that was broken.
	 */
	private void extra(ObjectNode body, List<Field> fields, String broken) {
		if (this.random.nextInt(100) < 30) {
			for (Field field : fields) {
				if (field.type() == Type.TEXT && !field.name().equals(broken) && body.has(field.name())
						&& body.get(field.name()).isString()) {
					body.put(field.name(), pick(UNICODE) + (this.random.nextBoolean() ? "" : "긴".repeat(180)));
					return;
				}
			}
		}
	}

	private byte[] malformed(String json) {
		return switch (this.random.nextInt(6)) {
			case 0 -> json.substring(0, 1 + this.random.nextInt(json.length() - 1)).getBytes(StandardCharsets.UTF_8);
			case 1 -> (json + pick(List.of("}", "]", "x", ",", "{}"))).getBytes(StandardCharsets.UTF_8);
			case 2 -> ("x" + json).getBytes(StandardCharsets.UTF_8);
			case 3 -> ("[" + json.substring(1)).getBytes(StandardCharsets.UTF_8);
			case 4 -> json.replaceFirst(":", "").getBytes(StandardCharsets.UTF_8);
			default -> {
				byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
				byte[] broken = new byte[bytes.length + 2];
				System.arraycopy(bytes, 0, broken, 0, bytes.length);
				broken[bytes.length] = (byte) 0xff;
				broken[bytes.length + 1] = (byte) 0xfe;
				broken[0] = (byte) 0xc3;
				yield broken;
			}
		};
	}

	/** Sometimes the id in the path is junk too. */
	private String breakWritePath(WriteEndpoint endpoint, String path) {
		if (this.random.nextInt(100) >= 15 || !path.matches(".*/[0-9a-f-]{10,}.*")) {
			return path;
		}
		String junk = pick(List.of("not-a-uuid", encode("펀드"), "%00", "..%2F..", "1'%20OR%20'1'='1", "x".repeat(3000),
				new UUID(this.random.nextLong(), this.random.nextLong()) + "x",
				"00000000-0000-0000-0000-000000000000"));
		return path.replaceFirst("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9]{10}", junk);
	}

	// ---- reads

	private static List<Function<SplittableRandom, String>> readEndpoints(Fixtures f) {
		List<Function<SplittableRandom, String>> reads = new ArrayList<>();
		reads.add(r -> "/api/funds" + query(r, "page", "size"));
		reads.add(r -> "/api/funds/" + junkId(r, f.fundId().toString()));
		reads.add(r -> "/api/allocations" + query(r, "fundId", "region", "industry", "instrument", "status", "page",
				"size", "format", "columns"));
		reads.add(r -> "/api/allocations/" + junkId(r, f.allocationId().toString()));
		reads.add(r -> "/api/allocations/" + junkId(r, f.allocationId().toString()) + "/commitments"
				+ query(r, "page", "size"));
		reads.add(r -> "/api/allocations/" + junkId(r, f.allocationId().toString()) + "/disbursements"
				+ query(r, "page", "size"));
		reads.add(r -> "/api/allocations/" + f.allocationId() + "/disbursements/"
				+ junkId(r, new UUID(r.nextLong(), r.nextLong()).toString()));
		reads.add(r -> "/api/reference/" + pick(r, List.of("regions", "industries", "instruments", "nope", "%00")));
		reads.add(r -> "/api/dashboard/" + pick(r, List.of("summary", "flows", "flows/daily", "sankey"))
				+ query(r, "fundId", "asOf", "groupBy", "from", "to", "measure"));
		reads.add(r -> "/api/companies"
				+ query(r, "region", "industry", "stage", "certification", "q", "page", "size", "format", "columns"));
		reads.add(r -> "/api/companies/" + junkId(r, f.brn()));
		reads.add(r -> "/api/matches" + query(r, "region", "status", "allocationId", "brn", "page", "size", "format"));
		reads.add(r -> "/api/matches/" + junkId(r, f.matchId().toString()));
		reads.add(r -> "/api/near-misses" + query(r, "region", "allocationId", "brn", "page", "size"));
		reads.add(r -> "/api/" + pick(r, List.of("nothing", "funds/x/y/z", "matches/" + f.matchId() + "/reviews",
				"companies/" + f.brn() + "/demands", encode("한글경로"), "%2e%2e/%2e%2e/actuator/env")));
		return reads;
	}

	private BadRequest badRead() {
		String path = pick(this.reads).apply(this.random);
		Map<String, String> headers = new LinkedHashMap<>();
		String method = (this.random.nextInt(100) < 8) ? pick(List.of("DELETE", "PUT", "PATCH", "OPTIONS")) : "GET";
		String token = pick(List.of(this.fixtures.ministry(), this.fixtures.operator(), this.fixtures.workingGroup()));
		authorize(headers, token);
		if (this.random.nextInt(100) < 10) {
			headers.put("Accept",
					pick(List.of("text/csv", "application/xml", "image/png", "*/*", "text/event-stream;q=0")));
		}
		byte[] body = method.equals("GET") ? null : "{\"junk\":true}".getBytes(StandardCharsets.UTF_8);
		if (body != null) {
			headers.put("Content-Type", "application/json");
		}
		return new BadRequest(method, path, body, headers, "read " + method,
				!method.equals("GET") && !method.equals("OPTIONS"));
	}

	private static String query(SplittableRandom random, String... names) {
		StringBuilder query = new StringBuilder();
		int parameters = 1 + random.nextInt(3);
		for (int i = 0; i < parameters; i++) {
			String name = names[random.nextInt(names.length)];
			query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(junkValue(random, name));
		}
		if (random.nextInt(10) == 0) {
			query.append("&").append(encode(pick(random, UNICODE))).append("=1");
		}
		return query.toString();
	}

	private static String junkValue(SplittableRandom random, String name) {
		List<String> values = switch (name) {
			case "page" -> List.of("-1", "abc", "99999999999", "1.5", "", "2147483648", "-2147483649");
			case "size" -> List.of("0", "201", "100000", "-5", "x", "1e3", "NaN");
			case "format" -> List.of("pdf", "csv%00", "", "JSON", "xml");
			case "columns" -> List.of("nope", "id,nope", ",,,", "'", "id%00");
			case "asOf", "from", "to" ->
				List.of("yesterday", "2026-99-99", "0", "2026-02-30T25:61:00Z", "+99999-01-01");
			case "fundId", "allocationId" -> List.of("junk", "1", "%00", "00000000-0000-0000-0000-00000000000z");
			case "brn" -> List.of("12-34", "abcdefghij", "1234567890123", "%00");
			default -> List.of("ATLANTIS", "FOO", "%00", "'%20OR%201=1", encode("서울😀"), "x".repeat(600), "",
					encode("\u202E"));
		};
		return encode(pick(random, values)).replace("%25", "%");
	}

	private static String junkId(SplittableRandom random, String valid) {
		if (random.nextInt(4) == 0) {
			return valid;
		}
		return pick(random,
				List.of("not-a-uuid", "%00", encode("펀드"), "x".repeat(2000), "1'%20OR%20'1'='1",
						new UUID(random.nextLong(), random.nextLong()).toString(), "-1", "..%2F..%2Factuator", "null",
						"undefined", "%20"));
	}

	private void authorize(Map<String, String> headers, String token) {
		int dice = this.random.nextInt(100);
		if (token == null) {
			return;
		}
		if (dice < 4) {
			return;
		}
		if (dice < 8) {
			headers.put("Authorization", pick(List.of("Bearer junk", "Bearer a.b.c", "Basic dXNlcjpwYXNz", "Bearer ",
					"bearer " + token.substring(0, token.length() / 2))));
			return;
		}
		if (dice < 11) {
			headers.put("Authorization", "Bearer " + this.fixtures.ops());
			return;
		}
		headers.put("Authorization", "Bearer " + token);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
