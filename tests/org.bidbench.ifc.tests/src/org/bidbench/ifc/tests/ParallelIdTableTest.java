package org.bidbench.ifc.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ReadMonitor;
import org.bidbench.ifc.ReadOptions;
import org.bidbench.ifc.internal.step.IdTable;
import org.bidbench.ifc.internal.step.StepIndex;
import org.junit.jupiter.api.Test;

/**
 * The {@code #id} map built on several threads is the same as on one: the same slot for every
 * name, the same duplicates reported in the same order. The parallel build is forced on every
 * file here (a minimum of one instance), so that the small samples are split too.
 */
class ParallelIdTableTest {

	private record Built(int[] slots, List<String> problems) {
	}

	private static Built build(int[] ids, int[] offsets, int count, int threads) {
		List<String> problems = new ArrayList<>();
		IdTable table = IdTable.build(ids, offsets, count, threads, 1, (o, id, e, m) -> problems.add(o + " #" + id + " " + e + " " + m));
		int max = Arrays.stream(ids, 0, count).max().orElse(0);
		int[] slots = new int[max + 3];
		for (int id = -1; id <= max + 1; id++) {
			slots[id + 1] = table.slot(id);
		}
		return new Built(slots, problems);
	}

	@Test
	void everySampleGivesTheSameIdMapAndTypesOnOneToEightThreads() throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(TestFiles.samples())) {
			files = list.filter(p -> p.getFileName().toString().endsWith(".ifc")).sorted().toList();
		}
		assertTrue(files.size() >= 10, "samples: " + files);
		for (Path file : files) {
			StepIndex index = StepIndex.scan(ByteBuffer.wrap(Files.readAllBytes(file)), (o, id, e, m) -> {
			}, ReadMonitor.NONE);
			Built one = build(index.ids, index.offsets, index.count, 1);
			int found = 0;
			for (int i = 0; i < index.count; i++) {
				found += one.slots()[index.ids[i] + 1] == i ? 1 : 0;
			}
			assertEquals(index.count, found + one.problems().size(), file + ": every instance is mapped or a duplicate");
			for (int threads : new int[]{2, 3, 8}) {
				Built many = build(index.ids, index.offsets, index.count, threads);
				assertArrayEquals(one.slots(), many.slots(), file.getFileName() + " on " + threads + " threads: slots");
				assertEquals(one.problems(), many.problems(), file.getFileName() + " on " + threads + " threads: problems");
			}
			// The whole open on one and on two threads: same instances, types and lookups.
			IfcModel sequential = IfcModel.open(file, ReadOptions.defaults().withThreads(1));
			IfcModel parallel = IfcModel.open(file, ReadOptions.defaults().withThreads(2));
			assertEquals(sequential.size(), parallel.size(), file + ": size");
			for (int i = 0; i < index.count; i += Math.max(1, index.count / 500)) {
				int id = index.ids[i];
				IfcEntity a = sequential.entity(id);
				IfcEntity b = parallel.entity(id);
				assertEquals(a == null ? null : a.typeName(), b == null ? null : b.typeName(), file + ": type of #" + id);
			}
		}
	}

	@Test
	void duplicatesAcrossRangesKeepTheFirstAndAreReportedInFileOrder() {
		// Names repeated far apart, so that different threads' ranges hold the same id.
		int count = 10_000;
		int[] ids = new int[count];
		int[] offsets = new int[count];
		for (int i = 0; i < count; i++) {
			ids[i] = i % 3 == 0 ? 1 + (i * 7) % 997 : 5_000 + i;
			offsets[i] = 10 * i;
		}
		Built one = build(ids, offsets, count, 1);
		assertTrue(one.problems().size() > 2_000, "duplicates reported: " + one.problems().size());
		for (int threads = 2; threads <= 9; threads++) {
			Built many = build(ids, offsets, count, threads);
			assertArrayEquals(one.slots(), many.slots(), threads + " threads: slots");
			assertEquals(one.problems(), many.problems(), threads + " threads: problems");
		}
		// Sparse names take the sorted-array map: the same answers again.
		int[] sparse = Arrays.stream(ids).map(id -> id * 100_000 + 1).toArray();
		List<String> sparseOne = new ArrayList<>();
		List<String> sparseFour = new ArrayList<>();
		IdTable tableOne = IdTable.build(sparse, offsets, count, 1, 1, (o, id, e, m) -> sparseOne.add(o + " " + m));
		IdTable tableFour = IdTable.build(sparse, offsets, count, 4, 1, (o, id, e, m) -> sparseFour.add(o + " " + m));
		assertEquals(sparseOne, sparseFour, "sparse duplicates");
		assertEquals(one.problems().size(), sparseOne.size(), "sparse duplicates as many as dense ones");
		for (int id : sparse) {
			assertEquals(tableOne.slot(id), tableFour.slot(id), "sparse #" + id);
			assertEquals(tableOne.slot(id + 1), tableFour.slot(id + 1), "absent #" + (id + 1));
		}
	}
}
