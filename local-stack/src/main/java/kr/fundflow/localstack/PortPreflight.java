package kr.fundflow.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks before anything starts that the ports the stack needs are free, so that a second
 * stack fails in one line instead of half-starting.
 */
public final class PortPreflight {

	/**
	 * Children of a stack that was just killed exit within a second or two (they watch
	 * their parent); give their ports that long to be released.
	 */
	private static final Duration GRACE = Duration.ofSeconds(5);

	private PortPreflight() {
	}

	/**
	 * @param ports what each port is for, in the order they are checked
	 * @param offset the current {@code --port-offset}, to suggest another one
	 */
	public static void requireFree(Map<String, Integer> ports, int offset) {
		requireFree(ports, offset, GRACE);
	}

	static void requireFree(Map<String, Integer> ports, int offset, Duration grace) {
		long deadline = System.nanoTime() + grace.toNanos();
		for (Map.Entry<String, Integer> port : new LinkedHashMap<>(ports).entrySet()) {
			while (!isFree(port.getValue())) {
				if (System.nanoTime() > deadline) {
					throw new StartupFailure("port " + port.getValue() + " (" + port.getKey()
							+ ") is in use (another local stack?) — stop it or use --port-offset=" + (offset + 100));
				}
				sleep(250);
			}
		}
	}

	/**
	 * Binds the wildcard address, as the services do (Netty binds all interfaces): that
	 * fails if anything listens on the port on any address. SO_REUSEADDR as servers set
	 * it on Unix, so that connections of a stopped stack in TIME_WAIT do not count.
	 */
	public static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(!System.getProperty("os.name").startsWith("Windows"));
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StartupFailure("interrupted while checking ports");
		}
	}

}
