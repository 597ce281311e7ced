package org.bidbench.ui.bim.internal;

import org.bidbench.ifc.IfcProblem;

/**
 * One line of a model editor's problem list.
 *
 * @param severity Error, Warning or Info
 * @param location file, line and entity
 * @param message what is wrong and what to do
 */
record ModelProblem(String severity, String location, String message) {

	static ModelProblem of(IfcProblem p) {
		StringBuilder where = new StringBuilder(p.file());
		if (p.line() > 0) {
			where.append(':').append(p.line());
		}
		if (p.entityId() > 0) {
			where.append(" #").append(p.entityId());
		}
		return new ModelProblem(p.severity() == IfcProblem.Severity.ERROR ? ViewMessages.severityError : ViewMessages.severityWarning, where.toString(),
				p.message());
	}

	static ModelProblem error(String location, String message) {
		return new ModelProblem(ViewMessages.severityError, location, message);
	}

	static ModelProblem warning(String location, String message) {
		return new ModelProblem(ViewMessages.severityWarning, location, message);
	}

	static ModelProblem info(String location, String message) {
		return new ModelProblem(ViewMessages.severityInfo, location, message);
	}
}
