package kr.fundflow.drills.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every write the drills made, by kind: acknowledged ones must be present exactly once
 * after every drill; unsettled ones (no answer before the deadline) may be present at
 * most once.
 */
public final class Ledger {

	/** The kinds of write, and the free-text column that carries the operation id. */
	public enum Kind {

		FUND, ALLOCATION, COMPANY, REVIEW, DISBURSEMENT

	}

	/**
	 * @param kind what was written
	 * @param operation the operation id (also in the row's name, title, reason or note)
	 * @param id the resource: fund/allocation/disbursement id, brn, match id
	 * @param acknowledged whether a 2xx came back
	 * @param drill the drill that made it
	 */
	public record Entry(Kind kind, String operation, String id, boolean acknowledged, String drill) {
	}

	private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();

	public void acknowledged(Kind kind, String operation, String id, String drill) {
		this.entries.add(new Entry(kind, operation, id, true, drill));
	}

	public void unsettled(Kind kind, String operation, String id, String drill) {
		this.entries.add(new Entry(kind, operation, id, false, drill));
	}

	public List<Entry> all() {
		return new ArrayList<>(this.entries);
	}

	public long acknowledgedBy(String drill) {
		return this.entries.stream().filter(entry -> entry.acknowledged() && entry.drill().equals(drill)).count();
	}

}
