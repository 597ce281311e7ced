package org.bidbench.qto;

/**
 * Quantities computed from element geometry, per IFC GlobalId. The take-off owns this
 * interface so that it does not depend on how a geometry engine is called; an adapter over
 * {@code org.bidbench.geometry} implements it, and implementations cache per model so that a
 * second take-off with another pack does not tessellate again.
 */
public interface ComputedQuantitySource {

	/** No computed quantities: authored quantities only. */
	ComputedQuantitySource NONE = new ComputedQuantitySource() {
		@Override
		public String engineName() {
			return "none";
		}

		@Override
		public ComputedQuantities quantities(String globalId) {
			return null;
		}
	};

	/** The engine's name and version, recorded on every computed contribution, e.g. {@code web-ifc 0.0.78}. */
	String engineName();

	/** The element's computed quantities, or {@code null} if the engine produced no geometry for it. */
	ComputedQuantities quantities(String globalId);
}
