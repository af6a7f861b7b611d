package kr.fundflow.drills.check;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import kr.fundflow.drills.DrillOptions;
import kr.fundflow.drills.stack.LocalStackRun;

/**
 * The three services' databases, read directly on the PostgreSQL server (never through
 * the drills' proxy, so that checks work while the stack's connections are cut).
 */
public final class Databases {

	public static final String FUND = "fund-service";

	public static final String COMPANY = "company-service";

	public static final String MATCHING = "matching-service";

	public static final List<String> ALL = List.of(FUND, COMPANY, MATCHING);

	/** Tables whose content is not state of the business: left out of snapshots. */
	private static final List<String> BOOKKEEPING = List.of("flyway_schema_history", "idempotency_key");

	private final DrillOptions.Postgres server;

	private final LocalStackRun stack;

	public Databases(DrillOptions.Postgres server, LocalStackRun stack) {
		this.server = server;
		this.stack = stack;
	}

	public Connection connect(String service) throws SQLException {
		Properties props = new Properties();
		props.setProperty("user", this.server.user());
		props.setProperty("password", this.server.password());
		props.setProperty("connectTimeout", "5");
		props.setProperty("socketTimeout", "120");
		props.setProperty("ApplicationName", "drills");
		return DriverManager.getConnection(this.server.jdbcUrl(this.stack.database(service)), props);
	}

	public long count(String service, String sql, Object... parameters) throws SQLException {
		List<Map<String, Object>> rows = query(service, sql, parameters);
		Object value = rows.get(0).values().iterator().next();
		return (value != null) ? ((Number) value).longValue() : 0;
	}

	public List<Map<String, Object>> query(String service, String sql, Object... parameters) throws SQLException {
		try (Connection connection = connect(service); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				List<Map<String, Object>> result = new ArrayList<>();
				int columns = rows.getMetaData().getColumnCount();
				while (rows.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int c = 1; c <= columns; c++) {
						row.put(rows.getMetaData().getColumnLabel(c), rows.getObject(c));
					}
					result.add(row);
				}
				return result;
			}
		}
	}

	/** Outbox rows not yet published, per service. */
	public Map<String, Long> outboxBacklog() throws SQLException {
		Map<String, Long> backlog = new TreeMap<>();
		for (String service : ALL) {
			backlog.put(service, count(service, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL"));
		}
		return backlog;
	}

	public List<String> tables(String service) throws SQLException {
		List<String> tables = new ArrayList<>();
		for (Map<String, Object> row : query(service,
				"SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
			String table = (String) row.get("tablename");
			if (!BOOKKEEPING.contains(table)) {
				tables.add(table);
			}
		}
		return tables;
	}

	/** Row count of every business table, by "service.table". */
	public Map<String, Long> rowCounts() throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		for (String service : ALL) {
			try (Connection connection = connect(service); Statement statement = connection.createStatement()) {
				for (String table : tables(service)) {
					try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
						rows.next();
						counts.put(service + "." + table, rows.getLong(1));
					}
				}
			}
		}
		return counts;
	}

	/**
	 * The content of every business table, by "service.table": row count and an MD5 of
	 * all rows in a stable order. Two equal snapshots mean nothing changed.
	 */
	public Map<String, String> snapshot() throws SQLException {
		Map<String, String> snapshot = new TreeMap<>();
		for (String service : ALL) {
			try (Connection connection = connect(service); Statement statement = connection.createStatement()) {
				for (String table : tables(service)) {
					try (ResultSet rows = statement.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, "
							+ "E'\\n' ORDER BY t::text), '')) FROM \"" + table + "\" t")) {
						rows.next();
						snapshot.put(service + "." + table, rows.getLong(1) + " rows, md5 " + rows.getString(2));
					}
				}
			}
		}
		return snapshot;
	}

}
