package com.example.bidbench.elementcount;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ModelImporter;
import org.bidbench.ifc.ReadOptions;

/**
 * A third party's model importer: IFC files compressed with gzip ({@code .ifc.gz}), as some document
 * systems store them. The file is unpacked into a temporary folder, removed when BidBench exits, and
 * opened from there, so geometry engines can read it too.
 */
public class GzipIfcImporter implements ModelImporter {

	/** Unpacking stops here: a small file that unpacks without end is an attack, not a model. */
	static final long MAX_UNPACKED = 2L << 30;

	@Override
	public boolean accepts(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ifc.gz");
	}

	@Override
	public IfcModel open(Path file, ReadOptions options) throws IOException {
		String name = file.getFileName().toString();
		Path folder = Files.createTempDirectory("bidbench-ifc-gz");
		Path unpacked = folder.resolve(name.substring(0, name.length() - ".gz".length()));
		folder.toFile().deleteOnExit();
		unpacked.toFile().deleteOnExit();
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file)); OutputStream out = Files.newOutputStream(unpacked)) {
			byte[] buffer = new byte[1 << 16];
			long total = 0;
			for (int n; (n = in.read(buffer)) > 0;) {
				total += n;
				if (total > MAX_UNPACKED) {
					throw new IOException(file + " unpacks to more than 2 GiB; unpack it yourself and open the .ifc");
				}
				out.write(buffer, 0, n);
			}
		} catch (java.util.zip.ZipException e) {
			throw new IOException(file + " is not gzip data (" + e.getMessage() + "); rename it if it is a plain .ifc", e);
		}
		return IfcModel.open(unpacked, options);
	}
}
