package kr.fundflow.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusNamingFilterTests {

	private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

	PrometheusNamingFilterTests() {
		this.registry.config().meterFilter(new PrometheusNamingFilter());
	}

	@Test
	void dropsMetersInAbbreviatedUnits() {
		FunctionCounter.builder("jvm.compilation.time", this, t -> 1).baseUnit("ms").register(this.registry);
		Gauge.builder("kafka.consumer.io.time.ns.avg", () -> 1).register(this.registry);
		Counter.builder("fundflow.outbox.published").register(this.registry);

		assertThat(this.registry.scrape()).doesNotContain("jvm_compilation_time")
			.doesNotContain("kafka_consumer_io_time")
			.contains("fundflow_outbox_published_total");
	}

	@Test
	void gaugesNamedCountLoseTheHistogramSuffix() {
		Gauge.builder("system.cpu.count", () -> 2).register(this.registry);
		Gauge.builder("spring.cloud.gateway.routes.count", () -> 7).register(this.registry);

		assertThat(this.registry.scrape()).contains("system_cpus 2.0")
			.contains("spring_cloud_gateway_routes 7.0")
			.doesNotContain("_count ");
	}

	@Test
	void camelCaseTagKeysBecomeSnakeCase() {
		Counter.builder("spring.cloud.gateway.requests").tag("routeId", "company-service").register(this.registry);

		assertThat(this.registry.scrape()).contains("route_id=\"company-service\"").doesNotContain("routeId");
	}

	@Test
	void everyFamilyHasHelpText() {
		Timer.builder("http.server.requests").tag("uri", "/api/companies").register(this.registry);
		Gauge.builder("executor.pool.core", () -> 1).register(this.registry);
		Gauge.builder("kafka.consumer.node.request.latency.avg", () -> 1).description("").register(this.registry);
		Counter.builder("fundflow.dead.letters")
			.description("Messages parked on a dead-letter topic")
			.register(this.registry);

		assertThat(this.registry.scrape()).contains(
				"# HELP http_server_requests_seconds HTTP requests served, by uri template, method, status and outcome")
			.contains("# HELP executor_pool_core executor pool core (gauge)")
			.contains("# HELP kafka_consumer_node_request_latency_avg kafka consumer node request latency avg (gauge)")
			.contains("# HELP fundflow_dead_letters_total Messages parked on a dead-letter topic");
	}

	@Test
	void tagKeysAreSnakeCased() {
		assertThat(PrometheusNamingFilter.snakeCase("httpStatusCode")).isEqualTo("http_status_code");
		assertThat(PrometheusNamingFilter.snakeCase("client_id")).isEqualTo("client_id");
	}

}
