package org.bidbench.ifc.internal.step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Maps an instance name {@code #id} to its slot in the index: a direct table when the ids are
 * dense (the usual case), else sorted arrays. A duplicate name keeps its first instance (lowest
 * slot) and every later one is reported, in slot order.
 *
 * <p>A large index is built on several threads, each filling the table for its own range of
 * slots. Two ranges holding the same id may then leave either slot in the table; a second parallel
 * pass finds every slot that is not the table's entry for its id, and those few are settled on
 * the calling thread, so the table and the problems are the same as on one thread.
 */
public abstract class IdTable {

	/** Below this many instances the table is built on one thread: starting threads would cost more. */
	public static final int DEFAULT_MIN_PARALLEL_INSTANCES = 1 << 20;

	/** The slot of {@code id}, or -1 when no instance has that name. */
	public abstract int slot(int id);

	/**
	 * @param ids          instance names, by slot
	 * @param offsets      byte offsets, by slot (for the duplicate problems)
	 * @param count        how many slots are used
	 * @param threads      threads the dense table may be built on
	 * @param minParallel  fewer instances than this are done on one thread
	 * @param problems     receives one error per duplicate name, in slot order
	 */
	public static IdTable build(int[] ids, int[] offsets, int count, int threads, int minParallel, ProblemSink problems) {
		int parts = count >= Math.max(1, minParallel) ? Math.max(1, Math.min(threads, count)) : 1;
		int max = parts == 1 ? maxOf(ids, 0, count) : maxInParallel(ids, count, parts);
		if ((long) max <= 4L * count + 1_000_000L) {
			int[] table = new int[max + 1];
			if (parts == 1) {
				for (int i = 0; i < count; i++) {
					int id = ids[i];
					if (table[id] != 0) {
						duplicate(ids, offsets, i, problems);
					} else {
						table[id] = i + 1;
					}
				}
			} else {
				fillInParallel(table, ids, offsets, count, parts, problems);
			}
			return new Dense(table);
		}
		return sorted(ids, offsets, count, problems);
	}

	private static void duplicate(int[] ids, int[] offsets, int slot, ProblemSink problems) {
		problems.report(offsets[slot], ids[slot], true, "duplicate instance name #" + ids[slot] + "; the first one is used");
	}

	private static int maxOf(int[] ids, int from, int to) {
		int max = 0;
		for (int i = from; i < to; i++) {
			max = Math.max(max, ids[i]);
		}
		return max;
	}

	private static int maxInParallel(int[] ids, int count, int parts) {
		int[] maxima = new int[parts];
		inParallel(parts, k -> maxima[k] = maxOf(ids, from(k, count, parts), from(k + 1, count, parts)));
		return maxOf(maxima, 0, parts);
	}

	private static void fillInParallel(int[] table, int[] ids, int[] offsets, int count, int parts, ProblemSink problems) {
		// Each range keeps its own first occurrence; ranges sharing an id race for the entry.
		inParallel(parts, k -> {
			for (int i = from(k, count, parts), end = from(k + 1, count, parts); i < end; i++) {
				int id = ids[i];
				if (table[id] == 0) {
					table[id] = i + 1;
				}
			}
		});
		// Every slot that is not its id's entry is a duplicate candidate; usually none.
		@SuppressWarnings("unchecked")
		List<Integer>[] losers = new List[parts];
		inParallel(parts, k -> {
			List<Integer> found = new ArrayList<>();
			for (int i = from(k, count, parts), end = from(k + 1, count, parts); i < end; i++) {
				if (table[ids[i]] != i + 1) {
					found.add(i);
				}
			}
			losers[k] = found;
		});
		int total = 0;
		for (List<Integer> l : losers) {
			total += l.size();
		}
		if (total == 0) {
			return;
		}
		int[] candidates = new int[total];
		int n = 0;
		for (List<Integer> l : losers) {
			for (int slot : l) {
				candidates[n++] = slot;
			}
		}
		// The slots involved: the candidates and the entries they lost to (the race winners).
		TreeSet<Integer> involved = new TreeSet<>();
		for (int slot : candidates) {
			involved.add(slot);
			involved.add(table[ids[slot]] - 1);
		}
		// The first instance of an id is the lowest slot among them.
		for (int slot : involved) {
			int id = ids[slot];
			if (slot + 1 < table[id]) {
				table[id] = slot + 1;
			}
		}
		List<Integer> reported = new ArrayList<>();
		for (int slot : involved) {
			if (table[ids[slot]] - 1 != slot) {
				reported.add(slot);
			}
		}
		for (int slot : reported) {
			duplicate(ids, offsets, slot, problems);
		}
	}

	private static int from(int part, int count, int parts) {
		return ParallelParts.rangeStart(part, count, parts);
	}

	private static void inParallel(int parts, IntConsumer work) {
		ParallelParts.inParallel(parts, "bidbench-ifc-ids", work);
	}

	private static IdTable sorted(int[] ids, int[] offsets, int count, ProblemSink problems) {
		long[] pairs = new long[count];
		for (int i = 0; i < count; i++) {
			pairs[i] = ((long) ids[i] << 32) | i;
		}
		Arrays.sort(pairs);
		int unique = 0;
		int[] sortedIds = new int[count];
		int[] slots = new int[count];
		List<Integer> duplicates = new ArrayList<>();
		for (int k = 0; k < count; k++) {
			int id = (int) (pairs[k] >>> 32);
			int slot = (int) pairs[k];
			if (unique > 0 && sortedIds[unique - 1] == id) {
				duplicates.add(slot);
				continue;
			}
			sortedIds[unique] = id;
			slots[unique] = slot;
			unique++;
		}
		for (int slot : duplicates) {
			duplicate(ids, offsets, slot, problems);
		}
		return new Sorted(sortedIds, slots, unique);
	}

	private static final class Dense extends IdTable {
		private final int[] table;

		Dense(int[] table) {
			this.table = table;
		}

		@Override
		public int slot(int id) {
			return id > 0 && id < table.length ? table[id] - 1 : -1;
		}
	}

	private static final class Sorted extends IdTable {
		private final int[] ids;
		private final int[] slots;
		private final int n;

		Sorted(int[] ids, int[] slots, int n) {
			this.ids = ids;
			this.slots = slots;
			this.n = n;
		}

		@Override
		public int slot(int id) {
			int k = Arrays.binarySearch(ids, 0, n, id);
			return k < 0 ? -1 : slots[k];
		}
	}
}
