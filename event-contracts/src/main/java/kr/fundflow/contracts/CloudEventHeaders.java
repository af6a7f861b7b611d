package kr.fundflow.contracts;

/**
 * CloudEvents 1.0 attributes as Kafka headers (binary content mode): the body is the
 * event's JSON, the envelope travels in {@code ce_*} headers. {@code ce_schemaversion} is
 * our extension attribute: the contract version of the body, which only ever grows by
 * optional fields within one version.
 */
public final class CloudEventHeaders {

	public static final String ID = "ce_id";

	public static final String SOURCE = "ce_source";

	public static final String TYPE = "ce_type";

	public static final String TIME = "ce_time";

	public static final String SPEC_VERSION = "ce_specversion";

	public static final String SUBJECT = "ce_subject";

	public static final String SCHEMA_VERSION = "ce_schemaversion";

	public static final String CONTENT_TYPE = "content-type";

	public static final String SPEC_VERSION_VALUE = "1.0";

	public static final String JSON = "application/json";

	private CloudEventHeaders() {
	}

}
