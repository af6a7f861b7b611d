package kr.fundflow.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one whole stack that every end-to-end IT of this JVM talks to: started from the fat
 * jar by the first IT that asks ({@code --port-offset=100 --reset --no-demo-data}, data
 * in {@code target/it-stack}), stopped by a shutdown hook when the Failsafe JVM exits.
 * The start-up (25–60 s on two cores) is paid once; each IT keeps to its own funds,
 * regions and industries so that they cannot see each other's data.
 */
final class SharedStack {

	static final StackPorts PORTS = new StackPorts(100);

	static final URI GATEWAY = URI.create("http://127.0.0.1:" + PORTS.gateway());

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	private static StackUnderTest stack;

	private static Gateway gateway;

	/**
	 * Why the start failed; every later IT fails with it at once instead of starting
	 * again.
	 */
	private static Throwable startFailure;

	private SharedStack() {
	}

	/** The running stack's gateway, starting the stack on the first call. */
	static synchronized Gateway gateway() throws Exception {
		assumeTrue(StackUnderTest.embedsServiceJars(), "local-stack.jar was built without the service jars");
		if (startFailure != null) {
			throw new AssertionError("the shared stack did not start (see the first failing IT)", startFailure);
		}
		if (gateway == null) {
			try {
				start();
			}
			catch (Throwable ex) {
				startFailure = ex;
				throw ex;
			}
		}
		return gateway;
	}

	/** The console and log tails of the shared stack, for a failing test's report. */
	static synchronized String diagnostics() {
		return (stack != null) ? stack.diagnostics() : "(the shared stack was not started)";
	}

	/**
	 * Prints the stack's logs when a test fails: register with
	 * {@code @RegisterExtension}.
	 */
	static TestWatcher dumpLogsOnFailure() {
		return new TestWatcher() {
			@Override
			public void testFailed(ExtensionContext context, Throwable cause) {
				System.err
					.println("---- " + context.getDisplayName() + " failed; shared stack logs:\n" + diagnostics());
			}
		};
	}

	private static void start() throws Exception {
		long started = System.nanoTime();
		StackUnderTest starting = new StackUnderTest(Path.of("target", "it-stack"));
		stack = starting;
		Runtime.getRuntime().addShutdownHook(new Thread(SharedStack::stopQuietly, "shared-stack-stop"));
		starting.start("--port-offset=" + PORTS.offset(), "--reset", "--no-demo-data");
		Gateway client = new Gateway(GATEWAY);
		starting.await("gateway health UP on " + GATEWAY, START_TIMEOUT, client::isHealthy);
		gateway = client;
		System.out.printf("shared stack up on %s in %d s%n", GATEWAY,
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	private static void stopQuietly() {
		try {
			stack.stop();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
