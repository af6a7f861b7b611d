package kr.fundflow.drills.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the clients of one drill got back: answers by status, unexpected 5xx kept. */
public final class Stats {

	private final Map<String, AtomicLong> byOutcome = new ConcurrentHashMap<>();

	private final AtomicLong unexpected5xx = new AtomicLong();

	private final AtomicLong acknowledged = new AtomicLong();

	private volatile String firstUnexpected;

	public void record(String what, Answer answer) {
		String outcome = (answer.status() == -1) ? "no-answer" : String.valueOf(answer.status());
		this.byOutcome.computeIfAbsent(outcome, key -> new AtomicLong()).incrementAndGet();
		if (answer.is5xx() && !answer.isExpectedFault()) {
			this.unexpected5xx.incrementAndGet();
			if (this.firstUnexpected == null) {
				this.firstUnexpected = what + " → " + answer.describe();
			}
		}
	}

	public void acknowledged() {
		this.acknowledged.incrementAndGet();
	}

	public long acknowledgedCount() {
		return this.acknowledged.get();
	}

	public long unexpected5xx() {
		return this.unexpected5xx.get();
	}

	public long count(String outcome) {
		AtomicLong count = this.byOutcome.get(outcome);
		return (count != null) ? count.get() : 0;
	}

	public String firstUnexpected() {
		return this.firstUnexpected;
	}

	/** e.g. {@code 201=120 409=3 503=17 no-answer=4}. */
	public String describe() {
		Map<String, Long> sorted = new TreeMap<>();
		this.byOutcome.forEach((outcome, count) -> sorted.put(outcome, count.get()));
		StringBuilder text = new StringBuilder();
		sorted.forEach(
				(outcome, count) -> text.append(text.isEmpty() ? "" : " ").append(outcome).append('=').append(count));
		return text.toString();
	}

}
