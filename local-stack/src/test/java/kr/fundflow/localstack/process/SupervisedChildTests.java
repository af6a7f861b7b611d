package kr.fundflow.localstack.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SupervisedChildTests {

	@TempDir
	Path dir;

	private final List<ChildProcess> launched = new ArrayList<>();

	@AfterEach
	void killLeftovers() {
		this.launched.forEach(child -> child.stop(Duration.ofSeconds(1)));
	}

	@Test
	void aChildThatDiesIsReportedInOneLineAndStartedAgainAfterItsBackoff() throws Exception {
		ChildProcess first = start("exit 3");
		first.process().waitFor();
		Instant died = Instant.now();
		SupervisedChild child = new SupervisedChild("fund-service", first, died, () -> start("sleep 30"),
				Duration.ofSeconds(1), this.dir.resolve("hold/fund-service"));

		assertThat(child.supervise(died)).contains("fund-service exited (exit code 3) after 0 s; restarting it in 1 s"
				+ " — see " + this.dir.resolve("fund-service.log"));
		assertThat(child.supervise(died.plusMillis(500))).isEmpty();
		assertThat(this.launched).hasSize(1);

		assertThat(child.supervise(died.plusSeconds(1))).isEmpty();
		assertThat(this.launched).hasSize(2);
		assertThat(child.process()).isSameAs(this.launched.get(1));
		assertThat(child.process().isAlive()).isTrue();
		assertThat(child.restarts()).isEqualTo(1);
		assertThat(child.supervise(died.plusSeconds(2))).isEmpty();
		assertThat(this.launched).hasSize(2);
	}

	@Test
	void aHoldFileStopsTheChildAndKeepsItStoppedUntilTheFileIsDeleted() throws Exception {
		ChildProcess first = start("sleep 30");
		Path hold = this.dir.resolve("hold/kafka");
		SupervisedChild child = new SupervisedChild("kafka", first, Instant.now(), () -> start("sleep 30"),
				Duration.ofSeconds(5), hold);
		Files.createDirectories(hold.getParent());
		Files.createFile(hold);

		assertThat(child.supervise(Instant.now())).contains("kafka is held: stopped until " + hold + " is deleted");
		assertThat(first.isAlive()).isFalse();
		assertThat(child.supervise(Instant.now().plusSeconds(60))).isEmpty();
		assertThat(this.launched).hasSize(1);

		Files.delete(hold);
		assertThat(child.supervise(Instant.now())).contains("kafka released (" + hold + " is gone): starting it");
		assertThat(this.launched).hasSize(2);
		assertThat(child.process().isAlive()).isTrue();
	}

	private ChildProcess start(String script) {
		ChildProcess child = ChildProcess.start("fund-service", List.of("sh", "-c", script), Map.of(),
				this.dir.resolve("fund-service.log"), this.launched.isEmpty());
		this.launched.add(child);
		return child;
	}

}
