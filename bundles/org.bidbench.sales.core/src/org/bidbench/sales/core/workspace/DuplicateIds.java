package org.bidbench.sales.core.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.model.Identified;
import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Finds records of one kind that share an id (two opportunity files copied from one, say). Both
 * are kept and counted; the problem names both files so that the user can give one a new id,
 * where a silent choice would drop one from every total.
 */
final class DuplicateIds {

	private DuplicateIds() {
	}

	static List<LoadProblem> find(SalesWorkspace workspace) {
		List<LoadProblem> problems = new ArrayList<>();
		check("employee", workspace.getEmployees(), problems);
		check("customer", workspace.getCustomers(), problems);
		check("lead", workspace.getLeads(), problems);
		check("opportunity", workspace.getOpportunities(), problems);
		check("price catalog", workspace.getPriceCatalogs(), problems);
		return problems;
	}

	private static void check(String kind, List<? extends Identified> records, List<LoadProblem> problems) {
		Map<String, Identified> seen = new HashMap<>();
		for (Identified record : records) {
			if (record.eIsProxy() || record.getId() == null) {
				continue;
			}
			Identified first = seen.putIfAbsent(record.getId(), record);
			if (first != null) {
				Path file = fileOf(record);
				problems.add(new LoadProblem(file, 0, 0, "The " + kind + " id '" + record.getId() + "' is used twice: in "
						+ describe(first) + " and in " + describe(record) + ". Both are loaded and counted; give one of"
						+ " them a new id so that links, approvals and reports cannot mix them up."));
			}
		}
	}

	private static Path fileOf(Identified record) {
		Resource resource = record.eResource();
		return resource == null || !resource.getURI().isFile() ? null : Path.of(resource.getURI().toFileString());
	}

	private static String describe(Identified record) {
		Path file = fileOf(record);
		return file == null ? "the workspace" : file.getFileName().toString();
	}
}
