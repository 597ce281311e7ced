package org.bidbench.geometry;

import org.bidbench.ifc.IfcModel;

/**
 * A geometry kernel that turns the body representations of an {@link IfcModel}'s products into
 * triangle meshes in world coordinates (metres, Z up, the IFC convention).
 *
 * <p>Engines are contributed through the extension point {@code org.bidbench.geometry.engines} and
 * obtained from {@link GeometryEngines}. One engine instance lives as long as its bundle and is
 * reused for every model: {@link #open(IfcModel)} gives a {@link GeometrySession} per model, which
 * holds the engine's memory for that model until it is closed.
 *
 * <p>Thread safety: every method of an engine and of its sessions may be called from any thread.
 * An engine may serialise work internally (each web-ifc runtime tessellates one element at a time;
 * other callers wait) and may tessellate one model in several runtimes at once
 * ({@link GeometryOptions#threads()}), handing the results over in the same order as one runtime. {@link GeometrySession#cancel()} is always
 * safe to call from another thread and never waits for the tessellation it stops.
 */
public interface GeometryEngine {

	/** The id of the engine as declared in its extension, e.g. {@code webifc}. */
	String id();

	/** A name for people, e.g. {@code web-ifc 0.0.78 (WebAssembly on Javet)}. */
	String name();

	/**
	 * Loads a model into the engine.
	 *
	 * @param model an open model; its ids and GlobalIds are the ones every result carries
	 * @param options time budgets and other settings
	 * @return a session that must be closed to release the engine's memory for the model
	 * @throws GeometryException when the engine cannot start or cannot read the model; the message
	 *         says what, which file, and what to do. An engine may load a large model while the
	 *         session's first stream starts (to show its first products sooner): a model it cannot read
	 *         then fails that stream with the same message instead of the open.
	 */
	GeometrySession open(IfcModel model, GeometryOptions options) throws GeometryException;

	/** Loads a model with {@link GeometryOptions#defaults()}. */
	default GeometrySession open(IfcModel model) throws GeometryException {
		return open(model, GeometryOptions.defaults());
	}

	/**
	 * Starts what the engine needs before its first model (a runtime, a process), so that the first
	 * {@link #open} does not wait for it: the workbench calls this in the background at launch. Safe
	 * to call more than once and from any thread. The default does nothing.
	 *
	 * @throws GeometryException when the engine cannot start; {@link #open} would fail the same way
	 */
	default void warmUp() throws GeometryException {
	}

	/**
	 * Starts what a model opened with these options will use (for an engine that tessellates in
	 * several runtimes, as many as {@link GeometryOptions#threads()} asks), so that the first model
	 * does not wait for it. The default calls {@link #warmUp()}.
	 *
	 * @throws GeometryException when the engine cannot start; {@link #open} would fail the same way
	 */
	default void warmUp(GeometryOptions options) throws GeometryException {
		warmUp();
	}

	/**
	 * Starts loading the IFC file {@code file} in the background, before its {@link IfcModel} has been
	 * read, so that an {@link #open} of that model soon after finds the engine's own load done or under
	 * way: the model reader and the engine read the file at the same time. Returns at once. The next
	 * {@link #open} takes the load over when it is of the same, unchanged file, and otherwise throws it
	 * away, as does the next call of this method. The default does nothing.
	 */
	default void preload(java.nio.file.Path file) {
	}

	/**
	 * Throws away what {@link #preload} loaded when no {@link #open} will take it (the model could not
	 * be read, or its load was cancelled), so the engine does not hold that memory until the next
	 * model. Returns at once. The default does nothing.
	 */
	default void forgetPreload() {
	}

	/**
	 * Releases the engine's resources (native runtimes, temporary files). Open sessions stop working.
	 * Called by the registry when the contributing bundle stops; the engine may be used again later,
	 * in which case it starts afresh.
	 */
	default void dispose() {
	}
}
