package org.bidbench.ifc.tests;

/** The hand-made house of {@link UnitsAndPlacementTest} as a whole file, for the fuzz test. */
final class UnitsAndPlacementSource {

	private UnitsAndPlacementSource() {
	}

	static String model() {
		return TestFiles.file("IFC4", UnitsAndPlacementTest.house(UnitsAndPlacementTest.METRE, 1.0));
	}
}
