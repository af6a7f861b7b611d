package kr.fundflow.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests "the same request" for an idempotency key: method, path, query
 * and body bytes. A retry must send exactly these again.
 */
final class RequestFingerprint {

	private RequestFingerprint() {
	}

	static String of(String method, String path, String query, byte[] body) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			for (String part : new String[] { method, path, (query != null) ? query : "" }) {
				byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
				// length-prefixed, so that moving a character between parts changes the
				// hash
				sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
				sha256.update((byte) ':');
				sha256.update(bytes);
			}
			sha256.update(body);
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A usable key: 1 to 255 visible ASCII characters (a UUID is typical), nothing that
	 * could smuggle control characters into logs.
	 */
	static boolean isValidKey(String key) {
		if (key == null || key.isEmpty() || key.length() > 255) {
			return false;
		}
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c < 0x21 || c > 0x7e) {
				return false;
			}
		}
		return true;
	}

}
