package org.bidbench.ifc;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Limits on what one packed entry (of an .ifczip, a BCF file, an XLSX) may unpack to, checked
 * while it streams, so that a zip bomb stops with a message long before it fills the memory:
 * an absolute size, and a ratio to the packed bytes read so far once the output passes a floor
 * (genuine IFC text packs about 5 to 15 times smaller; a bomb packs a thousand times or more).
 *
 * @param maxBytes  the most an entry may unpack to
 * @param maxRatio  the most an entry may unpack to per packed byte, beyond {@code ratioFloor}
 * @param ratioFloor output below which any ratio is accepted (small files pack unevenly)
 */
public record UnpackLimit(long maxBytes, long maxRatio, long ratioFloor) {

	/** For IFC files: 1 GiB, at most 100 times the packed size beyond 64 MiB. */
	public static final UnpackLimit IFC = new UnpackLimit(1L << 30, 100, 64L << 20);
	/** For the small XML files of a BCF archive or an office document: 64 MiB, 100 times beyond 4 MiB. */
	public static final UnpackLimit DOCUMENT_PART = new UnpackLimit(64L << 20, 100, 4L << 20);

	/** Thrown when an entry goes beyond a limit; the message names the file, the entry and the limit. */
	public static final class ExceededException extends IOException {
		private static final long serialVersionUID = 1L;

		ExceededException(String message) {
			super(message);
		}
	}

	/**
	 * Wraps the stream of one entry.
	 *
	 * @param packedRead the packed bytes read so far from the archive (see {@link #counting(InputStream)})
	 * @param what       the file and entry, for the message
	 */
	public InputStream guard(InputStream entry, LongSupplier packedRead, String what) {
		long startPacked = packedRead.getAsLong();
		return new FilterInputStream(entry) {
			private long produced;

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					count(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					count(n);
				}
				return n;
			}

			private void count(int n) throws IOException {
				produced += n;
				if (produced > maxBytes) {
					throw new ExceededException(what + " unpacks to more than " + maxBytes + " bytes (a limit against zip bombs);"
							+ " if the file is genuine, unpack it and open the unpacked file");
				}
				long packed = Math.max(1, packedRead.getAsLong() - startPacked);
				if (produced > ratioFloor && produced / packed > maxRatio) {
					throw new ExceededException(what + " unpacks to more than " + maxRatio + " times its packed size"
							+ " (a limit against zip bombs); if the file is genuine, unpack it and open the unpacked file");
				}
			}
		};
	}

	/** A stream that counts the bytes read from it: put it under the zip stream to know the packed bytes read. */
	public static CountingStream counting(InputStream in) {
		return new CountingStream(in);
	}

	/** Counts the bytes read through it. */
	public static final class CountingStream extends FilterInputStream {
		private long count;

		CountingStream(InputStream in) {
			super(in);
		}

		public long count() {
			return count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}
	}
}
