package kr.fundflow.testsupport;

import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine answers; decided once per JVM. Tests then use Testcontainers,
 * else local servers.
 */
final class Docker {

	private static final boolean AVAILABLE = detect();

	private Docker() {
	}

	static boolean available() {
		return AVAILABLE;
	}

	private static boolean detect() {
		if ("false".equalsIgnoreCase(System.getenv("FUNDFLOW_TEST_DOCKER"))) {
			return false;
		}
		try {
			boolean available = DockerClientFactory.instance().isDockerAvailable();
			System.out.println("[test-support] Docker engine " + (available ? "found: using Testcontainers"
					: "not found: using local PostgreSQL and an in-JVM KRaft broker"));
			return available;
		}
		catch (RuntimeException | LinkageError ex) {
			System.out.println("[test-support] Docker engine not usable (" + ex.getMessage()
					+ "): using local PostgreSQL and an in-JVM KRaft broker");
			return false;
		}
	}

}
