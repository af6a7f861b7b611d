package kr.fundflow.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.fundflow.localstack.demo.DemoDataLoader;
import kr.fundflow.localstack.kafka.KafkaBrokerConfig;
import kr.fundflow.localstack.kafka.KafkaBrokerProcess;
import kr.fundflow.localstack.postgres.Databases;
import kr.fundflow.localstack.postgres.EmbeddedPostgresServer;
import kr.fundflow.localstack.postgres.PostgresEndpoint;
import kr.fundflow.localstack.postgres.PostgresProvisioner;
import kr.fundflow.localstack.process.ChildProcess;
import kr.fundflow.localstack.process.HealthProbe;
import kr.fundflow.localstack.process.ServiceJars;
import kr.fundflow.localstack.process.ServiceLineup;
import kr.fundflow.localstack.process.ServiceProcess;
import kr.fundflow.localstack.process.ServiceSpec;
import kr.fundflow.localstack.process.SupervisedChild;

/**
 * Starts the stack in order (PostgreSQL, Kafka, the three services, the gateway, demo
 * data), keeps the children running (a child that dies after start-up is started again,
 * with backoff) and stops it in reverse (gateway first, Kafka and PostgreSQL last).
 */
public final class LocalStackSupervisor {

	private static final Logger log = LoggerFactory.getLogger(LocalStackSupervisor.class);

	/** From launching the services to the gateway reporting UP. */
	static final Duration SERVICES_TIMEOUT = Duration.ofSeconds(180);

	static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(90);

	/** How often the watch loop looks at the children. */
	static final Duration WATCH_INTERVAL = Duration.ofMillis(500);

	private final LocalStackOptions options;

	private final DataDirectory dataDirectory;

	private final Map<String, String> env;

	private final StackPorts ports;

	private final Databases databases;

	private final HealthProbe health = new HealthProbe();

	private final AtomicBoolean stopping = new AtomicBoolean();

	private volatile EmbeddedPostgresServer embeddedPostgres;

	private volatile KafkaBrokerProcess kafka;

	private final List<ServiceProcess> backendServices = new CopyOnWriteArrayList<>();

	private volatile ServiceProcess gateway;

	private volatile PostgresEndpoint postgres;

	/** Kafka, the services, the gateway: in start order. */
	private final List<SupervisedChild> supervised = new CopyOnWriteArrayList<>();

	/** Held while the watch loop restarts children and while the stack stops. */
	private final Object lifecycle = new Object();

	public LocalStackSupervisor(LocalStackOptions options, DataDirectory dataDirectory, Map<String, String> env) {
		this.options = options;
		this.dataDirectory = dataDirectory;
		this.env = env;
		this.ports = new StackPorts(options.portOffset());
		this.databases = Databases.forPortOffset(options.portOffset());
	}

	public void start() {
		long startedAt = System.nanoTime();
		Console
			.info("starting (data " + this.dataDirectory.root() + ", port offset " + this.options.portOffset() + ")");
		this.dataDirectory.prepare();
		PortPreflight.requireFree(requiredPorts(), this.options.portOffset());
		JwtKeys keys = prepareKeys();
		if (this.options.reset()) {
			DataDirectory.deleteTree(this.dataDirectory.kafka());
			Console.info("--reset: Kafka log wiped; the databases are dropped and recreated");
		}
		startPostgres();
		startKafka();
		if (this.options.infraOnly()) {
			StartupBanner.printInfrastructure(this.ports, this.postgres, this.databases, this.dataDirectory, keys);
			return;
		}
		ServiceLineup lineup = new ServiceLineup(this.ports, this.postgres, this.databases,
				this.kafka.bootstrapServers(), keys.publicKeyPem(), keys.privateKeyPem(),
				ProcessHandle.current().pid());
		startServices(lineup);
		if (this.options.demoData()) {
			new DemoDataLoader(URI.create("http://127.0.0.1:" + this.ports.gateway())).loadOnce();
		}
		StartupBanner.printAll(this.ports, this.postgres, this.databases, this.dataDirectory,
				Duration.ofNanos(System.nanoTime() - startedAt));
	}

	private Map<String, Integer> requiredPorts() {
		Map<String, Integer> required = new LinkedHashMap<>();
		if (!this.options.infraOnly()) {
			required.put("gateway", this.ports.gateway());
			required.put("fund-service", this.ports.fundService());
			required.put("company-service", this.ports.companyService());
			required.put("matching-service", this.ports.matchingService());
		}
		required.put("Kafka", this.ports.kafkaBroker());
		required.put("Kafka controller", this.ports.kafkaController());
		return required;
	}

	private JwtKeys prepareKeys() {
		JwtKeys keys = JwtKeys.in(this.dataDirectory.keys());
		boolean generated = keys.ensure();
		Console
			.info((generated ? "JWT key pair generated in " : "JWT key pair reused from ") + this.dataDirectory.keys());
		return keys;
	}

	private void startPostgres() {
		this.postgres = PostgresProvisioner.locate(PostgresEndpoint.fromEnvironment(this.env), () -> {
			this.embeddedPostgres = EmbeddedPostgresServer.start(this.dataDirectory.pgdata(),
					this.dataDirectory.pgBinaries(), this.ports.embeddedPostgres(), this.dataDirectory.log("postgres"));
			return this.embeddedPostgres.endpoint();
		});
		PostgresProvisioner.createDatabases(this.postgres, this.databases, this.options.reset());
		Console.info("PostgreSQL ready on " + this.postgres.describe() + ", databases "
				+ String.join(", ", this.databases.all()));
	}

	private void startKafka() {
		long startedAt = System.nanoTime();
		KafkaBrokerConfig config = new KafkaBrokerConfig(this.dataDirectory.kafka(), this.ports.kafkaBroker(),
				this.ports.kafkaController());
		Path configFile = this.dataDirectory.config().resolve("kafka-server.properties");
		Path logFile = this.dataDirectory.log("kafka");
		this.kafka = KafkaBrokerProcess.start(config, configFile, logFile);
		this.supervised.add(new SupervisedChild("kafka", this.kafka.process(), Instant.now(),
				() -> KafkaBrokerProcess.restart(config, configFile, logFile).process(), Duration.ofSeconds(20),
				this.dataDirectory.holdFile("kafka")));
		this.kafka.awaitReady(KAFKA_TIMEOUT);
		Console.info("Kafka ready on " + this.kafka.bootstrapServers() + " (pid " + this.kafka.process().pid() + ", "
				+ seconds(startedAt) + ")");
	}

	private void startServices(ServiceLineup lineup) {
		List<ServiceSpec> backends = lineup.backendServices();
		ServiceSpec gatewaySpec = lineup.gateway();
		Map<String, Path> jars = new LinkedHashMap<>();
		for (ServiceSpec spec : concat(backends, gatewaySpec)) {
			jars.put(spec.name(), ServiceJars.extract(spec.name(), this.dataDirectory.bin()));
		}
		long startedAt = System.nanoTime();
		Instant deadline = Instant.now().plus(SERVICES_TIMEOUT);
		for (ServiceSpec spec : backends) {
			ServiceProcess service = ServiceProcess.start(spec, jars.get(spec.name()), logOf(spec));
			this.backendServices.add(service);
			supervise(service, jars.get(spec.name()));
		}
		Console.info("started " + String.join(", ", backends.stream().map(ServiceSpec::name).toList())
				+ "; waiting for them to report UP");
		for (ServiceProcess service : this.backendServices) {
			service.awaitUp(this.health, deadline, infrastructureProcesses());
			Console
				.info(service.spec().name() + " UP on " + service.spec().baseUri() + " (" + seconds(startedAt) + ")");
		}
		this.gateway = ServiceProcess.start(gatewaySpec, jars.get(gatewaySpec.name()), logOf(gatewaySpec));
		supervise(this.gateway, jars.get(gatewaySpec.name()));
		List<ChildProcess> others = new ArrayList<>(infrastructureProcesses());
		this.backendServices.forEach((service) -> others.add(service.process()));
		this.gateway.awaitUp(this.health, deadline, others);
		Console.info("gateway UP on " + gatewaySpec.baseUri() + " (" + seconds(startedAt) + ")");
	}

	private void supervise(ServiceProcess service, Path jar) {
		ServiceSpec spec = service.spec();
		this.supervised.add(new SupervisedChild(spec.name(), service.process(), Instant.now(),
				() -> ServiceProcess.restart(spec, jar, logOf(spec)).process(), ServiceProcess.STOP_GRACE,
				this.dataDirectory.holdFile(spec.name())));
	}

	private List<ChildProcess> infrastructureProcesses() {
		return List.of(this.kafka.process());
	}

	private Path logOf(ServiceSpec spec) {
		return this.dataDirectory.log(spec.name());
	}

	/**
	 * Keeps the supervisor running until Ctrl-C. A child that dies is reported in one
	 * line and started again with backoff; a child with a hold file is kept stopped.
	 */
	public void watchUntilStopped() {
		while (!this.stopping.get()) {
			synchronized (this.lifecycle) {
				if (this.stopping.get()) {
					return;
				}
				for (SupervisedChild child : this.supervised) {
					child.supervise(Instant.now()).ifPresent(Console::info);
				}
			}
			try {
				Thread.sleep(WATCH_INTERVAL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Gateway first, then the services together, then Kafka, then PostgreSQL. */
	public void stop() {
		synchronized (this.lifecycle) {
			if (!this.stopping.compareAndSet(false, true)) {
				return;
			}
		}
		boolean anythingRunning = this.kafka != null || this.embeddedPostgres != null;
		if (anythingRunning) {
			Console.info("stopping");
		}
		supervisedNamed("gateway").ifPresent(SupervisedChild::stop);
		List<Thread> stopping = new ArrayList<>();
		for (ServiceProcess service : this.backendServices) {
			Thread thread = new Thread(() -> supervisedNamed(service.spec().name()).ifPresent(SupervisedChild::stop),
					"stop-" + service.spec().name());
			thread.start();
			stopping.add(thread);
		}
		for (Thread thread : stopping) {
			join(thread);
		}
		supervisedNamed("kafka").ifPresent(SupervisedChild::stop);
		if (this.embeddedPostgres != null) {
			this.embeddedPostgres.close();
		}
		if (anythingRunning) {
			Console.info("stopped");
		}
		log.info("supervisor stopped");
	}

	private java.util.Optional<SupervisedChild> supervisedNamed(String name) {
		return this.supervised.stream().filter((child) -> child.name().equals(name)).findFirst();
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static List<ServiceSpec> concat(List<ServiceSpec> first, ServiceSpec last) {
		List<ServiceSpec> all = new ArrayList<>(first);
		all.add(last);
		return all;
	}

	private static String seconds(long startedAtNanos) {
		return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - startedAtNanos) / 1e9);
	}

}
