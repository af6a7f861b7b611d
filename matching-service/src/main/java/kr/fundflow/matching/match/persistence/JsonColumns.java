package kr.fundflow.matching.match.persistence;

import java.util.List;

import io.r2dbc.postgresql.codec.Json;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import kr.fundflow.matching.match.domain.Demand;
import kr.fundflow.matching.match.domain.Reason;

/** The jsonb columns: a company's demands and a candidate's reasons. */
final class JsonColumns {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private static final TypeReference<List<Demand>> DEMANDS = new TypeReference<>() {
	};

	private JsonColumns() {
	}

	static Json reasons(List<Reason> reasons) {
		return Json.of(MAPPER.writeValueAsBytes(reasons));
	}

	static List<Reason> reasons(Json json) {
		return MAPPER.readValue(json.asArray(), REASONS);
	}

	static Json demands(List<Demand> demands) {
		return Json.of(MAPPER.writeValueAsBytes(demands));
	}

	static List<Demand> demands(Json json) {
		return MAPPER.readValue(json.asArray(), DEMANDS);
	}

}
