package kr.fundflow.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lost read of reactor/reactor-netty#4361, made certain: two requests sent together
 * (the first answered later, the second at once), then a third on the same connection.
 */
class ResumeReadAfterExchangeTests {

	@Test
	void theRequestAfterAQueuedOneThatIsAnsweredAtOnceIsAnswered() throws Exception {
		assertThat(thirdRequestAnswered(ResumeReadAfterExchange::install)).isTrue();
	}

	@Test
	void withoutItReactorNettyStopsReadingTheConnection() throws Exception {
		// fails once Reactor Netty fixes the read itself (1.3.8): then drop the
		// workaround
		assertThat(thirdRequestAnswered(UnaryOperator.identity())).isFalse();
	}

	@Test
	void theEventItWaitsForStillExists() throws Exception {
		assertThat(Class.forName(ResumeReadAfterExchange.EXCHANGE_ENDED)).isNotNull();
	}

	private static boolean thirdRequestAnswered(UnaryOperator<HttpServer> customizer) throws Exception {
		DisposableServer server = customizer.apply(HttpServer.create().host("127.0.0.1").port(0))
			.handle((request,
					response) -> response.sendString(request.uri().equals("/first")
							? Mono.delay(Duration.ofMillis(100)).thenReturn("first") : Mono.just("at once")))
			.bindNow(Duration.ofSeconds(10));
		try (Socket socket = new Socket("127.0.0.1", server.port())) {
			socket.setSoTimeout(3000);
			socket.getOutputStream().write((get("/first") + get("/second")).getBytes(StandardCharsets.US_ASCII));
			assertThat(readBody(socket.getInputStream())).isEqualTo("first");
			assertThat(readBody(socket.getInputStream())).isEqualTo("at once");
			socket.getOutputStream().write(get("/third").getBytes(StandardCharsets.US_ASCII));
			try {
				return readBody(socket.getInputStream()).equals("at once");
			}
			catch (SocketTimeoutException ex) {
				return false;
			}
		}
		finally {
			server.disposeNow();
		}
	}

	private static String get(String path) {
		return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
	}

	/** One answer with a Content-Length; its body. */
	private static String readBody(InputStream in) throws IOException {
		int length = 0;
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
				length = Integer.parseInt(header.substring(15).trim());
			}
		}
		return new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b == -1) {
				throw new IOException("connection closed");
			}
			if (b != '\r') {
				bytes.write(b);
			}
		}
		return bytes.toString(StandardCharsets.US_ASCII);
	}

}
