package org.bidbench.ui;

/**
 * Messages looked up by a key made at run time from a model identifier (a flag kind, a KPI, a gate,
 * an enumeration literal), for the texts that NLS classes hold as fields named after those ids.
 */
public final class MessageKeys {

	private MessageKeys() {
	}

	/**
	 * The text of the field {@code key} of the NLS class {@code messages}, or null when it has no such
	 * field (an id added after the texts were written: the caller shows the model's own words).
	 */
	public static String text(Class<?> messages, String key) {
		try {
			return messages.getField(key).get(null) instanceof String s ? s : null;
		} catch (ReflectiveOperationException e) {
			return null;
		}
	}
}
