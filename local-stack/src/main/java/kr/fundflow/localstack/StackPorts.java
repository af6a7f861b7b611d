package kr.fundflow.localstack;

/**
 * Every port the stack listens on, shifted by {@code --port-offset}.
 *
 * @param offset added to each default port
 */
public record StackPorts(int offset) {

	public int gateway() {
		return 8080 + this.offset;
	}

	public int fundService() {
		return 8081 + this.offset;
	}

	public int companyService() {
		return 8082 + this.offset;
	}

	public int matchingService() {
		return 8083 + this.offset;
	}

	public int kafkaBroker() {
		return 9092 + this.offset;
	}

	public int kafkaController() {
		return 9093 + this.offset;
	}

	/** Only used when no PostgreSQL answers on PG_HOST:PG_PORT. */
	public int embeddedPostgres() {
		return 5433 + this.offset;
	}

}
