package org.bidbench.qto.tests.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.RulePackReader;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;

/**
 * Times take-offs with authored quantities, plain Java (no OSGi, no JMH): open, the first
 * take-off with the general pack (reads every element's facts), a re-run with the GB pack and one
 * more with the general pack on the same session (the cached path the UI takes when a pack is
 * edited), and the heap in use afterwards. See docs/benchmarks.md for the command.
 *
 * <p>Usage: {@code TakeoffBench <packs folder> <file or folder>...}
 */
public final class TakeoffBench {

	private TakeoffBench() {
	}

	public static void main(String[] args) throws Exception {
		Path packs = Path.of(args[0]);
		RulePack general = RulePackReader.read(packs.resolve("general-building.qto.yaml"));
		RulePack gb = RulePackReader.read(packs.resolve("gb50500-building.qto.yaml"));
		List<Path> files = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			Path p = Path.of(args[i]);
			if (Files.isDirectory(p)) {
				try (var s = Files.list(p)) {
					s.filter(f -> f.toString().endsWith(".ifc")).sorted().forEach(files::add);
				}
			} else {
				files.add(p);
			}
		}
		System.out.println("| file | MB | open s | first take-off s | re-run GB pack s | re-run general s | lines | contributions | flags | heap MB |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (Path f : files) {
			run(f, general, gb);
		}
	}

	private static void run(Path file, RulePack general, RulePack gb) throws IOException {
		System.gc();
		long t0 = System.nanoTime();
		IfcModel model = IfcModel.open(file);
		long t1 = System.nanoTime();
		TakeoffSession session = new TakeoffSession(model, ComputedQuantitySource.NONE);
		TakeoffResult first = session.run(general);
		long t2 = System.nanoTime();
		session.run(gb);
		long t3 = System.nanoTime();
		TakeoffResult again = session.run(general);
		long t4 = System.nanoTime();
		System.gc();
		Runtime rt = Runtime.getRuntime();
		long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
		int contributions = again.lines().stream().mapToInt(l -> l.contributions().size()).sum();
		System.out.println(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.2f | %.3f | %.3f | %d | %d | %d | %d |",
				file.getFileName(), Files.size(file) / 1e6, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
				(t4 - t3) / 1e9, first.lines().size(), contributions, first.flags().size(), heap));
	}
}
