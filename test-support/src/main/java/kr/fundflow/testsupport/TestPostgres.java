package kr.fundflow.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL server for tests, with a fresh database per call of
 * {@link #newDatabase}: a Testcontainers container where Docker runs, else the local
 * server (env {@code TEST_PG_HOST}, {@code TEST_PG_PORT}, {@code TEST_PG_USER},
 * {@code TEST_PG_PASSWORD}; defaults 127.0.0.1:5432, postgres/postgres). Never skipped:
 * if neither is reachable, the test fails and says why.
 */
public final class TestPostgres {

	private static Server server;

	private TestPostgres() {
	}

	/** Connection details of one database. */
	public record Database(String host, int port, String name, String user, String password) {

		public String jdbcUrl() {
			return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + this.name;
		}

		public String r2dbcUrl() {
			return "r2dbc:postgresql://" + this.host + ":" + this.port + "/" + this.name;
		}

		public Connection connect() throws SQLException {
			return DriverManager.getConnection(jdbcUrl(), this.user, this.password);
		}

	}

	private record Server(String host, int port, String user, String password) {
	}

	/**
	 * Creates an empty database {@code test_<prefix>_<random>}; CI drops old ones by that
	 * prefix.
	 */
	public static synchronized Database newDatabase(String prefix) {
		Server s = server();
		String name = ("test_" + prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9_]", "_");
		try (Connection admin = DriverManager
			.getConnection("jdbc:postgresql://" + s.host() + ":" + s.port() + "/postgres", s.user(), s.password());
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database on " + s.host() + ":" + s.port() + " as "
					+ s.user() + " — is PostgreSQL running and does the password match? (" + ex.getMessage() + ")", ex);
		}
		return new Database(s.host(), s.port(), name, s.user(), s.password());
	}

	private static Server server() {
		if (server == null) {
			server = Docker.available() ? startContainer() : localServer();
		}
		return server;
	}

	@SuppressWarnings("resource")
	private static Server startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
		container.start();
		return new Server(container.getHost(), container.getMappedPort(5432), container.getUsername(),
				container.getPassword());
	}

	private static Server localServer() {
		return new Server(env("TEST_PG_HOST", "127.0.0.1"), Integer.parseInt(env("TEST_PG_PORT", "5432")),
				env("TEST_PG_USER", "postgres"), env("TEST_PG_PASSWORD", "postgres"));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
