package org.bidbench.cli.internal.bench;

import java.util.List;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;

/**
 * {@code bench store ...}, {@code bench cockpit ...}, {@code bench parse ...} and {@code bench geometry ...}: the benchmarks that need nothing but the core
 * bundles. {@code bench render} times the 3D viewer and is contributed as its own two-word command by
 * the bundle {@code org.bidbench.viewer.bench} of the workbench feature, so the command line needs no
 * SWT or JOGL; the command line hands {@code bench render} to that contribution before this class is
 * asked, so reaching {@code render} here means it is not installed.
 */
public class BenchCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		String benchmark = arguments.isEmpty() ? "" : arguments.get(0);
		List<String> rest = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
		switch (benchmark) {
			case "store" :
				return new StoreBenchCommand().run(context, rest);
			case "cockpit" :
				return new CockpitBench().run(context, rest);
			case "parse" :
				return new ParseBenchCommand().run(context, rest);
			case "geometry" :
				return new GeometryBenchCommand().run(context, rest);
			case "render" :
				throw new CommandException("bench render is not installed here: it comes with the 3D viewer"
						+ " (bundle org.bidbench.viewer.bench of the workbench feature); run it from the full BidBench product");
			default :
				throw new UsageException("the benchmarks are 'store', 'cockpit', 'parse', 'geometry' and, with the workbench installed, 'render': "
						+ StoreBenchCommand.USAGE + " | " + CockpitBench.USAGE + " | " + ParseBenchCommand.USAGE + " | "
						+ GeometryBenchCommand.USAGE);
		}
	}
}
