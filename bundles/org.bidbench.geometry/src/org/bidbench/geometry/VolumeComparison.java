package org.bidbench.geometry;

import java.util.OptionalDouble;

/**
 * A computed volume set against the authored one, with the reason when they diverge.
 *
 * @param authored the authored volume compared with (net if the file has it, else gross), m3
 * @param authoredIsNet whether {@code authored} is the NetVolume
 * @param computed the computed volume compared with, m3, or {@code null} when none could be computed
 * @param divergence {@code null} when they agree within the tolerance, else why not
 */
public record VolumeComparison(double authored, boolean authoredIsNet, Double computed, Divergence divergence) {

	/** Why an authored and a computed volume differ. */
	public enum Divergence {
		/** The mesh is open or inconsistently oriented: no computed volume. */
		OPEN_MESH,
		/** The engine produced no mesh for an element with an authored volume. */
		NO_MESH,
		/** The ratio is a power of 1000 (mm3 for m3, or similar): the authored value is in the wrong unit. */
		UNIT_PROBLEM,
		/**
		 * The mesh has the openings cut out while the authored value does not subtract them (only a
		 * gross volume is authored, or the authored net equals the gross).
		 */
		OPENING_NOT_SUBTRACTED,
		/** Anything else beyond the tolerance. */
		OTHER
	}

	/** 1 % relative tolerance, the accuracy goal for walls and slabs. */
	public static final double DEFAULT_TOLERANCE = 0.01;

	/**
	 * Compares, or returns {@code null} when the file authors no volume for the product.
	 *
	 * @param tolerance relative, e.g. {@link #DEFAULT_TOLERANCE}
	 */
	public static VolumeComparison of(ProductGeometry geometry, MeshQuantities quantities, AuthoredVolumes authored,
			double tolerance) {
		if (!authored.isPresent()) {
			return null;
		}
		boolean net = authored.net() != null;
		double reference = net ? authored.net() : authored.gross();
		boolean zero = Math.abs(reference) < 1e-9;
		if (!geometry.isMeshed()) {
			// An element authored with no volume and meshed as nothing agrees: both say it has no body.
			return new VolumeComparison(reference, net, zero ? 0.0 : null, zero ? null : Divergence.NO_MESH);
		}
		OptionalDouble computed = quantities.volume();
		if (computed.isEmpty()) {
			return new VolumeComparison(reference, net, null, Divergence.OPEN_MESH);
		}
		double value = computed.getAsDouble();
		if (Math.abs(value - reference) <= tolerance * Math.abs(reference)) {
			return new VolumeComparison(reference, net, value, null);
		}
		if (reference > 0 && value > 0) {
			double decades = Math.log10(reference / value);
			long thousands = Math.round(decades / 3);
			if (thousands != 0 && Math.abs(decades - 3 * thousands) < Math.log10(1 + tolerance) * 2) {
				return new VolumeComparison(reference, net, value, Divergence.UNIT_PROBLEM);
			}
		}
		// A "net" equal to the gross on an element with openings was not net: the tool ignored them.
		boolean authoredIgnoresOpenings = !net || (authored.gross() != null
				&& Math.abs(authored.gross() - authored.net()) <= 1e-9 * Math.abs(authored.gross()));
		if (authoredIgnoresOpenings && geometry.openings() == ProductGeometry.OpeningTreatment.SUBTRACTED
				&& value < reference) {
			return new VolumeComparison(reference, net, value, Divergence.OPENING_NOT_SUBTRACTED);
		}
		return new VolumeComparison(reference, net, value, Divergence.OTHER);
	}

	/** The relative difference (computed - authored) / authored, or NaN without a computed value. */
	public double relativeDifference() {
		return computed == null ? Double.NaN : (computed - authored) / authored;
	}
}
