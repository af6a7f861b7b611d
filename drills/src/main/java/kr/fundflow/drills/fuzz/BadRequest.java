package kr.fundflow.drills.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request that the system must refuse (or, for a read, answer) without a
 * 5xx and without changing anything.
 *
 * @param method HTTP method
 * @param path path and query, percent-encoded
 * @param body the bytes sent, or null for none
 * @param headers Authorization, Content-Type, Idempotency-Key … as generated
 * @param kind what was done to it, e.g. {@code null:totalCap} or {@code query-junk}
 * @param write whether it would change state if it were accepted
 */
public record BadRequest(String method, String path, byte[] body, Map<String, String> headers, String kind,
		boolean write) {

	/** A short, printable description to replay it by hand. */
	public String describe() {
		String text = (this.body == null) ? "" : new String(this.body, StandardCharsets.UTF_8);
		if (text.length() > 300) {
			text = text.substring(0, 300) + "…";
		}
		return this.method + " " + ((this.path.length() > 200) ? this.path.substring(0, 200) + "…" : this.path) + " ["
				+ this.kind + "] " + text.replaceAll("\\p{Cntrl}", "?");
	}

}
