package kr.fundflow.platform.idempotency;

/**
 * The request that first used a key, and the answer it got.
 *
 * @param method its HTTP method
 * @param path its path
 * @param requestHash its fingerprint ({@link RequestFingerprint})
 * @param status the answer's status
 * @param contentType the answer's Content-Type, or null
 * @param location the answer's Location, or null
 * @param body the answer's body (empty when none)
 */
record StoredAnswer(String method, String path, String requestHash, int status, String contentType, String location,
		byte[] body) {

	boolean answers(String method, String path, String requestHash) {
		return this.method.equals(method) && this.path.equals(path) && this.requestHash.equals(requestHash);
	}

}
