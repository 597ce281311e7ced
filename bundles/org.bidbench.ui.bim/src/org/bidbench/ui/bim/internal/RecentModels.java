package org.bidbench.ui.bim.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The models opened last, newest first, kept in the instance preferences. */
final class RecentModels {

	private static final String NODE = "org.bidbench.ui.bim";
	private static final String KEY = "recentModels";
	private static final int MAX = 8;

	private RecentModels() {
	}

	static List<Path> list() {
		String stored = InstanceScope.INSTANCE.getNode(NODE).get(KEY, "");
		List<Path> out = new ArrayList<>();
		for (String line : stored.split("\n")) {
			if (!line.isBlank()) {
				out.add(Path.of(line));
			}
		}
		return out;
	}

	static void add(Path file) {
		List<Path> all = list();
		Path normal = file.toAbsolutePath().normalize();
		all.remove(normal);
		all.add(0, normal);
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < Math.min(MAX, all.size()); i++) {
			sb.append(all.get(i)).append('\n');
		}
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		node.put(KEY, sb.toString());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// the list is a convenience: losing it on a read-only configuration area is acceptable
		}
	}
}
