package kr.fundflow.fund.allocation.domain;

import kr.fundflow.platform.errors.InvalidInput;

/** An OPEN allocation takes new commitments; a CLOSED one keeps what it committed. */
public enum AllocationStatus {

	OPEN, CLOSED;

	public static AllocationStatus parse(String field, String code) {
		for (AllocationStatus status : values()) {
			if (status.name().equals(code)) {
				return status;
			}
		}
		throw new InvalidInput(field, "unknown status " + code + "; expected OPEN or CLOSED");
	}

}
