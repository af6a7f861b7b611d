package kr.fundflow.matching.match;

import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.GoldenEvents;

/**
 * The field paths of a JSON body ({@code reasons[].rule}), to check that what this
 * service writes has exactly the golden fixture's fields.
 */
public final class GoldenFields {

	private static final JsonMapper TREE = JsonMapper.builder().build();

	private GoldenFields() {
	}

	public static Set<String> of(EventType type) {
		return of(GoldenEvents.json(type));
	}

	public static Set<String> of(byte[] json) {
		Set<String> paths = new TreeSet<>();
		collect(TREE.readTree(json), "", paths);
		return paths;
	}

	private static void collect(JsonNode node, String prefix, Set<String> paths) {
		if (node.isObject()) {
			for (String name : node.propertyNames()) {
				String path = prefix.isEmpty() ? name : prefix + "." + name;
				paths.add(path);
				collect(node.get(name), path, paths);
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node.values()) {
				collect(element, prefix + "[]", paths);
			}
		}
	}

}
