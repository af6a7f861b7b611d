package kr.fundflow.fund.flow.domain;

import java.util.Locale;

import kr.fundflow.platform.errors.InvalidInput;

/**
 * The stages money goes through (SPEC §2 Flow). Each counts what reached at least that
 * stage and is still alive: a committed match also counts as proposed and approved, and a
 * withdrawn or rejected one leaves every stage.
 */
public enum Stage {

	ALLOCATED, PROPOSED, APPROVED, COMMITTED, DISBURSED;

	/** The name clients use, e.g. {@code committed}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Reads a stage a client names; anything else is a 400 naming the field. */
	public static Stage parse(String field, String key) {
		for (Stage stage : values()) {
			if (stage.key().equals(key)) {
				return stage;
			}
		}
		throw new InvalidInput(field,
				field + " must be one of allocated, proposed, approved, committed, disbursed (was " + key + ")");
	}

}
