package org.bidbench.geometry;

/**
 * The engine could not start, or could not load a model at all. The message says what happened,
 * where (file, element) and what the user can do; failures of single elements are not exceptions
 * but {@link ProductGeometry} results.
 */
public class GeometryException extends Exception {

	private static final long serialVersionUID = 1L;

	public GeometryException(String message) {
		super(message);
	}

	public GeometryException(String message, Throwable cause) {
		super(message, cause);
	}
}
