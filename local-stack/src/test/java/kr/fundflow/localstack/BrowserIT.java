package kr.fundflow.localstack;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages in a real browser on the shared stack (issue 5): headless Chromium from the
 * system, driven by playwright-core from web-ui's {@code dev/real-stack-check.mjs}. The
 * ministry's dashboard shows the API's figures; a JEONNAM working-group member signs in
 * on the demo-user page, does not see a GYEONGGI match, approves one of theirs and sees
 * its status change. Pairs used only here: JEONNAM/AI_FACTORY,
 * GYEONGGI/HUMANOID_ROBOTICS. Without Chromium, Node or web-ui's npm packages it is
 * skipped, except in CI ({@code CI=true}), where that is a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

	private static final long EOK = 100_000_000L;

	private static final Path FRONTEND = Path.of("..", "web-ui", "src", "main", "frontend")
		.toAbsolutePath()
		.normalize();

	private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots").toAbsolutePath();

	private static final String WG_USER = "wg-jeonnam-1";

	@RegisterExtension
	final TestWatcher dumpLogsOnFailure = SharedStack.dumpLogsOnFailure();

	private Path chromium;

	private Path node;

	@Test
	void theDashboardAndTheReviewQueueWorkInChromium() throws Exception {
		requireTheBrowser();
		Gateway gateway = SharedStack.gateway();
		Fixtures fixtures = new Fixtures(gateway, "it-browser");
		String fundId = fixtures.fund("브라우저시험펀드", 10_000 * EOK, 4_000 * EOK, 2_000 * EOK);
		String jeonnamLine = fixtures.guaranteeLine(fundId, "전남 AI 팩토리 보증", "JEONNAM", "AI_FACTORY", 20 * EOK, EOK,
				10 * EOK);
		String gyeonggiLine = fixtures.guaranteeLine(fundId, "경기 로봇 보증", "GYEONGGI", "HUMANOID_ROBOTICS", 10 * EOK, EOK,
				5 * EOK);
		String toApprove = fixtures
			.awaitProposal(jeonnamLine, fixtures.company("광양AI팩토리 시험", "JEONNAM", "AI_FACTORY", 3 * EOK,
					"LOAN_GUARANTEE", "INNOBIZ", "TECH_INNOVATION"))
			.path("id")
			.asString();
		String approvedBefore = fixtures
			.awaitProposal(jeonnamLine,
					fixtures.company("여수AI팩토리 시험", "JEONNAM", "AI_FACTORY", 2 * EOK, "LOAN_GUARANTEE"))
			.path("id")
			.asString();
		String foreign = fixtures
			.awaitProposal(gyeonggiLine,
					fixtures.company("판교로봇 시험", "GYEONGGI", "HUMANOID_ROBOTICS", 2 * EOK, "LOAN_GUARANTEE"))
			.path("id")
			.asString();
		// One commitment already made, so that the dashboard has money past the proposal
		// stage to show.
		String peer = gateway.token("wg-jeonnam-2", "WORKING_GROUP", "JEONNAM");
		assertThat(fixtures.review(approvedBefore, "APPROVE", "사전 승인", peer).status()).isEqualTo(200);
		fixtures.awaitSummary(fundId,
				(summary) -> summary.path("committed").asLong() == 2 * EOK
						&& summary.path("proposed").asLong() == 7 * EOK,
				"2억 committed and 7억 proposed on the dashboard");

		Path output = Files.createDirectories(SCREENSHOTS).resolve("real-stack-check.log");
		ProcessBuilder browserCheck = new ProcessBuilder(this.node.toString(), "dev/real-stack-check.mjs")
			.directory(FRONTEND.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		browserCheck.environment()
			.putAll(Map.of("BASE_URL", SharedStack.GATEWAY.toString(), "FUND_ID", fundId, "WG_USER", WG_USER,
					"MATCH_ID", toApprove, "FOREIGN_MATCH_ID", foreign, "SCREENSHOT_DIR", SCREENSHOTS.toString(),
					"CHROMIUM", this.chromium.toString()));
		Process check = browserCheck.start();
		boolean finished = check.waitFor(240, TimeUnit.SECONDS);
		if (!finished) {
			check.destroyForcibly();
		}
		String log = Files.readString(output, StandardCharsets.UTF_8);
		System.out.println(log);
		assertThat(finished).as("the browser check finished within 240 s:\n%s", log).isTrue();
		assertThat(check.exitValue()).as("the browser check passed:\n%s", log).isZero();

		JsonNode approved = fixtures.awaitMatchById(toApprove, Fixtures.status("COMMITTED"), "COMMITTED");
		assertThat(approved.path("reviews")).singleElement().satisfies((review) -> {
			assertThat(review.path("reviewer").asString()).isEqualTo(WG_USER);
			assertThat(review.path("decision").asString()).isEqualTo("APPROVE");
		});
		assertThat(gateway.get("/api/matches/" + foreign, fixtures.ministry).json().path("status").asString())
			.isEqualTo("PROPOSED");
		assertThat(SCREENSHOTS.resolve("dashboard.png")).isNotEmptyFile();
		assertThat(SCREENSHOTS.resolve("review-queue.png")).isNotEmptyFile();
	}

	/**
	 * Skips (reported as skipped, with the reason) or, in CI, fails when something is
	 * missing.
	 */
	private void requireTheBrowser() {
		this.chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
		this.node = onPath("node");
		String missing = !Files.isExecutable(this.chromium) ? this.chromium + " (apt-get install chromium)"
				: (this.node == null) ? "node on the PATH"
						: !Files.isDirectory(FRONTEND.resolve("node_modules/playwright-core"))
								? FRONTEND.resolve("node_modules/playwright-core") + " (npm ci in " + FRONTEND + ")"
								: null;
		if (missing != null && "true".equalsIgnoreCase(System.getenv("CI"))) {
			fail("the browser test cannot run in CI without " + missing);
		}
		assumeTrue(missing == null, () -> "browser test skipped: no " + missing);
	}

	private static Path onPath(String command) {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(directory, command);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}
