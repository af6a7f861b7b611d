package kr.fundflow.localstack.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.fundflow.localstack.Console;
import kr.fundflow.localstack.KoreanWon;

/**
 * Loads {@code demo-data.json} (drawn from the seed articles) through the gateway, once:
 * when the National Growth Fund already exists, nothing is loaded. A rejected item is
 * reported and the rest still loaded.
 */
public final class DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	public static final String RESOURCE = "demo-data.json";

	private static final int PAGE_SIZE = 100;

	private static final int MAX_PAGES = 100;

	private final JsonMapper json = JsonMapper.builder().build();

	private final GatewayClient gateway;

	public DemoDataLoader(URI gateway) {
		this.gateway = new GatewayClient(gateway, this.json);
	}

	/** Reads the bundled data set. */
	public static JsonNode readDemoData(JsonMapper json) {
		try (InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + RESOURCE, ex);
		}
	}

	public void loadOnce() {
		JsonNode data = readDemoData(this.json);
		String fundName = data.path("fund").path("name").asString();
		try {
			String token = this.gateway.devToken("local-stack", "OPERATOR");
			if (fundExists(fundName, token)) {
				Console.info("demo data: " + fundName + " already exists; not loading it again");
				return;
			}
			Tally tally = new Tally();
			String fundId = createFund(data.path("fund"), token, tally);
			if (fundId == null) {
				Console.info("demo data: without the fund, its allocations are skipped");
			}
			else {
				for (JsonNode allocation : data.path("allocations")) {
					createAllocation(fundId, allocation, token, tally);
				}
			}
			for (JsonNode company : data.path("companies")) {
				createCompany(company, token, tally);
			}
			Console.info("demo data: " + tally.created + " created, " + tally.rejected + " rejected");
		}
		catch (IOException ex) {
			log.warn("demo data not loaded", ex);
			Console.info("demo data not loaded (" + ex.getMessage() + ") — the stack runs; see the gateway log");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean fundExists(String name, String token) throws IOException, InterruptedException {
		for (int page = 0; page < MAX_PAGES; page++) {
			GatewayClient.Response funds = this.gateway.get("/api/funds?size=" + PAGE_SIZE + "&page=" + page, token);
			if (!funds.isSuccess()) {
				throw new IOException("GET /api/funds answered " + funds.problem());
			}
			// a page ({"content": [...]}) or a plain array
			JsonNode items = funds.body().has("content") ? funds.body().path("content") : funds.body();
			for (JsonNode fund : items) {
				if (name.equals(fund.path("name").asString(""))) {
					return true;
				}
			}
			if (items.size() < PAGE_SIZE || !funds.body().has("content")) {
				return false;
			}
		}
		return false;
	}

	private String createFund(JsonNode fund, String token, Tally tally) throws IOException, InterruptedException {
		GatewayClient.Response response = this.gateway.post("/api/funds", fund, token);
		String label = "fund " + fund.path("name").asString() + " (" + KoreanWon.format(fund.path("totalCap").asLong())
				+ ")";
		if (!report(label, response, tally)) {
			return null;
		}
		String id = response.body().path("id").asString("");
		if (id.isEmpty() && !response.location().isEmpty()) {
			id = response.location().substring(response.location().lastIndexOf('/') + 1);
		}
		return id.isEmpty() ? null : id;
	}

	private void createAllocation(String fundId, JsonNode allocation, String token, Tally tally)
			throws IOException, InterruptedException {
		GatewayClient.Response response = this.gateway.post("/api/funds/" + fundId + "/allocations", allocation, token);
		report("allocation " + allocation.path("channel").asString() + " · " + allocation.path("title").asString()
				+ " (" + allocation.path("instrument").asString() + ", "
				+ KoreanWon.format(allocation.path("amount").asLong()) + ")", response, tally);
	}

	private void createCompany(JsonNode company, String token, Tally tally) throws IOException, InterruptedException {
		GatewayClient.Response response = this.gateway.post("/api/companies", company, token);
		long demanded = 0;
		for (JsonNode demand : company.path("demands")) {
			demanded += demand.path("amount").asLong();
		}
		report("company " + company.path("name").asString() + " (" + company.path("region").asString() + ", demands "
				+ KoreanWon.format(demanded) + ")", response, tally);
	}

	/** One line per item; true when it was created. */
	private static boolean report(String label, GatewayClient.Response response, Tally tally) {
		if (response.isSuccess()) {
			tally.created++;
			Console.info("demo " + label + " → created");
			return true;
		}
		tally.rejected++;
		Console.info("demo " + label + " → rejected (" + response.problem() + ")");
		return false;
	}

	private static final class Tally {

		int created;

		int rejected;

	}

}
