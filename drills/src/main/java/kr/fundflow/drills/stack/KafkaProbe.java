package kr.fundflow.drills.stack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * What the drills ask the broker: consumer lag per group, the topics each group reads,
 * moving groups back to the earliest offsets, reading dead-letter topics, publishing raw
 * (poison) records.
 */
public final class KafkaProbe implements AutoCloseable {

	private static final long TIMEOUT_SECONDS = 10;

	private final String bootstrap;

	private final Admin admin;

	public KafkaProbe(String bootstrap) {
		this.bootstrap = bootstrap;
		Properties props = new Properties();
		props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
		props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8000);
		props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
		this.admin = Admin.create(props);
	}

	public boolean brokerAnswers() {
		try {
			this.admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes().get(3, TimeUnit.SECONDS);
			return true;
		}
		catch (ExecutionException | TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The services' consumer groups (every group but the drills' own). */
	public List<String> groups() throws Exception {
		List<String> groups = new ArrayList<>();
		for (ConsumerGroupListing listing : get(this.admin.listConsumerGroups().all())) {
			if (!listing.groupId().startsWith("drills")) {
				groups.add(listing.groupId());
			}
		}
		groups.sort(String::compareTo);
		return groups;
	}

	/**
	 * Records not yet consumed, per group: end offset minus committed offset over every
	 * partition the group has committed or is assigned (a partition without a commit
	 * counts from its earliest offset).
	 */
	public Map<String, Long> lag() throws Exception {
		Map<String, Long> lag = new TreeMap<>();
		List<String> groups = groups();
		if (groups.isEmpty()) {
			return lag;
		}
		Map<String, ConsumerGroupDescription> descriptions = get(this.admin.describeConsumerGroups(groups).all());
		Map<String, Map<TopicPartition, Long>> positions = new HashMap<>();
		Set<TopicPartition> partitions = new HashSet<>();
		for (String group : groups) {
			Map<TopicPartition, Long> position = new HashMap<>();
			get(this.admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata())
				.forEach((partition, offset) -> {
					if (offset != null) {
						position.put(partition, offset.offset());
					}
				});
			for (MemberDescription member : descriptions.get(group).members()) {
				for (TopicPartition partition : member.assignment().topicPartitions()) {
					position.putIfAbsent(partition, -1L);
				}
			}
			positions.put(group, position);
			partitions.addAll(position.keySet());
		}
		Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
		Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
		for (String group : groups) {
			long behind = 0;
			for (Map.Entry<TopicPartition, Long> entry : positions.get(group).entrySet()) {
				long position = (entry.getValue() >= 0) ? entry.getValue() : starts.getOrDefault(entry.getKey(), 0L);
				behind += Math.max(0, ends.getOrDefault(entry.getKey(), 0L) - position);
			}
			lag.put(group, behind);
		}
		return lag;
	}

	/** The topics each group has committed offsets on. */
	public Map<String, Set<String>> topicsByGroup() throws Exception {
		Map<String, Set<String>> topics = new TreeMap<>();
		for (String group : groups()) {
			Set<String> names = new HashSet<>();
			get(this.admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()).keySet()
				.forEach(partition -> names.add(partition.topic()));
			topics.put(group, names);
		}
		return topics;
	}

	/** Whether no consumer of the group is connected (offsets can be moved). */
	public boolean isEmpty(String group) throws Exception {
		ConsumerGroupDescription description = get(this.admin.describeConsumerGroups(List.of(group)).all()).get(group);
		return description.members().isEmpty()
				&& (description.groupState() == GroupState.EMPTY || description.groupState() == GroupState.DEAD);
	}

	/**
	 * Moves a group back to the earliest offset of every partition of every topic it
	 * reads, so that everything is consumed again.
	 * @return how many records the group will read again
	 */
	public long rewind(String group, Collection<String> topics) throws Exception {
		Set<TopicPartition> partitions = new HashSet<>();
		Map<String, TopicDescription> described = get(this.admin.describeTopics(topics).allTopicNames());
		described.values()
			.forEach(topic -> topic.partitions()
				.forEach(partition -> partitions.add(new TopicPartition(topic.name(), partition.partition()))));
		Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
		Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
		Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
		long records = 0;
		for (TopicPartition partition : partitions) {
			rewound.put(partition, new OffsetAndMetadata(starts.get(partition)));
			records += ends.get(partition) - starts.get(partition);
		}
		get(this.admin.alterConsumerGroupOffsets(group, rewound).all());
		return records;
	}

	/** Sum of the end offsets of every topic: grows with every record written. */
	public Map<String, Long> endOffsetsByTopic() throws Exception {
		Set<String> topics = get(this.admin.listTopics().names());
		Set<TopicPartition> partitions = new HashSet<>();
		get(this.admin.describeTopics(topics).allTopicNames()).values()
			.forEach(topic -> topic.partitions()
				.forEach(partition -> partitions.add(new TopicPartition(topic.name(), partition.partition()))));
		Map<String, Long> ends = new TreeMap<>();
		offsets(partitions, OffsetSpec.latest())
			.forEach((partition, offset) -> ends.merge(partition.topic(), offset, Long::sum));
		return ends;
	}

	public Set<String> topics() throws Exception {
		return get(this.admin.listTopics().names());
	}

	/** Every record of a topic, from the beginning to its current end. */
	public List<ConsumerRecord<byte[], byte[]>> readAll(String topic) throws Exception {
		if (!topics().contains(topic)) {
			return List.of();
		}
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap);
		props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map(info -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("could not read " + topic + " to its end in time");
				}
				consumer.poll(Duration.ofMillis(500)).forEach(records::add);
			}
		}
		return records;
	}

	/** A producer for records that no service would write (poison messages). */
	public KafkaProducer<String, byte[]> rawProducer() {
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap);
		props.put(ProducerConfig.ACKS_CONFIG, "all");
		props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				org.apache.kafka.common.serialization.StringSerializer.class);
		props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		return new KafkaProducer<>(props);
	}

	public static ProducerRecord<String, byte[]> record(String topic, String key, byte[] value,
			Map<String, String> headers) {
		RecordHeaders recordHeaders = new RecordHeaders();
		headers.forEach((name, headerValue) -> recordHeaders.add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
		return new ProducerRecord<>(topic, null, key, value, recordHeaders);
	}

	public static String header(ConsumerRecord<?, ?> record, String name) {
		var header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec) throws Exception {
		Map<TopicPartition, OffsetSpec> request = new HashMap<>();
		partitions.forEach(partition -> request.put(partition, spec));
		Map<TopicPartition, Long> offsets = new HashMap<>();
		if (request.isEmpty()) {
			return offsets;
		}
		get(this.admin.listOffsets(request).all()).forEach((partition, info) -> offsets.put(partition, info.offset()));
		return offsets;
	}

	private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) throws Exception {
		return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	@Override
	public void close() {
		this.admin.close(Duration.ofSeconds(5));
	}

}
