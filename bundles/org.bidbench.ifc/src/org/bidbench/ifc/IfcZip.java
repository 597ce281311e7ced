package org.bidbench.ifc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/** Reads the IFC file out of an {@code .ifczip}, within limits that stop zip bombs. */
final class IfcZip {

	private IfcZip() {
	}

	static boolean looksZipped(Path file) throws IOException {
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ifczip")) {
			return true;
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] magic = in.readNBytes(4);
			return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
		}
	}

	/** The bytes of the first {@code .ifc} entry (or the only entry). */
	static byte[] extract(Path file, ReadOptions options) throws IOException {
		String name = file.getFileName().toString();
		int entries = 0;
		UnpackLimit.CountingStream packed = UnpackLimit.counting(Files.newInputStream(file));
		UnpackLimit limit = new UnpackLimit(options.maxUncompressedBytes(), UnpackLimit.IFC.maxRatio(), UnpackLimit.IFC.ratioFloor());
		try (ZipInputStream zip = new ZipInputStream(packed)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				entries++;
				if (entries > options.maxZipEntries()) {
					throw fail(name, "the zip holds more than " + options.maxZipEntries()
							+ " entries; an .ifczip holds one IFC file");
				}
				if (entry.isDirectory() || !entry.getName().toLowerCase(Locale.ROOT).endsWith(".ifc")) {
					continue;
				}
				InputStream guarded = limit.guard(zip, packed::count, name + " (entry " + entry.getName() + ")");
				try {
					return readCapped(guarded, name, entry.getName(), options.maxUncompressedBytes());
				} catch (UnpackLimit.ExceededException e) {
					throw fail(name, e.getMessage());
				}
			}
		} catch (ZipException e) {
			throw fail(name, "not a readable zip file: " + e.getMessage());
		}
		throw fail(name, "the zip holds no .ifc entry");
	}

	private static byte[] readCapped(InputStream in, String name, String entry, long cap) throws IOException {
		long limit = Math.min(cap, Integer.MAX_VALUE - 16);
		byte[] out = new byte[64 * 1024];
		int size = 0;
		while (true) {
			if (size == out.length) {
				if (size >= limit) {
					// One byte more than the cap means the entry is over it.
					if (in.read() < 0) {
						return out;
					}
					throw fail(name, "entry " + entry + " unpacks to more than " + cap
							+ " bytes (limit against zip bombs)");
				}
				out = Arrays.copyOf(out, (int) Math.min(limit, (long) out.length * 2));
			}
			int r = in.read(out, size, out.length - size);
			if (r < 0) {
				return Arrays.copyOf(out, size);
			}
			size += r;
		}
	}

	private static IfcReadException fail(String file, String message) {
		return new IfcReadException(new IfcProblem(IfcProblem.Severity.ERROR, file, 0, 0, 0, message));
	}
}
