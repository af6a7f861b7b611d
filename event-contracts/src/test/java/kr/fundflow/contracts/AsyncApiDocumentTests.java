package kr.fundflow.contracts;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/asyncapi.yaml} is generated from the event records, so it cannot drift from
 * them. This test fails when the document is stale; regenerate it with
 * {@code ./mvnw -pl event-contracts test -Dtest=AsyncApiDocumentTests -Dasyncapi.write=true}.
 */
class AsyncApiDocumentTests {

	private static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");

	/**
	 * Text fields that may be null; boxed numbers and terms are optional by their type.
	 */
	private static final Set<String> OPTIONAL_TEXT = Set.of("FundAllocated.title", "AllocationAdjusted.reason",
			"AllocationClosed.reason", "MatchReviewed.reason", "CompanyDemand.purpose");

	@Test
	void theAsyncApiDocumentDescribesEveryTopicAndEventAsTheRecordsDefineThem() throws IOException {
		String expected = new YAMLMapper().writeValueAsString(document());
		if (Boolean.getBoolean("asyncapi.write")) {
			Files.writeString(DOCUMENT, expected);
		}
		assertThat(Files.readString(DOCUMENT)).as("docs/asyncapi.yaml is stale; see this test's javadoc")
			.isEqualTo(expected);
	}

	private static Map<String, Object> document() {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("asyncapi", "3.0.0");
		doc.put("info", map("title", "Fund-flow tracker events", "version", "1.0.0", "description",
				"Integration events between fund-service, company-service and matching-service. CloudEvents 1.0 "
						+ "in binary content mode: the envelope is in Kafka headers, the body is JSON. Money is an "
						+ "integer number of won. Within a schema version only optional fields are added."));
		doc.put("defaultContentType", CloudEventHeaders.JSON);
		Map<String, Object> channels = new LinkedHashMap<>();
		Map<String, Object> operations = new LinkedHashMap<>();
		Map<String, Object> messages = new LinkedHashMap<>();
		Map<String, Object> schemas = new LinkedHashMap<>();
		for (String topic : List.of(Topics.FUNDS, Topics.ALLOCATIONS, Topics.COMPANIES, Topics.MATCHES)) {
			String channelId = topic.replace('.', '-');
			Map<String, Object> channelMessages = new LinkedHashMap<>();
			for (EventType type : EventType.values()) {
				if (type.topic().equals(topic)) {
					String name = type.bodyType().getSimpleName();
					channelMessages.put(name, map("$ref", "#/components/messages/" + name));
					messages.put(name, message(type));
					schema(type.bodyType(), schemas);
				}
			}
			channels.put(channelId, map("address", topic, "description",
					"Keyed by " + keyOf(topic) + "; order holds per key.", "messages", channelMessages));
			operations.put("publish-" + channelId,
					map("action", "send", "channel", map("$ref", "#/channels/" + channelId), "summary",
							"Published by " + producerOf(topic) + " through its transactional outbox"));
		}
		doc.put("channels", channels);
		doc.put("operations", operations);
		Map<String, Object> components = new LinkedHashMap<>();
		components.put("messages", messages);
		components.put("schemas", schemas);
		components.put("messageTraits", map("CloudEvent", map("headers", cloudEventHeaders())));
		doc.put("components", components);
		return doc;
	}

	private static Map<String, Object> message(EventType type) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("name", type.logicalName());
		message.put("title", type.bodyType().getSimpleName());
		message.put("summary", "ce_type " + type.logicalName() + ", schema version " + type.schemaVersion());
		message.put("description", type.description());
		message.put("contentType", CloudEventHeaders.JSON);
		message.put("traits", List.of(map("$ref", "#/components/messageTraits/CloudEvent")));
		message.put("payload", map("$ref", "#/components/schemas/" + type.bodyType().getSimpleName()));
		return message;
	}

	private static Map<String, Object> cloudEventHeaders() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(CloudEventHeaders.ID, map("type", "string", "format", "uuid", "description",
				"Unique per event; consumers deduplicate by it"));
		properties.put(CloudEventHeaders.SOURCE, map("type", "string", "description", "/fundflow/<service>"));
		properties.put(CloudEventHeaders.TYPE, map("type", "string", "description", "Logical event name"));
		properties.put(CloudEventHeaders.TIME, map("type", "string", "format", "date-time"));
		properties.put(CloudEventHeaders.SPEC_VERSION, map("type", "string", "const", "1.0"));
		properties.put(CloudEventHeaders.SUBJECT, map("type", "string", "description", "Aggregate id (= key)"));
		properties.put(CloudEventHeaders.SCHEMA_VERSION,
				map("type", "string", "description", "Version of the body's contract"));
		properties.put(CloudEventHeaders.CONTENT_TYPE, map("type", "string", "const", CloudEventHeaders.JSON));
		return map("type", "object", "required", List.copyOf(properties.keySet()), "properties", properties);
	}

	private static void schema(Class<?> record, Map<String, Object> schemas) {
		if (schemas.containsKey(record.getSimpleName())) {
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		List<String> required = new ArrayList<>();
		schemas.put(record.getSimpleName(), map());
		for (RecordComponent component : record.getRecordComponents()) {
			properties.put(component.getName(), typeOf(component.getGenericType(), schemas));
			if (component.getType().isPrimitive()
					|| component.getType() == String.class && !component.getName().equals("title")
					|| component.getType() == UUID.class || component.getType() == Instant.class
					|| component.getType() == LocalDate.class || component.getType() == List.class) {
				required.add(component.getName());
			}
		}
		schemas.put(record.getSimpleName(), map("type", "object", "required", required, "properties", properties));
	}

	private static Map<String, Object> typeOf(Type type, Map<String, Object> schemas) {
		if (type instanceof ParameterizedType list) {
			return map("type", "array", "items", typeOf(list.getActualTypeArguments()[0], schemas));
		}
		Class<?> raw = (Class<?>) type;
		if (raw == long.class || raw == Long.class) {
			return map("type", "integer", "format", "int64");
		}
		if (raw == int.class || raw == Integer.class) {
			return map("type", "integer", "format", "int32");
		}
		if (raw == UUID.class) {
			return map("type", "string", "format", "uuid");
		}
		if (raw == Instant.class) {
			return map("type", "string", "format", "date-time");
		}
		if (raw == LocalDate.class) {
			return map("type", "string", "format", "date");
		}
		if (raw.isRecord()) {
			schema(raw, schemas);
			return map("$ref", "#/components/schemas/" + raw.getSimpleName());
		}
		return map("type", "string");
	}

	/**
	 * An insertion-ordered map, so that the generated document is stable from run to run.
	 */
	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static String keyOf(String topic) {
		return switch (topic) {
			case Topics.FUNDS -> "fund id";
			case Topics.ALLOCATIONS -> "allocation id";
			case Topics.COMPANIES -> "business registration number";
			default -> "match id";
		};
	}

	private static String producerOf(String topic) {
		return topic.split("\\.")[1] + "-service";
	}

}
