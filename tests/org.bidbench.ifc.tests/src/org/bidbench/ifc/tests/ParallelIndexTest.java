package org.bidbench.ifc.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.bidbench.ifc.ReadMonitor;
import org.bidbench.ifc.internal.step.StepIndex;
import org.junit.jupiter.api.Test;

/**
 * The index pass split over threads gives the same index as one thread: the same instances in
 * the same order, the same type numbers, the same problems. Chunking is forced on every file here
 * (a minimum of one byte), so that the small samples are split too, at every thread count tried.
 */
class ParallelIndexTest {

	/** Everything an index holds that a reader uses, as comparable values. */
	private record Snapshot(int count, int[] ids, int[] types, int[] offsets, List<String> typeNames, int skipped,
			boolean complete, int dataSections, List<String> headerKeywords, List<String> problems) {

		static Snapshot of(byte[] file, int threads) {
			return of(ByteBuffer.wrap(file), threads);
		}

		/** Of a buffer outside the heap (as a mapped file is): its pages are touched ahead of the scan. */
		static Snapshot ofDirect(byte[] file, int threads) {
			return of(ByteBuffer.allocateDirect(file.length).put(file).flip(), threads);
		}

		static Snapshot of(ByteBuffer buf, int threads) {
			List<String> problems = new ArrayList<>();
			StepIndex index = StepIndex.scan(buf, (o, id, e, m) -> problems.add(o + " #" + id + " " + e + " " + m),
					ReadMonitor.NONE, threads, 1);
			List<String> names = new ArrayList<>();
			for (int t = 0; t < index.typeNames.size(); t++) {
				names.add(index.typeNames.name(t));
			}
			return new Snapshot(index.count, Arrays.copyOf(index.ids, index.count), Arrays.copyOf(index.types, index.count),
					Arrays.copyOf(index.offsets, index.count), names, index.skipped, index.complete, index.dataSections,
					List.copyOf(index.headerKeywords), problems);
		}

		void assertSameAs(Snapshot expected, String what) {
			assertEquals(expected.count, count, what + ": count");
			assertArrayEquals(expected.ids, ids, what + ": ids");
			assertArrayEquals(expected.types, types, what + ": types");
			assertArrayEquals(expected.offsets, offsets, what + ": offsets");
			assertEquals(expected.typeNames, typeNames, what + ": type names");
			assertEquals(expected.skipped, skipped, what + ": skipped");
			assertEquals(expected.complete, complete, what + ": complete");
			assertEquals(expected.dataSections, dataSections, what + ": data sections");
			assertEquals(expected.headerKeywords, headerKeywords, what + ": header");
			assertEquals(expected.problems, problems, what + ": problems");
		}
	}

	@Test
	void everySampleGivesTheSameIndexOnOneToEightThreads() throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(TestFiles.samples())) {
			files = list.filter(p -> p.getFileName().toString().endsWith(".ifc")).sorted().toList();
		}
		assertTrue(files.size() >= 10, "samples: " + files);
		for (Path file : files) {
			byte[] bytes = Files.readAllBytes(file);
			Snapshot one = Snapshot.of(bytes, 1);
			assertTrue(one.count > 0, file + " has instances");
			for (int threads : new int[]{2, 3, 8}) {
				Snapshot.of(bytes, threads).assertSameAs(one, file.getFileName() + " on " + threads + " threads");
			}
		}
	}

	@Test
	void aMappedFileWhosePagesAreTouchedAheadGivesTheSameIndexAsTheBytesInTheHeap() throws IOException {
		// The largest samples are several touch steps (1 MiB) long: instances and chunk starts fall
		// across the ends of touched ranges, and the chunks take turns touching.
		List<Path> files;
		try (Stream<Path> list = Files.list(TestFiles.samples())) {
			files = list.filter(p -> p.getFileName().toString().endsWith(".ifc")).sorted().toList();
		}
		boolean severalSteps = false;
		for (Path file : files) {
			byte[] bytes = Files.readAllBytes(file);
			severalSteps |= bytes.length > 3 << 20;
			Snapshot one = Snapshot.of(bytes, 1);
			for (int threads : new int[]{1, 2, 3, 8}) {
				Snapshot.ofDirect(bytes, threads).assertSameAs(one, file.getFileName() + " direct on " + threads + " threads");
			}
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
				ByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
				Snapshot.of(mapped, 2).assertSameAs(one, file.getFileName() + " mapped on 2 threads");
			}
			// Cut a byte after a touch step's end, inside whatever instance is there: truncated the same way.
			if (bytes.length > (1 << 20) + 1) {
				byte[] cut = Arrays.copyOf(bytes, (1 << 20) + 1);
				Snapshot oneCut = Snapshot.of(cut, 1);
				assertTrue(!oneCut.complete, file + " cut is not complete");
				for (int threads : new int[]{1, 2, 5}) {
					Snapshot.ofDirect(cut, threads).assertSameAs(oneCut, file.getFileName() + " cut, direct on " + threads + " threads");
				}
			}
		}
		assertTrue(severalSteps, "a sample longer than three touch steps: " + files);
	}

	@Test
	void aChunkGuessedInsideAStringIsScannedAgainFromWhereTheFileSaysItStarts() {
		// Strings holding line breaks followed by '#': every such line looks like an instance start.
		StringBuilder data = new StringBuilder();
		for (int i = 1; i <= 400; i++) {
			data.append("#").append(i).append("=IFCLABEL('line\n#").append(100_000 + i).append("=IFCWALL(''x'');\n#9=');\n");
			data.append("/* a comment\n#77=IFCSLAB(); */\n");
		}
		byte[] file = TestFiles.file("IFC4", data.toString()).getBytes(StandardCharsets.ISO_8859_1);
		Snapshot one = Snapshot.of(file, 1);
		assertEquals(400, one.count, "the strings and comments are not instances");
		for (int threads = 2; threads <= 16; threads++) {
			Snapshot.of(file, threads).assertSameAs(one, threads + " threads");
		}
	}

	@Test
	void twoDataSectionsBrokenInstancesAndATruncatedEndComeOutTheSame() {
		StringBuilder first = new StringBuilder();
		for (int i = 1; i <= 300; i++) {
			first.append("#").append(i).append("=IFCWALL('w").append(i).append("',$);\n");
			if (i % 37 == 0) {
				first.append("#=BROKEN;\n#").append(i).append("X=IFCSLAB();\nnot an instance;\n");
			}
		}
		StringBuilder text = new StringBuilder(TestFiles.file("IFC4", first.toString()));
		int end = text.lastIndexOf("END-ISO-10303-21;");
		StringBuilder second = new StringBuilder("DATA;\n");
		for (int i = 301; i <= 600; i++) {
			second.append("#").append(i).append("=IFCDOOR('d").append(i).append("');\n");
		}
		second.append("ENDSEC;\n");
		text.insert(end, second);
		byte[] whole = text.toString().getBytes(StandardCharsets.ISO_8859_1);
		Snapshot one = Snapshot.of(whole, 1);
		assertEquals(2, one.dataSections);
		assertTrue(one.skipped > 0 && !one.problems.isEmpty(), "the broken lines are reported");
		for (int threads = 2; threads <= 12; threads++) {
			Snapshot.of(whole, threads).assertSameAs(one, "two sections on " + threads + " threads");
		}
		// Cut inside an instance of the second section: truncated, reported the same way.
		byte[] cut = Arrays.copyOf(whole, text.indexOf("#450=") + 8);
		Snapshot oneCut = Snapshot.of(cut, 1);
		assertTrue(!oneCut.complete && !oneCut.problems.isEmpty());
		for (int threads = 2; threads <= 12; threads++) {
			Snapshot.of(cut, threads).assertSameAs(oneCut, "truncated on " + threads + " threads");
		}
	}

	@Test
	void semicolonsQuotesAndCommentsAreFoundAtEveryPlaceInAWord() {
		// The body of an instance is skipped eight bytes at a time: put the bytes that end a body, a
		// string or a comment at each of the eight places of a word, and next to the file's end.
		for (int shift = 0; shift < 16; shift++) {
			StringBuilder data = new StringBuilder();
			List<Integer> ids = new ArrayList<>();
			for (int i = 1; i <= 40; i++) {
				String pad = " ".repeat((shift + i) % 9);
				data.append('#').append(i).append("=IFCLABEL(").append(pad).append("'a;b''c/*d;'").append(pad)
						.append("/* x; 'y */,\u00e9\u00ff\u0080,").append(pad).append("$);\n");
				ids.add(i);
			}
			String text = TestFiles.file("IFC4", data.toString());
			byte[] file = text.getBytes(StandardCharsets.ISO_8859_1);
			Snapshot one = Snapshot.of(file, 1);
			assertEquals(ids, Arrays.stream(one.ids).boxed().toList(), "shift " + shift + ": ids");
			assertEquals(List.of(), one.problems, "shift " + shift + ": problems");
			int from = 0;
			for (int k = 0; k < ids.size(); k++) {
				int at = text.indexOf("=IFCLABEL(", text.indexOf("#" + ids.get(k) + "=", from)) + "=IFCLABEL".length();
				assertEquals(at, one.offsets[k], "shift " + shift + ": offset of #" + ids.get(k));
				from = at;
			}
			for (int threads : new int[]{2, 5}) {
				Snapshot.of(file, threads).assertSameAs(one, "shift " + shift + " on " + threads + " threads");
			}
			// Cut just before the last ';', then at each of the last bytes: a truncated last instance.
			int last = text.lastIndexOf("$);") + 2;
			for (int cut = last - 9; cut <= last; cut++) {
				Snapshot truncated = Snapshot.of(Arrays.copyOf(file, cut), 1);
				assertEquals(39, truncated.count, "shift " + shift + ", cut at " + cut + ": the last instance is not complete");
				assertTrue(truncated.problems.stream().anyMatch(m -> m.contains("#40") && m.contains("no terminating ';'")),
						"shift " + shift + ", cut at " + cut + ": " + truncated.problems);
			}
		}
	}
}
