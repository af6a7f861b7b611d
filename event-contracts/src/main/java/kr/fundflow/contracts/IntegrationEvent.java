package kr.fundflow.contracts;

/**
 * An event that crosses a service boundary. Its aggregate id is the Kafka record key, so
 * that events of one aggregate stay in order on one partition.
 */
public interface IntegrationEvent {

	String aggregateId();

}
