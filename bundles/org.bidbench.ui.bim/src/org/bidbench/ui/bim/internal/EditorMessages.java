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
	public static String toolFitAll;
	public static String toolFitAllTip;
	public static String toolFitSelection;
	public static String toolFitSelectionTip;
	public static String toolView;
	public static String toolViewTip;
	public static String toolOrthographic;
	public static String toolHide;
	public static String toolHideTip;
	public static String toolIsolate;
	public static String toolIsolateTip;
	public static String toolShowAll;
	public static String toolShowAllTip;
	public static String toolXray;
	public static String toolXrayTip;
	public static String toolColourBy;
	public static String toolStoreys;
	public static String toolStoreysTip;
	public static String toolAllStoreys;
	public static String toolSection;
	public static String toolSectionTip;
	public static String toolMoveOut;
	public static String toolMoveIn;
	public static String toolRemoveSections;
	public static String toolSpaces;
	public static String toolSpacesTip;
	public static String toolWalk;
	public static String toolWalkTip;
	public static String toolWalkSettingsTip;
	public static String toolMeasure;
	public static String toolMeasureTip;
	public static String toolViewpoints;
	public static String toolViewpointsTip;
	public static String toolSaveView;
	public static String toolExportBcf;
	public static String toolImportBcf;
	public static String dialogExportBcf;
	public static String dialogImportBcf;

	static {
		NLS.initializeMessages(BUNDLE_NAME, EditorMessages.class);
	}

	private EditorMessages() {
	}
}
