package kr.fundflow.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What Prometheus scrapes from each service of the running stack: {@code promtool check
 * metrics} accepts it, every series carries the {@code application} tag, the families the
 * dashboard and alerts use are there, and no label value is an id (company numbers,
 * UUIDs) that would make the series unbounded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusMetricsIT {

	private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? .*$");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	/**
	 * A UUID anywhere, or a whole value that is a company number (10 digits, dashed or
	 * not).
	 */
	private static final Pattern UNBOUNDED_VALUE = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|^\\d{3}-?\\d{2}-?\\d{5}$");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private String opsToken;

	@BeforeAll
	void connect() throws Exception {
		this.opsToken = SharedStack.gateway().token("prometheus-it", "OPS");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					gateway          | spring_cloud_gateway_routes
					fund-service     | fundflow_outbox_oldest_age_seconds,spring_cloud_stream_binder_kafka_offset,fundflow_dead_letters_total,fundflow_budget_invariant_violations
					company-service  | fundflow_outbox_backlog_events,fundflow_outbox_oldest_age_seconds,fundflow_outbox_published_total
					matching-service | fundflow_outbox_oldest_age_seconds,spring_cloud_stream_binder_kafka_offset,fundflow_dead_letters_total,fundflow_pending_reviews
					""")
	void promtoolAcceptsWhatEachServiceExposes(String service, String requiredFamilies) throws Exception {
		URI metrics = URI.create("http://127.0.0.1:" + port(service) + "/actuator/prometheus");
		scrape(metrics); // the first scrape is itself a request: the second shows its
							// timings
		String exposition = scrape(metrics);

		assertThat(promtoolCheck(exposition)).as("promtool check metrics on %s", service).isEmpty();

		List<String> samples = exposition.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
		Set<String> families = new TreeSet<>();
		List<String> problems = new ArrayList<>();
		for (String sample : samples) {
			Matcher matcher = SAMPLE.matcher(sample);
			assertThat(matcher.matches()).as(sample).isTrue();
			families.add(matcher.group(1));
			String labels = (matcher.group(3) != null) ? matcher.group(3) : "";
			if (!labels.contains("application=\"" + service + "\"")) {
				problems.add("no application tag: " + sample);
			}
			Matcher label = LABEL.matcher(labels);
			while (label.find()) {
				if (!label.group(1).equals("le") && UNBOUNDED_VALUE.matcher(label.group(2)).find()) {
					problems.add("an id as label value: " + sample);
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(families).contains("http_server_requests_seconds_bucket", "jvm_memory_used_bytes");
		assertThat(families).contains(requiredFamilies.split(","));
	}

	private int port(String service) {
		return switch (service) {
			case "gateway" -> SharedStack.PORTS.gateway();
			case "fund-service" -> SharedStack.PORTS.fundService();
			case "company-service" -> SharedStack.PORTS.companyService();
			case "matching-service" -> SharedStack.PORTS.matchingService();
			default -> throw new IllegalArgumentException(service);
		};
	}

	private String scrape(URI uri) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri)
			.header("Authorization", "Bearer " + this.opsToken)
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(uri + " " + response.body()).isEqualTo(200);
		return response.body();
	}

	/** promtool's complaints (none when it accepts the exposition). */
	private static List<String> promtoolCheck(String exposition) throws IOException, InterruptedException {
		Process promtool;
		try {
			promtool = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			assumeTrue(false, "promtool is not installed (Debian package prometheus; ops/validate.sh installs it)");
			throw ex;
		}
		promtool.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
		promtool.getOutputStream().close();
		String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(promtool.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return (promtool.exitValue() == 0) ? List.of() : output.lines().toList();
	}

}
