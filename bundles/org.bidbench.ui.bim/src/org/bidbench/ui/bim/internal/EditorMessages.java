package org.bidbench.ui.bim.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The strings of the model editor's newer parts (legend, counts, measurement label, walk start,
 * help), in editor.properties and editor_zh.properties; kept apart from {@link Messages} so the
 * take-off view's strings and these are edited without touching each other.
 */
public final class EditorMessages extends NLS {

	private static final String BUNDLE_NAME = "org.bidbench.ui.bim.internal.editor";

	public static String legendTitle;
	public static String legendClose;
	public static String colourMaterialColours;
	public static String colourClass;
	public static String colourStorey;
	public static String colourMaterial;
	public static String statusLoaded;
	public static String statusStorey;
	public static String statusWalkRoom;
	public static String distanceLabel;
	public static String helpGuideTitle;
	public static String helpShortcutsTitle;
	public static String helpGuide;
	public static String helpKeys;
	public static String helpAction;
	public static String keyOrbit;
	public static String keyPan;
	public static String keyZoom;
	public static String keySelect;
	public static String keyToggle;
	public static String keyBox;
	public static String keyFrame;
	public static String keyFit;
	public static String keyWalkMove;
	public static String keyWalkUpDown;
	public static String keyWalkRun;
	public static String keyEsc;
	public static String keySection;
	public static String keySectionFast;
	public static String keyOpen;
	public static String keyPresenterNext;
	public static String keyPresenterPause;
	public static String keysDrag;
	public static String keysPanMouse;
	public static String keysWheel;
	public static String keysClick;
	public static String keysCtrlClick;
	public static String keysCtrlDrag;
	public static String keysDoubleClick;
	public static String keysWalk;
	public static String keysSection;
	public static String keysSectionFast;
	public static String keysPresenter;
	public static String keysSpace;

	// The toolbar, its menus and the BCF dialogs.
	public static String toolAllStoreys;
	public static String statusAllStoreys;
	public static String statusWalk;
	public static String walkEyeHeight;
	public static String walkEyeHeightSeated;
	public static String walkStep;
	public static String sectionHorizontal;
	public static String sectionAcrossX;
	public static String sectionAcrossY;
	public static String sectionBox;
	public static String statusNothingToCut;
	public static String statusSection;
	public static String statusColouredBy;
	public static String statusDistance;
	public static String statusViewpointsUnreadable;
	public static String statusViewpointsKeptAside;
	public static String statusViewpointRenamed;
	public static String statusViewpointDeleted;
	public static String statusBcfExported;
	public static String statusBcfImported;
	public static String viewpointSaveTitle;
	public static String viewpointName;
	public static String viewpointDefaultName;
	public static String viewpointNeedsName;
	public static String viewpointRenameTitle;
	public static String viewpointRenameMessage;
	public static String viewpointDeleteTitle;
	public static String viewpointDeleteMessage;
	public static String viewpointSaveFailed;
	public static String viewpointRenameMenu;
	public static String viewpointDeleteMenu;
	public static String bcfWriteFailed;
	public static String bcfReadFailed;
	public static String storeyItem;
	public static String editorNotIfc;
	public static String problemSeverity;
	public static String problemWhere;
	public static String problem;
	public static String dialogExportBcf;
	public static String dialogImportBcf;

	static {
		NLS.initializeMessages(BUNDLE_NAME, EditorMessages.class);
	}

	private EditorMessages() {
	}
}
