package org.bidbench.geometry;

import java.util.Collection;
import java.util.function.Consumer;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;

/**
 * One model loaded into a {@link GeometryEngine}. Results are streamed one product at a time so a
 * viewer can show the first elements before the last are done.
 *
 * <p>A failure of one element (a JavaScript error, an exception in the kernel, an element over its
 * time budget) becomes a {@link ProductGeometry} with status {@link ProductGeometry.Status#FAILED}
 * and its reason; the stream goes on with the next element. Only a failure of the whole engine ends
 * a stream with a {@link GeometryException}.
 */
public interface GeometrySession extends AutoCloseable {

	/** The model this session tessellates. */
	IfcModel model();

	/**
	 * The products {@link #streamAll} reports on: every {@code IfcProduct} that has a
	 * representation, except opening elements (they are voids, already subtracted from their hosts).
	 */
	Collection<IfcEntity> products();

	/**
	 * Tessellates every product of {@link #products()} and hands one result per product to
	 * {@code consumer}, on the calling thread, in file order.
	 *
	 * @param consumer receives each result as soon as it is ready
	 * @param monitor progress; when it reports cancellation, the products not yet handed to the
	 *        consumer are reported with status {@link ProductGeometry.Status#CANCELLED} (also those an
	 *        engine working in several runtimes had finished ahead) and the method returns
	 * @throws GeometryException if the engine itself fails (not for a failing element)
	 */
	default void streamAll(Consumer<ProductGeometry> consumer, GeometryMonitor monitor) throws GeometryException {
		stream(products(), consumer, monitor);
	}

	/**
	 * Tessellates the given products, one result each, in the given order. A product without a body
	 * representation gives status {@link ProductGeometry.Status#NO_GEOMETRY}.
	 */
	void stream(Collection<IfcEntity> products, Consumer<ProductGeometry> consumer, GeometryMonitor monitor)
			throws GeometryException;

	/** Tessellates one product. */
	ProductGeometry geometry(IfcEntity product) throws GeometryException;

	/**
	 * Stops a running stream from any thread, including one stuck inside a pathological element
	 * (the kernel is interrupted, not waited for). The current and remaining products are reported
	 * as {@link ProductGeometry.Status#CANCELLED}. The session can be streamed again afterwards.
	 */
	void cancel();

	/** Releases the engine's memory for this model. Idempotent. */
	@Override
	void close();
}
