package org.bidbench.plugins;

/** A plugin could not be installed, listed or removed; the message says why and what to do. */
public class PluginException extends Exception {

	private static final long serialVersionUID = 1L;

	public PluginException(String message) {
		super(message);
	}

	public PluginException(String message, Throwable cause) {
		super(message, cause);
	}
}
