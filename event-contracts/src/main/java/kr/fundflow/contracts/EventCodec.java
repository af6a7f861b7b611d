package kr.fundflow.contracts;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON bodies of events. Readers ignore unknown fields so that producers may add optional
 * fields within a schema version; dates are ISO-8601 strings and money is a JSON integer.
 */
public final class EventCodec {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private EventCodec() {
	}

	public static byte[] toJson(IntegrationEvent event) {
		return MAPPER.writeValueAsBytes(event);
	}

	public static <T extends IntegrationEvent> T fromJson(byte[] json, Class<T> bodyType) {
		return MAPPER.readValue(json, bodyType);
	}

	public static IntegrationEvent fromJson(byte[] json, EventType type) {
		return fromJson(json, type.bodyType());
	}

}
