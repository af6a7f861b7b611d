package kr.fundflow.platform.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;

/**
 * Keeps every exposed name acceptable to {@code promtool check metrics}, whoever
 * registered the meter (Spring, Kafka clients, the gateway):
 * <ul>
 * <li>meters in abbreviated units ({@code ms}, {@code ns}, {@code us}: Kafka client I/O
 * times, JVM compilation and process CPU time) are dropped: each has a seconds-based or
 * more useful sibling, and their values cannot be rescaled by a filter;</li>
 * <li>a gauge named {@code x.count} becomes {@code x}s ({@code system.cpus},
 * {@code kafka.consumer.connections}): {@code _count} belongs to histograms and
 * summaries;</li>
 * <li>camelCase tag keys become snake_case ({@code routeId} → {@code route_id});</li>
 * <li>a meter without a description gets one, so that each family has its HELP line.</li>
 * </ul>
 */
public class PrometheusNamingFilter implements MeterFilter {

	private static final Set<String> ABBREVIATED_UNITS = Set.of("ms", "ns", "us");

	private static final Pattern TOKEN = Pattern.compile("[._-]");

	private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

	private static final Map<String, String> DESCRIPTIONS = Map.of("http.server.requests",
			"HTTP requests served, by uri template, method, status and outcome", "http.server.requests.active",
			"HTTP requests being served", "http.client.requests", "HTTP requests sent to other services",
			"spring.security.filterchains", "Spring Security filter chain runs", "spring.security.authorizations",
			"Spring Security authorization decisions", "spring.security.http.secured.requests",
			"Requests through Spring Security's secured filter chain");

	@Override
	public MeterFilterReply accept(Meter.Id id) {
		if (ABBREVIATED_UNITS.contains(String.valueOf(id.getBaseUnit()))) {
			return MeterFilterReply.DENY;
		}
		for (String token : TOKEN.split(id.getName())) {
			if (ABBREVIATED_UNITS.contains(token)) {
				return MeterFilterReply.DENY;
			}
		}
		return MeterFilterReply.NEUTRAL;
	}

	@Override
	public Meter.Id map(Meter.Id id) {
		Meter.Id mapped = id;
		if (id.getType() == Meter.Type.GAUGE && id.getName().endsWith(".count")) {
			String stem = id.getName().substring(0, id.getName().length() - ".count".length());
			mapped = mapped.withName(stem.endsWith("s") ? stem : stem + "s");
		}
		if (id.getTags().stream().anyMatch(tag -> !tag.getKey().equals(snakeCase(tag.getKey())))) {
			List<Tag> tags = new ArrayList<>();
			for (Tag tag : id.getTags()) {
				tags.add(Tag.of(snakeCase(tag.getKey()), tag.getValue()));
			}
			mapped = mapped.replaceTags(tags);
		}
		if ((mapped.getDescription() == null || mapped.getDescription().isBlank())
				&& mapped.syntheticAssociation() == null) {
			mapped = new Meter.Id(mapped.getName(), Tags.of(mapped.getTagsAsIterable()), mapped.getBaseUnit(),
					describe(id), mapped.getType());
		}
		return mapped;
	}

	private static String describe(Meter.Id id) {
		String known = DESCRIPTIONS.get(id.getName());
		if (known != null) {
			return known;
		}
		String words = id.getName().replace('.', ' ').replace('_', ' ');
		if (id.getName().startsWith("spring.security.")) {
			return "Spring Security observation: " + words;
		}
		return words + " (" + id.getType().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
	}

	static String snakeCase(String key) {
		return CAMEL.matcher(key).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
	}

}
