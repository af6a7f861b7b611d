package kr.fundflow.localstack.postgres;

import java.util.Map;

/**
 * Where the services' databases live and how to log in.
 *
 * @param host host name or address
 * @param port port
 * @param user user name
 * @param password password
 * @param embedded whether the local stack runs this server itself
 */
public record PostgresEndpoint(String host, int port, String user, String password, boolean embedded) {

	/**
	 * PG_HOST, PG_PORT, PG_USER, PG_PASSWORD, with the defaults of a developer machine.
	 */
	public static PostgresEndpoint fromEnvironment(Map<String, String> env) {
		String port = env.getOrDefault("PG_PORT", "5432");
		try {
			return new PostgresEndpoint(env.getOrDefault("PG_HOST", "127.0.0.1"), Integer.parseInt(port.trim()),
					env.getOrDefault("PG_USER", "postgres"), env.getOrDefault("PG_PASSWORD", "postgres"), false);
		}
		catch (NumberFormatException ex) {
			throw new kr.fundflow.localstack.StartupFailure("PG_PORT must be a number, not '" + port + "'");
		}
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	public String describe() {
		return this.host + ":" + this.port
				+ (this.embedded ? " (embedded, started by local-stack)" : " (local server)");
	}

}
