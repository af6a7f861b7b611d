package kr.fundflow.gateway.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.NettyOutbound;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for one back-end service on a random port, reached over real HTTP: echoes
 * every {@code /api/**} request as JSON (which service, method, path, query, headers,
 * body), answers its readiness probe as told, serves its OpenAPI document, streams
 * server-sent events on {@code /api/dashboard/stream} as the test emits them, is slow on
 * purpose on {@code /api/.../slow} and closes the connection without a word on
 * {@code /api/.../hang-up}.
 */
public final class StubService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String name;

	private final DisposableServer server;

	private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();

	private final Sinks.Many<String> events = Sinks.many().multicast().directBestEffort();

	private volatile String readiness = "UP";

	private StubService(String name) {
		this.name = name;
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route(routes -> routes.get("/actuator/health/readiness", this::readiness)
				.get("/v3/api-docs/" + name, this::apiDocs)
				.get("/api/dashboard/stream", this::stream)
				.route(request -> request.uri().startsWith("/api/") && request.path().endsWith("slow"), this::slow)
				.route(request -> request.uri().startsWith("/api/") && request.path().endsWith("hang-up"), this::hangUp)
				.route(request -> request.uri().startsWith("/api/") && request.path().endsWith("reset"), this::reset)
				.route(request -> request.uri().startsWith("/api/"), this::echo))
			.bindNow();
	}

	public static StubService start(String name) {
		return new StubService(name);
	}

	public URI url() {
		return URI.create("http://127.0.0.1:" + this.server.port());
	}

	public String name() {
		return this.name;
	}

	/** What the readiness probe answers from now on, e.g. {@code OUT_OF_SERVICE}. */
	public void readiness(String status) {
		this.readiness = status;
	}

	/** Sends one event to every open {@code /api/dashboard/stream}. */
	public void emit(String data) {
		this.events.emitNext(data, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
	}

	/** Every {@code /api/**} request received so far, as echoed. */
	public List<Map<String, Object>> received() {
		return List.copyOf(this.received);
	}

	public boolean receivedPath(String path) {
		return this.received.stream().anyMatch(request -> path.equals(request.get("path")));
	}

	public void stop() {
		this.server.disposeNow();
	}

	private NettyOutbound readiness(HttpServerRequest request, HttpServerResponse response) {
		boolean up = "UP".equals(this.readiness);
		return json(response.status(up ? HttpResponseStatus.OK : HttpResponseStatus.SERVICE_UNAVAILABLE),
				Map.of("status", this.readiness));
	}

	private NettyOutbound apiDocs(HttpServerRequest request, HttpServerResponse response) {
		return json(response, Map.of("openapi", "3.1.0", "info", Map.of("title", this.name + "-service"), "servers",
				List.of(Map.of("url", "http://" + request.requestHeaders().get("Host")))));
	}

	private NettyOutbound stream(HttpServerRequest request, HttpServerResponse response) {
		String lastEventId = String.valueOf(request.requestHeaders().get("Last-Event-ID"));
		Flux<String> frames = Flux.concat(Flux.just("event: hello\ndata: resume-after=" + lastEventId + "\n\n"),
				this.events.asFlux().map(data -> "data: " + data + "\n\n"));
		return response.header("Content-Type", "text/event-stream")
			.send(frames.map(frame -> Unpooled.copiedBuffer(frame, StandardCharsets.UTF_8)), buffer -> true);
	}

	private Mono<Void> slow(HttpServerRequest request, HttpServerResponse response) {
		return Mono.delay(Duration.ofSeconds(10)).then(json(response, Map.of("late", true)).then());
	}

	/**
	 * Resets the connection (RST), as a service killed with kill -9 in mid-answer does.
	 */
	private Mono<Void> reset(HttpServerRequest request, HttpServerResponse response) {
		return Mono.fromRunnable(() -> response.withConnection(connection -> {
			connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
			connection.channel().close();
		})).then(Mono.never());
	}

	private Mono<Void> hangUp(HttpServerRequest request, HttpServerResponse response) {
		return Mono.fromRunnable(() -> response.withConnection(connection -> connection.channel().close()))
			.then(Mono.never());
	}

	private Mono<Void> echo(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap(body -> {
			Map<String, Object> echo = new LinkedHashMap<>();
			echo.put("service", this.name);
			echo.put("method", request.method().name());
			echo.put("path", request.fullPath());
			echo.put("query", queryOf(request.uri()));
			echo.put("authorization", request.requestHeaders().get("Authorization"));
			echo.put("contentType", request.requestHeaders().get("Content-Type"));
			echo.put("body", body);
			this.received.add(echo);
			return json(response, echo).then();
		});
	}

	private static String queryOf(String uri) {
		int question = uri.indexOf('?');
		return (question >= 0) ? uri.substring(question + 1) : "";
	}

	private static NettyOutbound json(HttpServerResponse response, Object body) {
		return response.header("Content-Type", "application/json")
			.sendByteArray(Mono.just(JSON.writeValueAsBytes(body)));
	}

}
