package kr.fundflow.localstack.process;

import java.time.Duration;
import java.util.Optional;

/**
 * Ends a child process once the supervisor is gone, even when the supervisor was killed
 * with {@code kill -9} and could not stop its children itself.
 */
public final class ParentProcessWatcher {

	private static final Duration POLL = Duration.ofSeconds(1);

	private ParentProcessWatcher() {
	}

	/**
	 * Starts a daemon thread that runs {@code onParentGone} once the process
	 * {@code parentPid} no longer runs.
	 */
	public static Thread watch(long parentPid, Runnable onParentGone) {
		Thread watcher = new Thread(() -> {
			while (isAlive(parentPid)) {
				try {
					Thread.sleep(POLL.toMillis());
				}
				catch (InterruptedException ex) {
					return;
				}
			}
			onParentGone.run();
		}, "parent-process-watcher");
		watcher.setDaemon(true);
		watcher.start();
		return watcher;
	}

	static boolean isAlive(long pid) {
		Optional<ProcessHandle> handle = ProcessHandle.of(pid);
		return handle.isPresent() && handle.get().isAlive();
	}

}
