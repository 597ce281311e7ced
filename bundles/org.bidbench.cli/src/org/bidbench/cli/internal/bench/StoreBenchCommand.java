package org.bidbench.cli.internal.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.store.ChangeSet;
import org.bidbench.sales.core.store.FieldChange;
import org.bidbench.sales.core.store.RecordChange;
import org.bidbench.sales.core.store.RecordFields;
import org.bidbench.sales.core.store.RecordKey;
import org.bidbench.sales.core.store.RecordKind;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStores;
import org.bidbench.sales.core.store.SaveResult;
import org.bidbench.sales.core.store.StoreConflictException;
import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * {@code bench store URL [--clients N] [--seconds S] [--opportunities N]}: simulated users working
 * on one team store at once, each with a connection of its own, through the store API record by
 * record: reads (50 %), edits of an opportunity's name or probability (25 %), approvals added to
 * a quote (15 %) and payment collections booked on a contract milestone (10 %). A fifth of the
 * operations go to 20 "hot" opportunities, so that users do meet. A refused save (a conflict) is
 * counted, re-read and retried, as a user choosing their value would.
 *
 * <p>At the end every record written is read again: each field must hold the value of the last
 * save that wrote it (by record version) and every approval added must be there; anything else
 * is a lost update. An empty store is first filled with a demo workspace of
 * {@code --opportunities} (5,000).
 */
final class StoreBenchCommand {

	static final String USAGE = "bench store URL [--clients N] [--seconds S] [--opportunities N]";

	private enum Kind {
		READ, EDIT, APPROVAL, COLLECTION
	}

	/** The value a field got from the save with the highest record version. */
	private record Written(long version, String value) {
	}

	private final Map<String, Written> ledger = new ConcurrentHashMap<>();
	private final Map<String, RecordKey> approvals = new ConcurrentHashMap<>();
	private final AtomicLong conflicts = new AtomicLong();
	private final AtomicLong failures = new AtomicLong();

	int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--clients", "--seconds", "--opportunities"), Set.of());
		if (options.positional().size() > 1) {
			throw new UsageException("unexpected '" + options.positional().get(1) + "': " + USAGE);
		}
		String url = options.positional().isEmpty() ? null : options.positional().get(0);
		int clients = options.positive("--clients", 20);
		int seconds = options.positive("--seconds", 30);
		int opportunities = options.positive("--opportunities", 5000);
		if (url == null || !SalesStores.isUrl(url)) {
			throw new UsageException("give the store's URL (a database made with 'bidbench store init'): " + USAGE);
		}
		try {
			List<RecordKey> keys = prepare(context, url, opportunities);
			return measure(context, url, keys, clients, seconds);
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CommandException("interrupted", e);
		}
	}

	private List<RecordKey> prepare(CommandContext context, String url, int opportunities) throws StoreException, CommandException {
		try (SalesStore store = SalesStores.connect(url, null, context.resolve("."))) {
			List<RecordKey> keys = new ArrayList<>(store.list(RecordKind.OPPORTUNITY).keySet());
			if (keys.isEmpty()) {
				long start = System.nanoTime();
				SalesWorkspace demo = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.now(ZoneOffset.UTC), opportunities);
				try (SalesStore empty = SalesStores.openEmpty(url, context.resolve("."))) {
					SalesStores.copyInto(demo, empty.workspace());
					empty.save();
				}
				context.out().printf(Locale.ROOT, "filled: %d opportunities in %.1f s%n", opportunities, (System.nanoTime() - start) / 1e9);
				keys = new ArrayList<>(store.list(RecordKind.OPPORTUNITY).keySet());
			} else if (keys.size() < opportunities) {
				throw new CommandException(url + " holds " + keys.size() + " opportunities, fewer than --opportunities " + opportunities
						+ "; give an empty store (the bench fills it) or a smaller --opportunities");
			}
			return keys.subList(0, opportunities);
		}
	}

	private int measure(CommandContext context, String url, List<RecordKey> keys, int clients, int seconds)
			throws StoreException, InterruptedException, CommandException {
		List<SalesStore> stores = new ArrayList<>();
		try {
			for (int i = 0; i < clients; i++) {
				stores.add(SalesStores.connect(url, null, context.resolve(".")));
			}
			long[][] latencies = new long[clients][];
			int[][] counts = new int[clients][];
			List<Thread> threads = new ArrayList<>();
			long deadline = System.nanoTime() + seconds * 1_000_000_000L;
			context.err().println("running " + clients + " clients for " + seconds + " s on " + keys.size() + " opportunities");
			for (int c = 0; c < clients; c++) {
				int client = c;
				Thread thread = new Thread(() -> {
					List<Long> mine = new ArrayList<>();
					int[] byKind = new int[Kind.values().length];
					Random random = new Random(1000 + client);
					int n = 0;
					while (System.nanoTime() < deadline) {
						Kind kind = pick(random);
						RecordKey key = random.nextInt(5) == 0
								? keys.get(random.nextInt(Math.min(20, keys.size())))
								: keys.get(random.nextInt(keys.size()));
						long start = System.nanoTime();
						try {
							operate(stores.get(client), kind, key, client + "-" + n++, random);
						} catch (StoreException | RuntimeException e) {
							failures.incrementAndGet();
							context.err().println("client " + client + ": " + e.getMessage());
						}
						mine.add(System.nanoTime() - start);
						byKind[kind.ordinal()]++;
					}
					latencies[client] = mine.stream().mapToLong(Long::longValue).toArray();
					counts[client] = byKind;
				}, "bench client " + c);
				threads.add(thread);
				thread.start();
			}
			for (Thread thread : threads) {
				thread.join();
			}
			long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
			int[] byKind = new int[Kind.values().length];
			for (int[] perClient : counts) {
				for (int k = 0; k < byKind.length; k++) {
					byKind[k] += perClient[k];
				}
			}
			long lost = verify(stores.get(0));
			var out = context.out();
			out.println("clients: " + clients);
			out.println("seconds: " + seconds);
			out.println("opportunities: " + keys.size());
			out.println("operations: " + all.length);
			out.printf(Locale.ROOT, "operations per second: %.1f%n", all.length / (double) seconds);
			out.println("reads: " + byKind[Kind.READ.ordinal()]);
			out.println("edits: " + byKind[Kind.EDIT.ordinal()]);
			out.println("approvals: " + byKind[Kind.APPROVAL.ordinal()]);
			out.println("collections: " + byKind[Kind.COLLECTION.ordinal()]);
			out.printf(Locale.ROOT, "p50 latency: %.2f ms%n", percentile(all, 50) / 1e6);
			out.printf(Locale.ROOT, "p95 latency: %.2f ms%n", percentile(all, 95) / 1e6);
			out.println("conflicts detected: " + conflicts.get());
			out.println("failed operations: " + failures.get());
			out.println("fields verified: " + ledger.size() + ", approvals verified: " + approvals.size());
			out.println("lost updates: " + lost);
			return lost == 0 && failures.get() == 0 ? 0 : 1;
		} finally {
			for (SalesStore store : stores) {
				store.close();
			}
		}
	}

	private static Kind pick(Random random) {
		int roll = random.nextInt(100);
		return roll < 50 ? Kind.READ : roll < 75 ? Kind.EDIT : roll < 90 ? Kind.APPROVAL : Kind.COLLECTION;
	}

	/** One user operation; a conflict is counted, and the save retried on a fresh read. */
	private void operate(SalesStore store, Kind kind, RecordKey key, String tag, Random random) throws StoreException {
		if (kind == Kind.READ) {
			store.read(key);
			return;
		}
		for (int attempt = 0; attempt < 20; attempt++) {
			SalesStore.StoredRecord record = store.read(key);
			Map<String, String> fields = record.fields();
			List<FieldChange> changes = new ArrayList<>();
			String approvalComment = null;
			switch (kind) {
				case EDIT -> {
					if (random.nextBoolean()) {
						changes.add(change(fields, "name", "Opportunity edited " + tag));
					} else {
						changes.add(change(fields, "probability", Integer.toString(random.nextInt(100))));
					}
				}
				case APPROVAL -> {
					String quote = last(fields, "quotes");
					if (quote == null) {
						changes.add(change(fields, "risks", "needs a quote " + tag));
						break;
					}
					String list = "quotes[" + quote + "]/approvals";
					List<String> names = fields.containsKey(list) ? new ArrayList<>(RecordFields.splitList(fields.get(list))) : new ArrayList<>();
					String name = "#" + names.size();
					if (names.contains(name)) {
						name = "#" + (names.size() + 1000);
					}
					names.add(name);
					String prefix = list + "[" + name + "]/";
					approvalComment = "approved in bench " + tag;
					changes.add(change(fields, list, RecordFields.joinList(names)));
					changes.add(new FieldChange(prefix + RecordFields.CLASS, null, "Approval"));
					changes.add(new FieldChange(prefix + "role", null, "finance"));
					changes.add(new FieldChange(prefix + "verdict", null, "approved"));
					changes.add(new FieldChange(prefix + "at", null, EcoreUtil.convertToString(SalesPackage.Literals.INSTANT, Instant.now())));
					changes.add(new FieldChange(prefix + "comment", null, approvalComment));
				}
				case COLLECTION -> {
					String milestones = fields.get("contract/milestones");
					if (milestones == null) {
						changes.add(change(fields, "lostReason", "no contract yet " + tag));
						break;
					}
					List<String> names = RecordFields.splitList(milestones);
					String prefix = "contract/milestones[" + names.get(random.nextInt(names.size())) + "]/";
					changes.add(change(fields, prefix + "collectedOn",
							EcoreUtil.convertToString(SalesPackage.Literals.LOCAL_DATE, LocalDate.now(ZoneOffset.UTC).minusDays(random.nextInt(30)))));
					changes.add(change(fields, prefix + "collectedAmount", EcoreUtil.convertToString(SalesPackage.Literals.MONEY,
							Money.of(BigDecimal.valueOf(10_000 + random.nextInt(1_000_000), 2), "CNY"))));
				}
				default -> throw new IllegalStateException(kind.name());
			}
			try {
				SaveResult result = store.save(new ChangeSet(List.of(new RecordChange(key, record.version(), false, changes))));
				long version = result.versions().get(key);
				for (FieldChange change : changes) {
					if (change.path().contains("/approvals[")) {
						// Named by position: a save that met another's approval moved this one after it.
						// Approvals are verified by their comment below.
						continue;
					}
					ledger.merge(key + " " + change.path(), new Written(version, change.value()),
							(a, b) -> a.version() >= b.version() ? a : b);
				}
				if (approvalComment != null) {
					approvals.put(approvalComment, key);
				}
				return;
			} catch (StoreConflictException e) {
				conflicts.incrementAndGet();
			}
		}
		throw new IllegalStateException("gave up on " + key + " after 20 conflicts");
	}

	private static FieldChange change(Map<String, String> fields, String path, String value) {
		return new FieldChange(path, fields.get(path), value);
	}

	private static String last(Map<String, String> fields, String list) {
		String names = fields.get(list);
		if (names == null) {
			return null;
		}
		List<String> items = RecordFields.splitList(names);
		return items.get(items.size() - 1);
	}

	/** Re-reads every record written: each field must hold its last write, each approval must be there. */
	private long verify(SalesStore store) throws StoreException {
		Map<RecordKey, Map<String, String>> records = new HashMap<>();
		long lost = 0;
		for (Map.Entry<String, Written> entry : ledger.entrySet()) {
			int space = entry.getKey().indexOf(' ');
			RecordKey key = RecordKey.parse(entry.getKey().substring(0, space));
			String path = entry.getKey().substring(space + 1);
			Map<String, String> fields = records.computeIfAbsent(key, k -> read(store, k));
			if (path.endsWith("/approvals")) {
				continue; // approvals are checked one by one below: their list grew after this write
			}
			if (!entry.getValue().value().equals(fields.get(path))) {
				lost++;
			}
		}
		for (Map.Entry<String, RecordKey> approval : approvals.entrySet()) {
			Map<String, String> fields = records.computeIfAbsent(approval.getValue(), k -> read(store, k));
			if (!fields.containsValue(approval.getKey())) {
				lost++;
			}
		}
		return lost;
	}

	private static Map<String, String> read(SalesStore store, RecordKey key) {
		try {
			return store.read(key).fields();
		} catch (StoreException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	private static long percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
	}

}
