package org.bidbench.cli.internal.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.bidbench.cli.internal.CommandRun;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * Seeded mutation fuzzers for the inputs beyond IFC files: rule packs, price catalogs and
 * workspace files, run through the command line as a user would. The property for every case:
 * it ends within the budget (a hang detector, generous on purpose, not a speed goal), with exit 0,
 * or exit 1 / 2 and a one-line message without a stack trace, and the user's files are unchanged
 * by a command that only reads them. Fixed seeds and case counts: CI runs the same cases each
 * time, and a failure names the case to replay.
 */
class HostileFuzzTest {

	private static final long BUDGET_SECONDS = 60;
	private static final byte[] PACK_ALPHABET = ":-[]{}\"'#*?,()=<>~ \n\t".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] CSV_ALPHABET = ",\"-.e9 \n#\u00ff".getBytes(StandardCharsets.ISO_8859_1);
	private static final byte[] XML_ALPHABET = "<>/=\"'&;#x ".getBytes(StandardCharsets.US_ASCII);

	@Test
	void mutatedRulePacksEndWithTheirResultOrOneLine() throws Exception {
		Path folder = Files.createTempDirectory("fuzz-pack");
		CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		byte[] seed = bundleEntry("org.bidbench.qto", "packs/general-building.qto.yaml");
		Random random = new Random(20261204L);
		Map<Integer, Integer> exits = new HashMap<>();
		for (int round = 0; round < 60; round++) {
			Files.write(folder.resolve("fuzz.qto.yaml"), mutate(seed, random, PACK_ALPHABET));
			CommandRun run = withinBudget("pack case " + round, () -> CommandRun.of(folder, "takeoff", "AC20-FZK-Haus.ifc", "--rules",
					"fuzz.qto.yaml", "--authored-only"));
			checkOutcome("pack case " + round, run);
			exits.merge(run.exitCode, 1, Integer::sum);
		}
		assertTrue(exits.getOrDefault(1, 0) > 0, "some mutants are refused: " + exits);
	}

	@Test
	void mutatedPriceCatalogsEndWithTheirResultOrOneLine() throws Exception {
		Path folder = Files.createTempDirectory("fuzz-catalog");
		CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		byte[] seed = bundleEntry("org.bidbench.sales.core", "catalogs/general-building.prices.csv");
		Random random = new Random(4_12_2026L);
		for (int round = 0; round < 25; round++) {
			Files.write(folder.resolve("fuzz.csv"), mutate(seed, random, CSV_ALPHABET));
			CommandRun run = withinBudget("catalog case " + round, () -> CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--prices",
					"fuzz.csv", "--out", "q.html"));
			checkOutcome("catalog case " + round, run);
			if (run.exitCode != 0) {
				assertTrue(run.err.contains("fuzz.csv") || run.err.contains("price"), "catalog case " + round + " names the catalog: " + run.err);
			}
		}
	}

	@Test
	void mutatedWorkspaceFilesEndWithTheirResultOrOneLineAndStayAsTheyWere() throws Exception {
		Path folder = Files.createTempDirectory("fuzz-workspace");
		assertEquals(0, CommandRun.of(folder, "demo-workspace", "ws").exitCode);
		Path sales = Files.isDirectory(folder.resolve("ws/sales")) ? folder.resolve("ws/sales") : folder.resolve("ws");
		List<Path> files = new ArrayList<>(List.of(sales.resolve("workspace.xmi"), sales.resolve("process.xmi")));
		try (Stream<Path> opportunities = Files.list(sales.resolve("opportunities"))) {
			opportunities.sorted().limit(2).forEach(files::add);
		}
		Random random = new Random(7L);
		for (int round = 0; round < 24; round++) {
			Path target = files.get(round % files.size());
			byte[] original = Files.readAllBytes(target);
			byte[] mutated = mutate(original, random, XML_ALPHABET);
			Files.write(target, mutated);
			for (String command : List.of("pipeline", "gates")) {
				CommandRun run = withinBudget("workspace case " + round + " " + command,
						() -> CommandRun.of(folder, command, "--workspace", "ws"));
				checkOutcome("workspace case " + round + " (" + target.getFileName() + ") " + command, run);
				assertArrayEquals(mutated, Files.readAllBytes(target), "a read-only command leaves the file as it was");
			}
			Files.write(target, original);
		}
	}

	/**
	 * Exit 0, or exit 1 / 2 with one line saying what went wrong ("bidbench COMMAND: ...", after
	 * progress, warnings and the problems it sums up, at most a screenful), and no stack trace.
	 */
	private static void checkOutcome(String name, CommandRun run) {
		assertTrue(run.exitCode == 0 || run.exitCode == 1 || run.exitCode == 2, name + ": " + run);
		assertFalse(run.err.contains("\tat "), name + " printed a stack trace: " + run);
		assertFalse(run.err.contains("internal error"), name + " is an internal error: " + run);
		if (run.exitCode != 0) {
			List<String> lines = run.err.lines().filter(l -> !l.startsWith("usage:") && !l.startsWith("  ") && !l.isBlank()).toList();
			assertEquals(1, lines.stream().filter(l -> l.startsWith("bidbench ")).count(), name + ": one line says what went wrong: " + run);
			assertTrue(lines.size() <= 15, name + ": at most a screenful: " + run);
		}
	}

	private interface Case {
		CommandRun run() throws Exception;
	}

	private static CommandRun withinBudget(String name, Case c) throws Exception {
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<CommandRun> future = executor.submit(c::run);
			return future.get(BUDGET_SECONDS, TimeUnit.SECONDS);
		} catch (TimeoutException e) {
			throw new AssertionError(name + " did not end within " + BUDGET_SECONDS + " s (a hang)", e);
		} finally {
			executor.shutdownNow();
		}
	}

	/** One to eight edits: a byte replaced, a structural byte inserted, a slice deleted or repeated. */
	static byte[] mutate(byte[] input, Random random, byte[] alphabet) {
		byte[] b = input.clone();
		int edits = 1 + random.nextInt(8);
		for (int e = 0; e < edits && b.length > 2; e++) {
			int at = random.nextInt(b.length);
			switch (random.nextInt(4)) {
				case 0 -> b[at] = alphabet[random.nextInt(alphabet.length)];
				case 1 -> {
					byte[] longer = new byte[b.length + 1];
					System.arraycopy(b, 0, longer, 0, at);
					longer[at] = alphabet[random.nextInt(alphabet.length)];
					System.arraycopy(b, at, longer, at + 1, b.length - at);
					b = longer;
				}
				case 2 -> {
					int length = Math.min(b.length - at, 1 + random.nextInt(40));
					byte[] shorter = new byte[b.length - length];
					System.arraycopy(b, 0, shorter, 0, at);
					System.arraycopy(b, at + length, shorter, at, b.length - at - length);
					b = shorter;
				}
				default -> {
					int length = Math.min(b.length - at, 1 + random.nextInt(40));
					int times = 1 + random.nextInt(50);
					byte[] longer = new byte[b.length + length * times];
					System.arraycopy(b, 0, longer, 0, at + length);
					for (int t = 1; t <= times; t++) {
						System.arraycopy(b, at, longer, at + length * t, length);
					}
					System.arraycopy(b, at + length, longer, at + length * (times + 1), b.length - at - length);
					b = longer;
				}
			}
		}
		return b;
	}

	private static byte[] bundleEntry(String bundleName, String entry) throws IOException {
		for (var bundle : FrameworkUtil.getBundle(HostileFuzzTest.class).getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(bundleName) && bundle.getEntry(entry) != null) {
				try (InputStream in = bundle.getEntry(entry).openStream()) {
					return in.readAllBytes();
				}
			}
		}
		throw new AssertionError(bundleName + " carries no " + entry);
	}
}
