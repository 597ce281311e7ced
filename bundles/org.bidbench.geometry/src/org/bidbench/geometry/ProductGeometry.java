package org.bidbench.geometry;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The result of tessellating one product: its identity as in {@link org.bidbench.ifc.IfcModel}
 * (the same {@code #id} and GlobalId), and either its meshes or why there are none.
 *
 * @param productId the product's {@code #id} in the file
 * @param globalId the product's GlobalId
 * @param ifcClass the product's IFC class as the schema spells it, e.g. {@code IfcWallStandardCase}
 * @param status what happened
 * @param meshes one mesh per representation item with geometry; empty unless {@link Status#MESHED}
 * @param openings how the engine treated the openings voiding this product; says whether the
 *        volume is net or gross
 * @param failureReason why there is no mesh, for {@link Status#FAILED} and {@link Status#CANCELLED}
 *        (e.g. the JavaScript error); {@code null} otherwise
 */
public record ProductGeometry(int productId, String globalId, String ifcClass, Status status, List<Mesh> meshes,
		OpeningTreatment openings, String failureReason) {

	/** What happened to a product. */
	public enum Status {
		/** The product has at least one mesh. */
		MESHED,
		/** The product has no body geometry (no representation, only axes or annotations, or an empty result). */
		NO_GEOMETRY,
		/** The engine failed on this product; {@link ProductGeometry#failureReason()} says why. */
		FAILED,
		/** The stream was cancelled or ran out of its time budget before this product was done. */
		CANCELLED
	}

	/** How openings (IfcRelVoidsElement) were treated in the meshes. */
	public enum OpeningTreatment {
		/** Nothing voids this product: the mesh volume is both net and gross. */
		NO_OPENINGS,
		/** The openings are cut out of the mesh: its volume is net. */
		SUBTRACTED,
		/** The openings are not cut out: its volume is gross. */
		NOT_SUBTRACTED
	}

	public ProductGeometry {
		meshes = List.copyOf(meshes);
	}

	/** A result without meshes. */
	public static ProductGeometry withoutMesh(int productId, String globalId, String ifcClass, Status status,
			String reason) {
		return new ProductGeometry(productId, globalId, ifcClass, status, List.of(), OpeningTreatment.NO_OPENINGS,
				reason);
	}

	public boolean isMeshed() {
		return status == Status.MESHED;
	}

	public int triangleCount() {
		int n = 0;
		for (Mesh m : meshes) {
			n += m.triangleCount();
		}
		return n;
	}

	/** Quantities of all meshes together (computed on each call: keep the result if needed twice). */
	public MeshQuantities quantities() {
		return MeshQuantities.of(meshes);
	}

	/**
	 * The net volume in m3 (openings subtracted), when the meshes are closed and the engine either cut
	 * the openings or there are none; empty otherwise.
	 */
	public OptionalDouble netVolume(MeshQuantities q) {
		return openings == OpeningTreatment.NOT_SUBTRACTED ? OptionalDouble.empty() : q.volume();
	}

	/**
	 * The gross volume in m3 (openings not subtracted), when the meshes are closed and the engine did
	 * not cut openings or there are none; empty otherwise: an engine that cuts openings does not
	 * claim a gross volume.
	 */
	public OptionalDouble grossVolume(MeshQuantities q) {
		return openings == OpeningTreatment.SUBTRACTED ? OptionalDouble.empty() : q.volume();
	}
}
