package kr.fundflow.localstack;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortPreflightTests {

	@Test
	void aListeningPortIsReportedWithTheOffsetToUseInstead() throws Exception {
		try (ServerSocket busy = new ServerSocket()) {
			busy.bind(new InetSocketAddress("127.0.0.1", 0));
			int port = busy.getLocalPort();
			assertThat(PortPreflight.isFree(port)).isFalse();
			Map<String, Integer> ports = new LinkedHashMap<>();
			ports.put("gateway", port);
			assertThatThrownBy(() -> PortPreflight.requireFree(ports, 0, Duration.ofMillis(300)))
				.isInstanceOf(StartupFailure.class)
				.hasMessage("port " + port
						+ " (gateway) is in use (another local stack?) — stop it or use --port-offset=100");
		}
	}

	@Test
	void aClosedPortIsFree() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		assertThat(PortPreflight.isFree(port)).isTrue();
	}

}
