package kr.fundflow.fund;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.fundflow.contracts.EventCodec;
import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.GoldenEvents;
import kr.fundflow.contracts.IntegrationEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that an event we produce serializes to the golden body's shape: the same field
 * names at every level, and JSON numbers where the golden body has numbers.
 */
public final class GoldenShape {

	private static final JsonMapper TREE = JsonMapper.builder().build();

	private GoldenShape() {
	}

	public static void assertSameShape(IntegrationEvent produced) {
		EventType type = EventType.of(produced);
		JsonNode golden = TREE.readTree(GoldenEvents.json(type));
		JsonNode written = TREE.readTree(EventCodec.toJson(produced));
		assertShape(type.logicalName(), golden, written);
	}

	private static void assertShape(String path, JsonNode golden, JsonNode written) {
		if (golden.isObject()) {
			assertThat(fieldNames(written)).as("fields of %s", path).isEqualTo(fieldNames(golden));
			for (Map.Entry<String, JsonNode> field : golden.properties()) {
				JsonNode ours = written.get(field.getKey());
				if (!field.getValue().isNull() && !ours.isNull()) {
					assertShape(path + "." + field.getKey(), field.getValue(), ours);
				}
			}
		}
		else if (golden.isNumber()) {
			assertThat(written.isIntegralNumber()).as("%s is a JSON integer", path).isTrue();
		}
		else if (golden.isArray() && !golden.isEmpty() && !written.isEmpty()) {
			assertShape(path + "[0]", golden.get(0), written.get(0));
		}
	}

	private static TreeSet<String> fieldNames(JsonNode node) {
		TreeSet<String> names = new TreeSet<>();
		for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext();) {
			names.add(it.next());
		}
		return names;
	}

}
