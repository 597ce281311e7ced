package org.bidbench.ifc.tests.tools;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.ifc.ReadMonitor;
import org.bidbench.ifc.internal.step.NameTable;
import org.bidbench.ifc.internal.step.StepDecoder;
import org.bidbench.ifc.internal.step.StepIndex;

/**
 * Writes a valid IFC model of any size by repeating a sample's DATA section: every copy after
 * the first gets its instance ids shifted past the previous copies, fresh GlobalIds, and its
 * references to the IfcProject pointed at the one original project, so the copies become more
 * sites of the same project. For benchmarks and scale tests. Run:
 * {@code java -cp bundles/org.bidbench.ifc/target/classes org.bidbench.ifc.internal.bench.LargeModelWriter SAMPLE.ifc OUT.ifc MEGABYTES [--spread METRES]}
 *
 * <p>By default the copies stand on one spot, one over another. With {@code --spread} copy k's site
 * is placed on a square grid with that spacing (a campus of equal buildings): each copy's site gets
 * a new placement, relative to which its own stays, so everything in the copy moves together.
 */
public final class LargeModelWriter {

	private static final byte[] GUID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$".getBytes(StandardCharsets.ISO_8859_1);

	private LargeModelWriter() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3 && !(args.length == 5 && args[3].equals("--spread"))) {
			System.err.println("usage: LargeModelWriter SAMPLE.ifc OUT.ifc MEGABYTES [--spread METRES]");
			System.exit(2);
		}
		double spread = args.length == 5 ? Double.parseDouble(args[4]) : 0;
		long written = write(Path.of(args[0]), Path.of(args[1]), Long.parseLong(args[2]) * 1_000_000L, spread);
		System.out.printf("wrote %s: %.1f MB%n", args[1], written / 1e6);
	}

	/** Writes at least {@code targetBytes}, the copies over one another; returns the size written. */
	public static long write(Path sample, Path out, long targetBytes) throws IOException {
		return write(sample, out, targetBytes, 0);
	}

	/**
	 * Writes at least {@code targetBytes}; returns the size written.
	 *
	 * @param spread grid spacing of the copies' sites in metres (file length units), 0 for one spot
	 */
	public static long write(Path sample, Path out, long targetBytes, double spread) throws IOException {
		byte[] bytes = Files.readAllBytes(sample);
		ByteBuffer buf = ByteBuffer.wrap(bytes);
		StepIndex index = StepIndex.scan(buf, (o, id, e, m) -> {
		}, ReadMonitor.NONE);
		if (index.dataSections != 1 || !index.complete) {
			throw new IOException(sample + ": needs a complete file with one DATA section");
		}
		int maxId = 0;
		int projectId = -1;
		java.util.Set<Integer> sitePlacements = new java.util.HashSet<>();
		int[] starts = new int[index.count];
		int[] ends = new int[index.count];
		StepDecoder decoder = new StepDecoder(buf, new NameTable());
		for (int i = 0; i < index.count; i++) {
			maxId = Math.max(maxId, index.ids[i]);
			if (index.typeNames.name(index.types[i]).equals("IFCPROJECT")) {
				projectId = index.ids[i];
			}
			int s = index.offsets[i];
			while (bytes[s] != '#') {
				s--;
			}
			starts[i] = s;
			Object[] values = decoder.decodeParameters(index.offsets[i]);
			if (index.typeNames.name(index.types[i]).equals("IFCSITE") && values.length > 5
					&& values[5] instanceof org.bidbench.ifc.Ref placement) {
				sitePlacements.add(placement.id());
			}
			int e = decoder.position();
			while (bytes[e] != ';') {
				e++;
			}
			ends[i] = e + 1;
		}
		int dataEnd = ends[index.count - 1];
		long size = 0;
		try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
			os.write(bytes, 0, dataEnd);
			os.write('\n');
			size += dataEnd + 1;
			for (int copy = 1; size < targetBytes; copy++) {
				// With --spread each copy keeps three ids after its own for the grid placement
				// (web-ifc indexes instances by id, so ids stay small and dense).
				int stride = spread > 0 ? maxId + 3 : maxId;
				long shift = (long) copy * stride;
				if (shift + stride > Integer.MAX_VALUE) {
					throw new IOException("too many copies for 31-bit instance ids");
				}
				// Spread: the copy's site placements are made relative to a new placement on the grid.
				int gridPlacement = 0;
				if (spread > 0) {
					int columns = 4;
					double dx = (copy % columns) * spread, dy = (copy / columns) * spread;
					int base = (int) shift + maxId + 1;
					String extra = String.format(java.util.Locale.ROOT,
							"#%d=IFCCARTESIANPOINT((%.1f,%.1f,0.));%n#%d=IFCAXIS2PLACEMENT3D(#%d,$,$);%n#%d=IFCLOCALPLACEMENT($,#%d);%n",
							base, dx, dy, base + 1, base, base + 2, base + 1);
					byte[] e = extra.getBytes(StandardCharsets.ISO_8859_1);
					os.write(e);
					size += e.length;
					gridPlacement = base + 2;
				}
				for (int i = 0; i < index.count; i++) {
					if (index.ids[i] == projectId) {
						continue;
					}
					if (gridPlacement != 0 && sitePlacements.contains(index.ids[i])) {
						String line = shifted(bytes, starts[i], ends[i], (int) shift, projectId, copy);
						String relocated = line.replaceFirst("IFCLOCALPLACEMENT\\(\\$,", "IFCLOCALPLACEMENT(#" + gridPlacement + ",");
						if (relocated.equals(line)) {
							throw new IOException("the site placement #" + index.ids[i] + " is already relative to another;"
									+ " --spread needs a site placed on its own");
						}
						byte[] l = relocated.getBytes(StandardCharsets.ISO_8859_1);
						os.write(l);
						size += l.length;
					} else {
						size += writeShifted(os, bytes, starts[i], ends[i], (int) shift, projectId, copy);
					}
					os.write('\n');
					size++;
				}
			}
			byte[] tail = "ENDSEC;\nEND-ISO-10303-21;\n".getBytes(StandardCharsets.ISO_8859_1);
			os.write(tail);
			size += tail.length;
		}
		return size;
	}

	private static boolean guidCharacters(byte[] b, int from, int to) {
		for (int k = from; k < to; k++) {
			byte c = b[k];
			if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '$')) {
				return false;
			}
		}
		return true;
	}

	private static long writeShifted(OutputStream os, byte[] b, int start, int end, int shift, int projectId, int copy)
			throws IOException {
		byte[] out = shifted(b, start, end, shift, projectId, copy).getBytes(StandardCharsets.ISO_8859_1);
		os.write(out);
		return out.length;
	}

	private static String shifted(byte[] b, int start, int end, int shift, int projectId, int copy) {
		StringBuilder sb = new StringBuilder(end - start + 16);
		boolean firstString = true;
		int depth = 0;
		for (int p = start; p < end; p++) {
			byte c = b[p];
			if (c == '\'') {
				int q = p + 1;
				while (q < end && !(b[q] == '\'' && (q + 1 >= end || b[q + 1] != '\''))) {
					q += b[q] == '\'' ? 2 : 1;
				}
				boolean isGuid = firstString && depth == 1 && q - p - 1 == 22 && guidCharacters(b, p + 1, q);
				for (int k = p; k <= q; k++) {
					sb.append((char) (b[k] & 0xff));
				}
				if (isGuid) {
					// Overwrite the last four GlobalId characters with the copy number.
					int at = sb.length() - 5;
					int n = copy;
					for (int k = 0; k < 4; k++) {
						sb.setCharAt(at - k, (char) GUID_ALPHABET[n & 63]);
						n >>>= 6;
					}
				}
				firstString = false;
				p = q;
				continue;
			}
			if (c == '(') {
				depth++;
			} else if (c == ')') {
				depth--;
			} else if (c == ',' && depth == 1) {
				firstString = false;
			}
			if (c == '#') {
				int q = p + 1;
				int id = 0;
				while (q < end && b[q] >= '0' && b[q] <= '9') {
					id = id * 10 + (b[q] - '0');
					q++;
				}
				sb.append('#').append(id == projectId ? id : id + shift);
				p = q - 1;
				continue;
			}
			sb.append((char) (c & 0xff));
		}
		return sb.toString();
	}
}
