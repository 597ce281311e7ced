package org.bidbench.viewer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.bidbench.ifc.io.AtomicWrite;

/**
 * An image read back from the renderer, rows top to bottom, one {@code 0xRRGGBB} int per pixel.
 * Written as PNG without AWT, which is not available to every OSGi runtime and clashes with GTK.
 */
public record RgbImage(int width, int height, int[] pixels) {

	public int rgb(int x, int y) {
		return pixels[y * width + x];
	}

	public int red(int x, int y) {
		return (rgb(x, y) >>> 16) & 255;
	}

	public int green(int x, int y) {
		return (rgb(x, y) >>> 8) & 255;
	}

	public int blue(int x, int y) {
		return rgb(x, y) & 255;
	}

	/** Pixels that differ from the given colour by more than {@code tolerance} in some channel. */
	public int countDifferentFrom(int rgb, int tolerance) {
		int n = 0;
		for (int p : pixels) {
			if (Math.abs(((p >>> 16) & 255) - ((rgb >>> 16) & 255)) > tolerance
					|| Math.abs(((p >>> 8) & 255) - ((rgb >>> 8) & 255)) > tolerance
					|| Math.abs((p & 255) - (rgb & 255)) > tolerance) {
				n++;
			}
		}
		return n;
	}

	/**
	 * Pixels where some channel differs from the same pixel of another image of the same size by more
	 * than {@code tolerance} (0..255).
	 */
	public int countDifferentFrom(RgbImage other, int tolerance) {
		if (other.width != width || other.height != height) {
			throw new IllegalArgumentException(
					"images of different sizes: " + width + "x" + height + " and " + other.width + "x" + other.height);
		}
		int n = 0;
		for (int i = 0; i < pixels.length; i++) {
			int a = pixels[i], b = other.pixels[i];
			if (Math.abs((a >>> 16 & 255) - (b >>> 16 & 255)) > tolerance
					|| Math.abs((a >>> 8 & 255) - (b >>> 8 & 255)) > tolerance
					|| Math.abs((a & 255) - (b & 255)) > tolerance) {
				n++;
			}
		}
		return n;
	}

	/** Writes the image as an 8-bit RGB PNG: to a temporary file beside it, then renamed, so a failure leaves no half image. */
	public void writePng(Path file) throws IOException {
		AtomicWrite.write(file, this::writePng);
	}

	public void writePng(OutputStream out) throws IOException {
		out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		writeInt(header, width);
		writeInt(header, height);
		header.write(new byte[]{8, 2, 0, 0, 0}); // 8 bits, truecolour, deflate, no filter, no interlace
		chunk(out, "IHDR", header.toByteArray());
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, new Deflater(6))) {
			byte[] row = new byte[1 + 3 * width];
			for (int y = 0; y < height; y++) {
				row[0] = 0;
				for (int x = 0; x < width; x++) {
					int p = pixels[y * width + x];
					row[1 + 3 * x] = (byte) (p >>> 16);
					row[2 + 3 * x] = (byte) (p >>> 8);
					row[3 + 3 * x] = (byte) p;
				}
				z.write(row);
			}
		}
		chunk(out, "IDAT", compressed.toByteArray());
		chunk(out, "IEND", new byte[0]);
	}

	private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		writeInt(b, data.length);
		byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		b.write(t);
		b.write(data);
		CRC32 crc = new CRC32();
		crc.update(t);
		crc.update(data);
		writeInt(b, (int) crc.getValue());
		out.write(b.toByteArray());
	}

	private static void writeInt(OutputStream out, int v) throws IOException {
		out.write(v >>> 24);
		out.write(v >>> 16);
		out.write(v >>> 8);
		out.write(v);
	}
}
