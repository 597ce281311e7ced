package org.bidbench.geometry.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.bidbench.geometry.AuthoredVolumes;
import org.bidbench.geometry.MeshQuantities;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.geometry.VolumeComparison;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;

/**
 * One CSV row per product: identity, authored volumes from the file's quantity sets (SI), computed
 * quantities, whether the mesh is closed, and what happened. Empty cells where a value is unknown.
 * Rows are written as a stream delivers the products.
 */
public final class QuantityCsv {

	/** The header, in column order. */
	public static final List<String> COLUMNS = List.of("global_id", "ifc_class", "storey", "name",
			"authored_net_volume_m3", "authored_gross_volume_m3", "computed_volume_m3", "computed_area_m2",
			"mesh_closed", "status", "express_id", "computed_volume_basis", "computed_footprint_m2",
			"computed_length_m", "volume_divergence", "reason");

	private final IfcModel model;
	private final Writer out;
	private int rows;
	private int divergences;

	public QuantityCsv(IfcModel model, Writer out) throws IOException {
		this.model = model;
		this.out = out;
		out.write(String.join(",", COLUMNS));
		out.write("\n");
	}

	/** Writes the row of one product. */
	public void add(ProductGeometry g) throws IOException {
		add(g, g.quantities());
	}

	/**
	 * Writes the row of one product whose mesh quantities were computed already ({@code g.quantities()}),
	 * e.g. on another thread while the engine tessellated the next products.
	 */
	public void add(ProductGeometry g, MeshQuantities q) throws IOException {
		IfcEntity e = model.entity(g.productId());
		IfcEntity storey = e == null ? null : model.storeyOf(e);
		AuthoredVolumes authored = e == null ? new AuthoredVolumes(null, null, null) : AuthoredVolumes.of(model, e);
		VolumeComparison comparison = VolumeComparison.of(g, q, authored, VolumeComparison.DEFAULT_TOLERANCE);
		String basis = "";
		if (q.volume().isPresent()) {
			basis = switch (g.openings()) {
				case NO_OPENINGS -> "net=gross";
				case SUBTRACTED -> "net";
				case NOT_SUBTRACTED -> "gross";
			};
		}
		String divergence = comparison == null || comparison.divergence() == null
				? ""
				: comparison.divergence().name().toLowerCase(Locale.ROOT);
		if (!divergence.isEmpty()) {
			divergences++;
		}
		String closed = g.isMeshed() ? String.valueOf(q.closure().enclosesVolume()) : "";
		String reason = g.failureReason() != null
				? g.failureReason()
				: g.isMeshed() && !q.closure().enclosesVolume()
						? "mesh " + q.closure().name().toLowerCase(Locale.ROOT)
								.replace('_', ' ') + ": no volume computed"
						: "";
		String[] cells = {g.globalId(), g.ifcClass(), storey == null ? "" : storey.name(), e == null ? "" : e.name(),
				number(authored.net()), number(authored.gross()), number(q.volume()),
				g.isMeshed() ? number(q.area()) : "", closed, g.status().name().toLowerCase(Locale.ROOT),
				String.valueOf(g.productId()), basis, g.isMeshed() ? number(q.footprintArea()) : "",
				number(q.length()), divergence, reason};
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells[i]));
		}
		out.write('\n');
		rows++;
	}

	public int rowCount() {
		return rows;
	}

	/** Rows whose computed volume diverges from the authored one beyond 1 %. */
	public int divergenceCount() {
		return divergences;
	}

	private static String number(Double v) {
		return v == null ? "" : format(v);
	}

	private static String number(double v) {
		return format(v);
	}

	private static String number(OptionalDouble v) {
		return v.isPresent() ? format(v.getAsDouble()) : "";
	}

	private static String format(double v) {
		return String.format(Locale.ROOT, "%.6f", v);
	}

	/** RFC 4180 quoting. */
	static String cell(String s) {
		if (s == null) {
			return "";
		}
		if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
			return "\"" + s.replace("\"", "\"\"") + "\"";
		}
		return s;
	}
}
