import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * HTTP load generator of the benchmark (bench/run.sh). Plain JDK, compiled once by run.sh.
 * <p>
 * Modes (arguments are key=value):
 * <ul>
 * <li>{@code closed}: {@code connections} clients send back to back for {@code seconds}
 * (after {@code warmup} seconds): the most the target serves.</li>
 * <li>{@code open}: requests start at a fixed arrival rate ({@code rate}/s) whatever the
 * answers do, and latency counts from the planned start (no coordinated omission). With
 * {@code rates=a,b,c} a ramp: one step per rate, stopping after the first step with an
 * error or a p99 above {@code p99LimitMs}.</li>
 * </ul>
 * Request: {@code GET url}, or with {@code body=company} a {@code POST url} of a company
 * registration with a fresh valid 사업자등록번호 per request (numbers from {@code brnBase},
 * 9 digits). {@code token} is sent as a bearer token. Prints one JSON object on stdout,
 * progress on stderr.
 */
public final class LoadGen {

	private static final int MAX_IN_FLIGHT = 2000;

	private final Map<String, String> args;

	private final HttpClient http;

	private final URI url;

	private final String token;

	private final boolean company;

	private final AtomicLong nextBrn;

	private LoadGen(Map<String, String> args) {
		this.args = args;
		this.url = URI.create(required("url"));
		this.token = args.get("token");
		this.company = "company".equals(args.get("body"));
		this.nextBrn = new AtomicLong(Long.parseLong(args.getOrDefault("brnBase", "100000000")));
		ExecutorService executor = Executors.newFixedThreadPool(Integer.parseInt(args.getOrDefault("threads", "4")));
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(executor)
			.build();
	}

	public static void main(String[] argv) throws Exception {
		Map<String, String> args = new HashMap<>();
		for (String arg : argv) {
			int eq = arg.indexOf('=');
			if (eq < 0) {
				throw new IllegalArgumentException("expected key=value, got " + arg);
			}
			args.put(arg.substring(0, eq), arg.substring(eq + 1));
		}
		LoadGen gen = new LoadGen(args);
		String mode = gen.required("mode");
		String json = switch (mode) {
			case "closed" -> gen.closed().toJson();
			case "open" -> gen.open();
			default -> throw new IllegalArgumentException("mode closed or open");
		};
		System.out.println(json);
		System.exit(0);
	}

	// ---- closed loop --------------------------------------------------------------------------

	private Step closed() throws InterruptedException {
		int connections = Integer.parseInt(this.args.getOrDefault("connections", "16"));
		double seconds = Double.parseDouble(this.args.getOrDefault("seconds", "10"));
		double warmup = Double.parseDouble(this.args.getOrDefault("warmup", "3"));
		runClosed(connections, warmup, null);
		Recorder recorder = new Recorder((int) (seconds * 50_000));
		long cpuBefore = processCpuNanos();
		long elapsed = runClosed(connections, seconds, recorder);
		recorder.clientCpuNanos(processCpuNanos() - cpuBefore);
		Step step = recorder.step(Double.NaN, elapsed);
		System.err.println("closed " + connections + " connections: " + step.describe());
		return step;
	}

	private long runClosed(int connections, double seconds, Recorder recorder) throws InterruptedException {
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		CountDownLatch done = new CountDownLatch(connections);
		for (int c = 0; c < connections; c++) {
			Thread thread = new Thread(() -> {
				try {
					while (System.nanoTime() < end) {
						long sent = System.nanoTime();
						int status;
						try {
							status = this.http.send(request(), HttpResponse.BodyHandlers.discarding()).statusCode();
						}
						catch (Exception ex) {
							status = -1;
						}
						if (recorder != null) {
							recorder.record(System.nanoTime() - sent, status);
						}
					}
				}
				finally {
					done.countDown();
				}
			});
			thread.setDaemon(true);
			thread.start();
		}
		done.await();
		return System.nanoTime() - start;
	}

	// ---- open loop ----------------------------------------------------------------------------

	private String open() throws InterruptedException {
		double seconds = Double.parseDouble(this.args.getOrDefault("seconds", "10"));
		double p99Limit = Double.parseDouble(this.args.getOrDefault("p99LimitMs", "50"));
		double pause = Double.parseDouble(this.args.getOrDefault("pause", "0"));
		List<Double> rates = new ArrayList<>();
		for (String rate : this.args.getOrDefault("rates", this.args.getOrDefault("rate", "100")).split(",")) {
			rates.add(Double.parseDouble(rate.trim()));
		}
		double warmup = Double.parseDouble(this.args.getOrDefault("warmup", "0"));
		if (warmup > 0) {
			runOpen(rates.get(0), warmup, new Recorder((int) (rates.get(0) * warmup) + 16));
		}
		List<Step> steps = new ArrayList<>();
		Step best = null;
		for (double rate : rates) {
			Recorder recorder = new Recorder((int) (rate * seconds) + 16);
			long elapsed = runOpen(rate, seconds, recorder);
			Step step = recorder.step(rate, elapsed);
			steps.add(step);
			boolean ok = step.errors == 0 && step.p99Ms <= p99Limit;
			System.err.println("open " + rate + "/s: " + step.describe() + (ok ? "  ok" : "  FAIL"));
			if (!ok) {
				break;
			}
			best = step;
			if (pause > 0) {
				Thread.sleep((long) (pause * 1000));
			}
		}
		StringBuilder json = new StringBuilder("{\"p99LimitMs\":").append(p99Limit).append(",\"steps\":[");
		for (int i = 0; i < steps.size(); i++) {
			json.append(i == 0 ? "" : ",").append(steps.get(i).toJson());
		}
		json.append("],\"best\":").append(best == null ? "null" : best.toJson());
		json.append(",\"registrationsSent\":").append(this.nextBrn.get()
				- Long.parseLong(this.args.getOrDefault("brnBase", "100000000")));
		return json.append('}').toString();
	}

	/**
	 * Starts request i at start + i / rate. A request that finds {@value #MAX_IN_FLIGHT}
	 * others still waiting counts as an error: the target has stopped keeping up.
	 */
	private long runOpen(double rate, double seconds, Recorder recorder) throws InterruptedException {
		long count = Math.round(rate * seconds);
		long intervalNanos = (long) (1e9 / rate);
		Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
		AtomicInteger outstanding = new AtomicInteger();
		long start = System.nanoTime();
		for (long i = 0; i < count; i++) {
			long planned = start + i * intervalNanos;
			long wait;
			while ((wait = planned - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			if (!inFlight.tryAcquire()) {
				recorder.record(0, -2);
				continue;
			}
			outstanding.incrementAndGet();
			this.http.sendAsync(request(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
				recorder.record(System.nanoTime() - planned, (error != null) ? -1 : response.statusCode());
				inFlight.release();
				outstanding.decrementAndGet();
			});
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (outstanding.get() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		return System.nanoTime() - start;
	}

	/** CPU time of this load generator: the benchmark subtracts it from the machine's. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	// ---- requests -----------------------------------------------------------------------------

	private HttpRequest request() {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.url).timeout(Duration.ofSeconds(10));
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		if (this.company) {
			request.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(companyJson(brn(this.nextBrn.getAndIncrement()))));
		}
		else {
			request.GET();
		}
		return request.build();
	}

	/**
	 * A valid 사업자등록번호: weights 1,3,7,1,3,7,1,3,5 on the first nine digits plus
	 * ⌊5·d9/10⌋; the check digit makes the sum a multiple of 10.
	 */
	static String brn(long nineDigits) {
		String base = String.format(Locale.ROOT, "%09d", nineDigits % 1_000_000_000L);
		int[] weights = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (base.charAt(i) - '0') * weights[i];
		}
		sum += ((base.charAt(8) - '0') * 5) / 10;
		return base + ((10 - sum % 10) % 10);
	}

	/** A Pohang hydrogen start-up asking for a 3억 loan guarantee: the benchmark's allocation matches it. */
	static String companyJson(String brn) {
		return """
				{"brn":"%s","name":"벤치수소 %s","region":"GYEONGBUK","industries":["HYDROGEN"],"stage":"STARTUP",\
				"employees":12,"annualRevenue":800000000,"foundedOn":"2023-03-02","certifications":["INNOBIZ"],\
				"demands":[{"amount":300000000,"purpose":"수전해 시험설비","instruments":["LOAN_GUARANTEE"]}]}"""
			.formatted(brn, brn);
	}

	private String required(String key) {
		String value = this.args.get(key);
		if (value == null) {
			throw new IllegalArgumentException("missing " + key + "=...");
		}
		return value;
	}

	// ---- results ------------------------------------------------------------------------------

	/** Latencies and statuses of one step; thread-safe. */
	static final class Recorder {

		private final long[] nanos;

		private final AtomicInteger size = new AtomicInteger();

		private final AtomicLong ok = new AtomicLong();

		private final Map<Integer, AtomicLong> errors = new java.util.concurrent.ConcurrentHashMap<>();

		private long clientCpuNanos = -1;

		Recorder(int capacity) {
			this.nanos = new long[Math.max(capacity, 16)];
		}

		void clientCpuNanos(long nanos) {
			this.clientCpuNanos = nanos;
		}

		void record(long latencyNanos, int status) {
			if (status >= 200 && status < 300) {
				this.ok.incrementAndGet();
				int i = this.size.getAndIncrement();
				if (i < this.nanos.length) {
					this.nanos[i] = latencyNanos;
				}
			}
			else {
				this.errors.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
			}
		}

		Step step(double rate, long elapsedNanos) {
			long[] sorted = Arrays.copyOf(this.nanos, Math.min(this.size.get(), this.nanos.length));
			Arrays.sort(sorted);
			long errorCount = this.errors.values().stream().mapToLong(AtomicLong::get).sum();
			Map<Integer, Long> byStatus = new HashMap<>();
			this.errors.forEach((status, n) -> byStatus.put(status, n.get()));
			double seconds = elapsedNanos / 1e9;
			long requests = this.ok.get() + errorCount;
			double clientCpuMs = (this.clientCpuNanos < 0 || requests == 0) ? -1 : this.clientCpuNanos / 1e6 / requests;
			return new Step(rate, this.ok.get() / seconds, this.ok.get(), errorCount, byStatus,
					percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), percentile(sorted, 100),
					seconds, clientCpuMs);
		}

		private static double percentile(long[] sorted, double p) {
			if (sorted.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
		}

	}

	record Step(double rate, double throughput, long ok, long errors, Map<Integer, Long> errorsByStatus, double p50Ms,
			double p90Ms, double p99Ms, double maxMs, double seconds, double clientCpuMsPerRequest) {

		String describe() {
			return String.format(Locale.ROOT, "%.0f req/s ok=%d errors=%d%s p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms",
					this.throughput, this.ok, this.errors, this.errors > 0 ? " " + this.errorsByStatus : "", this.p50Ms,
					this.p90Ms, this.p99Ms, this.maxMs);
		}

		String toJson() {
			StringBuilder byStatus = new StringBuilder("{");
			this.errorsByStatus.forEach((status, n) -> byStatus.append(byStatus.length() > 1 ? "," : "")
				.append('"')
				.append(status == -1 ? "io" : status == -2 ? "client-overload" : String.valueOf(status))
				.append("\":")
				.append(n));
			byStatus.append('}');
			return String.format(Locale.ROOT,
					"{\"rate\":%s,\"throughput\":%.1f,\"ok\":%d,\"errors\":%d,\"errorsByStatus\":%s,\"p50Ms\":%.2f,"
							+ "\"p90Ms\":%.2f,\"p99Ms\":%.2f,\"maxMs\":%.2f,\"seconds\":%.2f,\"clientCpuMsPerRequest\":%.3f}",
					Double.isNaN(this.rate) ? "null" : String.format(Locale.ROOT, "%.0f", this.rate), this.throughput,
					this.ok, this.errors, byStatus, nan(this.p50Ms), nan(this.p90Ms), nan(this.p99Ms), nan(this.maxMs),
					this.seconds, this.clientCpuMsPerRequest);
		}

		private static double nan(double v) {
			return Double.isNaN(v) ? -1 : v;
		}

	}

}
