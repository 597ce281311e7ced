package org.bidbench.qto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bidbench.ifc.io.AtomicWrite;

/**
 * Pairs of elements a person confirmed between two versions of a model, kept beside the two
 * models' SHA-256 so that every later diff of the same two files reuses them: a text file
 * {@code .bidbench-matches/<old sha256>-<new sha256>.tsv} in the new model's folder, one
 * {@code OLD-GLOBALID <tab> NEW-GLOBALID} per line.
 */
public final class ConfirmedMatches {

	/** The folder beside the new model that holds the files. */
	public static final String FOLDER = ".bidbench-matches";

	private final Path file;
	private final Map<String, String> oldToNew = new LinkedHashMap<>();

	private ConfirmedMatches(Path file) {
		this.file = file;
	}

	/** The confirmed pairs of the two models (none yet when the file does not exist). */
	public static ConfirmedMatches of(Path newModel, String oldSha256, String newSha256) throws IOException {
		Path folder = newModel.toAbsolutePath().getParent().resolve(FOLDER);
		ConfirmedMatches m = new ConfirmedMatches(folder.resolve(oldSha256 + "-" + newSha256 + ".tsv"));
		if (Files.isRegularFile(m.file)) {
			int n = 0;
			for (String line : Files.readAllLines(m.file, StandardCharsets.UTF_8)) {
				n++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t");
				if (parts.length < 2) {
					throw new IOException(m.file + " line " + n + ": expected OLD-GLOBALID<tab>NEW-GLOBALID; fix or delete the line");
				}
				m.oldToNew.put(parts[0].strip(), parts[1].strip());
			}
		}
		return m;
	}

	/** No confirmed pairs, nowhere to save: for diffs of models without files. */
	public static ConfirmedMatches none() {
		return new ConfirmedMatches(null);
	}

	public Path file() {
		return file;
	}

	/** Old GlobalId to new GlobalId. */
	public Map<String, String> pairs() {
		return Map.copyOf(oldToNew);
	}

	/** Adds a pair (replacing any earlier pair of either element). */
	public void confirm(String oldGlobalId, String newGlobalId) {
		oldToNew.values().remove(newGlobalId);
		oldToNew.put(oldGlobalId, newGlobalId);
	}

	/** Writes the file: to a temporary file in the same folder, then renamed. */
	public void save() throws IOException {
		if (file == null) {
			throw new IOException("these matches belong to no model file and cannot be saved");
		}
		Files.createDirectories(file.getParent());
		StringBuilder b = new StringBuilder("# element pairs confirmed by a person: old GlobalId, new GlobalId\n");
		oldToNew.forEach((o, n) -> b.append(o).append('\t').append(n).append('\n'));
		AtomicWrite.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
	}
}
