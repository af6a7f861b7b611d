package kr.fundflow.matching.match;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import kr.fundflow.testsupport.TestPostgres;

/**
 * Reads the service's inbox: once an event's row is there, its effect has committed, so a
 * test can assert that something did NOT happen without sleeping.
 */
public final class Inbox {

	private final TestPostgres.Database database;

	public Inbox(TestPostgres.Database database) {
		this.database = database;
	}

	public void awaitProcessed(UUID eventId) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			if (count("SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId) > 0) {
				return;
			}
			MatchingHttp.pause();
		}
		throw new AssertionError("Event " + eventId + " was not processed within 30 s");
	}

	public long count(String sql, Object... parameters) {
		try (Connection connection = this.database.connect();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
