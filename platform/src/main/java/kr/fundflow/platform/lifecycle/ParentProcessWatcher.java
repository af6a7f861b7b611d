package kr.fundflow.platform.lifecycle;

import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Exits (gracefully, through the shutdown hooks) when the process that started this one
 * is gone, so that a killed local stack leaves no orphaned services holding its ports.
 */
@AutoConfiguration
@ConditionalOnProperty("FUNDFLOW_PARENT_PID")
public class ParentProcessWatcher {

	private static final Log log = LogFactory.getLog(ParentProcessWatcher.class);

	private final long parentPid;

	public ParentProcessWatcher(@Value("${FUNDFLOW_PARENT_PID}") long parentPid) {
		this.parentPid = parentPid;
	}

	@EventListener(ApplicationReadyEvent.class)
	void watch() {
		Thread watcher = new Thread(() -> {
			while (alive()) {
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
			log.warn("Parent process " + this.parentPid + " is gone; shutting down");
			System.exit(0);
		}, "parent-watcher");
		watcher.setDaemon(true);
		watcher.start();
	}

	private boolean alive() {
		Optional<ProcessHandle> parent = ProcessHandle.of(this.parentPid);
		return parent.isPresent() && parent.get().isAlive();
	}

}
