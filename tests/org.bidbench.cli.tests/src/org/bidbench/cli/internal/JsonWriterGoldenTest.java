package org.bidbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The commands' {@code --json} output, now written with Gson, keeps the structure the hand-written
 * {@code JsonWriter} gave: the files under {@code golden/} were written by that writer (commit
 * bb56aba) from the same real sample model and demo workspace. With the environment variable
 * {@code BIDBENCH_GOLDEN_OUT} set the test writes today's output into that folder instead.
 */
class JsonWriterGoldenTest {

	private static final String DATE = "2026-11-26";

	@Test
	void infoOfTheHollowCoreFloorHasTheStructureOfTheHandWrittenWriter() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-json");
		CommandRun.demoModel("ROOT-kanaalplaatvloer.ifc", folder);
		CommandRun run = CommandRun.of(folder, "info", "ROOT-kanaalplaatvloer.ifc", "--json");
		assertEquals(0, run.exitCode, run.toString());
		checkAgainstGolden("info-ROOT-kanaalplaatvloer.json", run.out);
	}

	@Test
	void kpiAndForecastOfTheDemoWorkspaceHaveTheStructureOfTheHandWrittenWriter(@TempDir Path dir) throws Exception {
		DemoWorkspaceFactory.write(dir.resolve("sales"), DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.parse(DATE));
		CommandRun kpi = CommandRun.of(dir, "kpi", "--workspace", "sales", "--period", "2026Q3", "--by", "team", "--date",
				DATE, "--json");
		assertEquals(0, kpi.exitCode, kpi::toString);
		checkAgainstGolden("kpi-demo.json", kpi.out);
		CommandRun forecast = CommandRun.of(dir, "forecast", "--workspace", "sales", "--date", DATE, "--json");
		assertEquals(0, forecast.exitCode, forecast::toString);
		checkAgainstGolden("forecast-demo.json", forecast.out);
	}

	private static void checkAgainstGolden(String name, String json) throws Exception {
		String out = System.getenv("BIDBENCH_GOLDEN_OUT");
		if (out != null) {
			Files.writeString(Path.of(out, name), json, StandardCharsets.UTF_8);
			return;
		}
		try (InputStream in = JsonWriterGoldenTest.class.getResourceAsStream("/golden/" + name)) {
			assertNotNull(in, "golden/" + name + " in the test bundle");
			JsonElement golden = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			assertEquals(golden, JsonParser.parseString(json), name);
		}
	}
}
