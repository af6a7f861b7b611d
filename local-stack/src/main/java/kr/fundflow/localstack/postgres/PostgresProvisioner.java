package kr.fundflow.localstack.postgres;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.fundflow.localstack.Console;
import kr.fundflow.localstack.StartupFailure;

/**
 * Finds a PostgreSQL for the services: the one at PG_HOST:PG_PORT when it answers, else
 * an embedded one; then creates the service databases (dropping them first on
 * {@code --reset}).
 */
public final class PostgresProvisioner {

	private static final Logger log = LoggerFactory.getLogger(PostgresProvisioner.class);

	/** What a connection attempt found. */
	enum Probe {

		ANSWERS, AUTHENTICATION_FAILED, NOT_ANSWERING

	}

	private PostgresProvisioner() {
	}

	/**
	 * @param configured PG_HOST etc.
	 * @param embeddedServer starts the embedded server when nothing answers
	 * @return the server the services use
	 */
	public static PostgresEndpoint locate(PostgresEndpoint configured,
			java.util.function.Supplier<PostgresEndpoint> embeddedServer) {
		Probe probe = probe(configured);
		return switch (probe) {
			case ANSWERS -> configured;
			case AUTHENTICATION_FAILED -> throw authenticationFailure(configured);
			case NOT_ANSWERING -> {
				Console.info("no PostgreSQL answers on " + configured.host() + ":" + configured.port()
						+ "; starting an embedded one");
				yield embeddedServer.get();
			}
		};
	}

	private static StartupFailure authenticationFailure(PostgresEndpoint endpoint) {
		return new StartupFailure(
				"PostgreSQL on " + endpoint.host() + ":" + endpoint.port() + " refused user '" + endpoint.user()
						+ "' (wrong password, unknown user or pg_hba.conf) — set PG_USER/PG_PASSWORD, or give "
						+ "the user the password 'postgres': sudo -u postgres psql -c \"ALTER USER " + endpoint.user()
						+ " PASSWORD 'postgres'\"");
	}

	static Probe probe(PostgresEndpoint endpoint) {
		try (Connection connection = connect(endpoint, "postgres")) {
			log.info("postgres answers endpoint={} version={}", endpoint.describe(),
					connection.getMetaData().getDatabaseProductVersion());
			return Probe.ANSWERS;
		}
		catch (SQLException ex) {
			log.info("postgres probe endpoint={} sqlState={} message={}", endpoint.describe(), ex.getSQLState(),
					ex.getMessage());
			if (isAuthenticationFailure(ex)) {
				return Probe.AUTHENTICATION_FAILED;
			}
			if (isNotAnswering(ex)) {
				return Probe.NOT_ANSWERING;
			}
			throw new StartupFailure("cannot use PostgreSQL on " + endpoint.host() + ":" + endpoint.port() + " ("
					+ ex.getMessage() + ") — check PG_HOST/PG_PORT/PG_USER/PG_PASSWORD", ex);
		}
	}

	/** 28P01 invalid password, 28000 rejected by pg_hba.conf or unknown role. */
	static boolean isAuthenticationFailure(SQLException ex) {
		return "28P01".equals(ex.getSQLState()) || "28000".equals(ex.getSQLState());
	}

	private static boolean isNotAnswering(SQLException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
					|| cause instanceof NoRouteToHostException || cause instanceof UnknownHostException) {
				return true;
			}
		}
		return false;
	}

	/** Creates the databases that are missing; on reset drops them first. */
	public static void createDatabases(PostgresEndpoint endpoint, Databases databases, boolean reset) {
		try (Connection connection = connect(endpoint, "postgres");
				Statement statement = connection.createStatement()) {
			for (String name : databases.all()) {
				if (reset) {
					drop(statement, name);
				}
				if (!exists(connection, name)) {
					statement.execute("CREATE DATABASE " + quote(name));
					log.info("database created name={}", name);
				}
			}
		}
		catch (SQLException ex) {
			throw new StartupFailure("cannot create the databases " + databases.all() + " on " + endpoint.host() + ":"
					+ endpoint.port() + " (" + ex.getMessage() + ") — the user " + endpoint.user()
					+ " needs CREATEDB, or create them by hand", ex);
		}
	}

	private static void drop(Statement statement, String name) throws SQLException {
		try {
			// FORCE ends the sessions of a stack that is still running (PostgreSQL 13+)
			statement.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			if (!"42601".equals(ex.getSQLState())) {
				throw ex;
			}
			statement.execute("DROP DATABASE IF EXISTS " + quote(name));
		}
		log.info("database dropped name={}", name);
	}

	private static boolean exists(Connection connection, String name) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			query.setString(1, name);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	static Connection connect(PostgresEndpoint endpoint, String database) throws SQLException {
		Properties props = new Properties();
		props.setProperty("user", endpoint.user());
		props.setProperty("password", endpoint.password());
		props.setProperty("connectTimeout", "3");
		props.setProperty("loginTimeout", "5");
		props.setProperty("socketTimeout", "30");
		props.setProperty("ApplicationName", "local-stack");
		// the driver directly: DriverManager's class-loader checks add nothing here
		return new Driver().connect(endpoint.jdbcUrl(database), props);
	}

}
