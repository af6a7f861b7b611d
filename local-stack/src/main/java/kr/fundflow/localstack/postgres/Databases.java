package kr.fundflow.localstack.postgres;

import java.util.List;

/**
 * The three service databases. A stack with a port offset gets its own set (suffix
 * {@code _<offset>}), so that a test stack with {@code --reset} never drops a developer's
 * data on the same server.
 *
 * @param fund fund-service's database
 * @param company company-service's database
 * @param matching matching-service's database
 */
public record Databases(String fund, String company, String matching) {

	public static Databases forPortOffset(int offset) {
		String suffix = (offset != 0) ? "_" + offset : "";
		return new Databases("fundflow_fund" + suffix, "fundflow_company" + suffix, "fundflow_matching" + suffix);
	}

	public List<String> all() {
		return List.of(this.fund, this.company, this.matching);
	}

}
