package org.bidbench.ui.bim.internal;

/**
 * The ids of the model editor's commands and their parameters, as {@code plugin.xml} declares
 * them: the handlers, the dynamic menus and the tests name them from here.
 */
final class BimCommands {

	private static final String P = "org.bidbench.ui.bim.commands.";

	/** The key binding context active while a model editor is the active part. */
	static final String CONTEXT = "org.bidbench.ui.bim.contexts.modelEditor";

	static final String FIT_ALL = P + "fitAll";
	static final String FIT_SELECTION = P + "fitSelection";
	static final String STANDARD_VIEW = P + "standardView";
	static final String VIEW = STANDARD_VIEW + ".view";
	static final String ORTHOGRAPHIC = P + "orthographic";
	static final String HIDE = P + "hide";
	static final String ISOLATE = P + "isolate";
	static final String SHOW_ALL = P + "showAll";
	static final String XRAY = P + "xray";
	static final String COLOUR_BY = P + "colourBy";
	static final String MODE = COLOUR_BY + ".mode";
	static final String SHOW_STOREY = P + "showStorey";
	/** The storey's entity id (the #number of the IFC file); absent: all storeys. */
	static final String STOREY = SHOW_STOREY + ".storey";
	static final String SPACES = P + "spaces";
	static final String SECTION = P + "section";
	static final String KIND = SECTION + ".kind";
	static final String MOVE_SECTION = P + "moveSection";
	/** "out" (as PageUp) or "in" (as PageDown). */
	static final String DIRECTION = MOVE_SECTION + ".direction";
	static final String REMOVE_SECTIONS = P + "removeSections";
	static final String WALK = P + "walk";
	static final String EYE_HEIGHT = P + "eyeHeight";
	static final String HEIGHT = EYE_HEIGHT + ".metres";
	static final String WALK_STEP = P + "walkStep";
	static final String STEP = WALK_STEP + ".metres";
	static final String MEASURE = P + "measure";
	static final String SAVE_VIEWPOINT = P + "saveViewpoint";
	static final String RESTORE_VIEWPOINT = P + "restoreViewpoint";
	static final String RENAME_VIEWPOINT = P + "renameViewpoint";
	static final String DELETE_VIEWPOINT = P + "deleteViewpoint";
	/** The viewpoint's place in the model's list, from 0. */
	static final String INDEX = P + "viewpoint.index";
	static final String EXPORT_BCF = P + "exportBcf";
	static final String IMPORT_BCF = P + "importBcf";
	static final String RUN_TAKEOFF = P + "runTakeoff";

	private BimCommands() {
	}
}
