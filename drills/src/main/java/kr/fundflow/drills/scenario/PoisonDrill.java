package kr.fundflow.drills.scenario;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;

import kr.fundflow.contracts.CloudEventHeaders;
import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.GoldenEvents;
import kr.fundflow.contracts.Topics;
import kr.fundflow.drills.Drill;
import kr.fundflow.drills.DrillContext;
import kr.fundflow.drills.DrillResult;
import kr.fundflow.drills.Log;
import kr.fundflow.drills.api.Payloads;
import kr.fundflow.drills.api.Stats;
import kr.fundflow.drills.api.Writes;
import kr.fundflow.drills.check.Findings;
import kr.fundflow.drills.load.Ledger;
import kr.fundflow.drills.load.Load;
import kr.fundflow.drills.load.World;
import kr.fundflow.drills.stack.KafkaProbe;

/**
 * Scenario 5: during a burst of registrations, 1 % as many records with bad bodies or
 * broken CloudEvents headers are published straight onto each consumed topic. Exactly
 * those land in {@code <topic>.<group>.dlt} of every group that reads the topic (and no
 * good message does); the consumers go on, and lag returns to 0.
 */
public final class PoisonDrill implements Drill {

	public static final String NAME = "poison";

	private static final List<EventType> TYPES = List.of(EventType.COMPANY_REGISTERED, EventType.FUND_ALLOCATED,
			EventType.MATCH_REVIEWED);

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public DrillResult run(DrillContext context) throws Exception {
		List<String> problems = new ArrayList<>();
		KafkaProbe kafka = context.kafka();
		Map<String, Set<String>> groupsByTopic = new TreeMap<>();
		kafka.topicsByGroup()
			.forEach((group, topics) -> topics
				.forEach(topic -> groupsByTopic.computeIfAbsent(topic, key -> new HashSet<>()).add(group)));
		Map<String, Set<String>> deadBefore = deadLetterKeys(kafka);

		int burst = context.scale().burst();
		int perTopic = Math.max(1, (burst + 99) / 100);
		Map<String, Set<String>> poisonByTopic = new LinkedHashMap<>();
		Stats stats = new Stats();
		World world = context.world();
		ExecutorService clients = Executors.newFixedThreadPool(8);
		List<Future<?>> writes = new ArrayList<>();
		try (KafkaProducer<String, byte[]> producer = kafka.rawProducer()) {
			int poisonEvery = Math.max(1, burst / perTopic);
			int published = 0;
			for (int i = 0; i < burst; i++) {
				String operation = world.runId() + "-" + NAME + "-" + i;
				writes.add(clients.submit(() -> register(world, operation, stats)));
				if (i % poisonEvery == poisonEvery / 2) {
					for (EventType type : TYPES) {
						String key = "poison-" + UUID.randomUUID();
						producer
							.send(KafkaProbe.record(type.topic(), key, body(type, published), headers(type, published)))
							.get(30, TimeUnit.SECONDS);
						poisonByTopic.computeIfAbsent(type.topic(), topic -> new HashSet<>()).add(key);
					}
					published++;
				}
			}
		}
		for (Future<?> write : writes) {
			write.get();
		}
		clients.shutdown();
		int poison = poisonByTopic.values().stream().mapToInt(Set::size).sum();
		Log.line(NAME + ": " + burst + " registrations (" + stats.describe() + ") and " + poison + " poison records on "
				+ poisonByTopic.keySet());
		Findings findings = context.invariants().settleAndCheck(context.scale().convergence());

		Map<String, Set<String>> deadAfter = deadLetterKeys(kafka);
		long expected = 0;
		long found = 0;
		for (Map.Entry<String, Set<String>> entry : poisonByTopic.entrySet()) {
			String topic = entry.getKey();
			for (String group : groupsByTopic.getOrDefault(topic, Set.of())) {
				String deadLetterTopic = Topics.deadLetter(topic, group);
				Set<String> fresh = new HashSet<>(deadAfter.getOrDefault(deadLetterTopic, Set.of()));
				fresh.removeAll(deadBefore.getOrDefault(deadLetterTopic, Set.of()));
				expected += entry.getValue().size();
				Set<String> missing = new HashSet<>(entry.getValue());
				missing.removeAll(fresh);
				Set<String> unexpected = new HashSet<>(fresh);
				unexpected.removeAll(entry.getValue());
				found += entry.getValue().size() - missing.size();
				if (!missing.isEmpty()) {
					problems.add(deadLetterTopic + ": " + missing.size() + " poison records missing");
				}
				if (!unexpected.isEmpty()) {
					problems.add(
							deadLetterTopic + ": " + unexpected.size() + " records that are not poison: " + unexpected);
				}
			}
		}
		for (Map.Entry<String, Set<String>> entry : deadAfter.entrySet()) {
			String topic = entry.getKey().substring(0, entry.getKey().indexOf(".dlt"));
			boolean poisoned = poisonByTopic.keySet().stream().anyMatch(topic::startsWith);
			Set<String> fresh = new HashSet<>(entry.getValue());
			fresh.removeAll(deadBefore.getOrDefault(entry.getKey(), Set.of()));
			if (!poisoned && !fresh.isEmpty()) {
				problems.add(entry.getKey() + ": " + fresh.size() + " new dead letters of good records");
			}
		}
		Log.line(NAME + ": " + found + " of " + expected + " expected dead letters found (" + perTopic
				+ " per topic and consumer group)");
		if (stats.firstUnexpected() != null) {
			problems.add("first unexpected 5xx: " + stats.firstUnexpected());
		}
		return context.result(NAME, world.ledger().acknowledgedBy(NAME), findings, stats.unexpected5xx(), problems);
	}

	private static void register(World world, String operation, Stats stats) {
		try {
			String brn = world.nextBrn();
			String region = World.LOAD_REGIONS.get(Math.floorMod(operation.hashCode(), World.LOAD_REGIONS.size()));
			Writes.Result result = world.writes()
				.write(operation, "POST", "/api/companies",
						Payloads.company(operation, brn, region, World.LOAD_INDUSTRIES.get(0), 300_000_000L).toString(),
						world.operator(), stats, Load.WRITE_DEADLINE);
			if (result.acknowledged()) {
				world.ledger().acknowledged(Ledger.Kind.COMPANY, operation, brn, NAME);
			}
			else if (result.outcome() == Writes.Outcome.UNSETTLED) {
				world.ledger().unsettled(Ledger.Kind.COMPANY, operation, brn, NAME);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Keys of every record on every dead-letter topic. */
	private static Map<String, Set<String>> deadLetterKeys(KafkaProbe kafka) throws Exception {
		Map<String, Set<String>> keys = new HashMap<>();
		for (String topic : kafka.topics()) {
			if (topic.endsWith(".dlt")) {
				Set<String> set = new HashSet<>();
				for (ConsumerRecord<byte[], byte[]> record : kafka.readAll(topic)) {
					set.add((record.key() != null) ? new String(record.key(), StandardCharsets.UTF_8) : "");
				}
				keys.put(topic, set);
			}
		}
		return keys;
	}

	/**
	 * Bodies no consumer can read (broken JSON, the wrong JSON, not JSON at all), or a
	 * good body for the kinds whose headers are broken.
	 */
	private static byte[] body(EventType type, int n) {
		return switch (n % 6) {
			case 0 -> "{\"brn\": \"123".getBytes(StandardCharsets.UTF_8);
			case 1 -> "[1, 2, 3]".getBytes(StandardCharsets.UTF_8);
			case 2 -> "\"just a string\"".getBytes(StandardCharsets.UTF_8);
			case 3 -> new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, 2 };
			default -> GoldenEvents.json(type);
		};
	}

	/**
	 * Headers of a real event of the topic; the last kinds carry a good body with a
	 * broken header instead (no id, a time that is not a time, a schema version that is
	 * not a number).
	 */
	private static Map<String, String> headers(EventType type, int n) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(CloudEventHeaders.ID, UUID.randomUUID().toString());
		headers.put(CloudEventHeaders.SOURCE, "/fundflow/drills");
		headers.put(CloudEventHeaders.TYPE, type.logicalName());
		headers.put(CloudEventHeaders.TIME, Instant.now().toString());
		headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
		headers.put(CloudEventHeaders.SUBJECT, "poison");
		headers.put(CloudEventHeaders.SCHEMA_VERSION, String.valueOf(type.schemaVersion()));
		headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
		if (n % 6 == 4) {
			headers.remove(CloudEventHeaders.ID);
		}
		if (n % 6 == 5) {
			headers.put(CloudEventHeaders.TIME, "yesterday");
		}
		return headers;
	}

}
