package kr.fundflow.drills.scenario;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polling with a deadline (never a sleep standing in for a check). */
final class Waits {

	private Waits() {
	}

	/** Polls until the condition holds; false if it did not before the deadline. */
	static boolean until(Duration timeout, Duration every, Callable<Boolean> condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			try {
				if (Boolean.TRUE.equals(condition.call())) {
					return true;
				}
			}
			catch (InterruptedException ex) {
				throw ex;
			}
			catch (Exception ex) {
				// not yet: the part being asked may be down
			}
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(every.toMillis());
		}
	}

	static void pause(Duration duration) throws InterruptedException {
		Thread.sleep(duration.toMillis());
	}

}
