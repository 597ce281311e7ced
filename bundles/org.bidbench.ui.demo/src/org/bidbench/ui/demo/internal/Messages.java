package org.bidbench.ui.demo.internal;

import org.eclipse.osgi.util.NLS;

/** Every string of the demo views a user sees; {@code messages.properties} and {@code messages_zh.properties}. */
public final class Messages extends NLS {

	public static String noModel;
	public static String addStep;
	public static String addStepTip;
	public static String removeStep;
	public static String moveUp;
	public static String moveDown;
	public static String editStep;
	public static String play;
	public static String presenterMode;
	public static String planTour;
	public static String exportVideo;
	public static String exportHandout;
	public static String columnTitle;
	public static String columnSeconds;
	public static String columnPrices;
	public static String columnCheck;
	public static String missingElements;
	public static String stepName;
	public static String storyboardTitle;
	public static String stepDialogTitle;
	public static String stepTitle;
	public static String stepPoints;
	public static String stepSeconds;
	public static String stepTransition;
	public static String stepQuoteLines;
	public static String transitionFly;
	public static String transitionWalk;
	public static String transitionCut;
	public static String operationEdit;
	public static String chooseStorey;
	public static String chooseStoreyMessage;
	public static String jobTour;
	public static String jobVideo;
	public static String jobHandout;
	public static String jobGeometry;
	public static String jobPrices;
	public static String saveFailed;
	public static String exportFailed;
	public static String exported;
	public static String presenterNext;
	public static String presenterLast;
	public static String presenterStep;
	public static String presenterTime;
	public static String presenterPaused;
	public static String presenterKeys;
	public static String presenterTitle;
	public static String clientTitle;
	public static String chooseMonitor;
	public static String sequenceSource;
	public static String sequenceStorey;
	public static String sequenceIfc;
	public static String sequenceImport;
	public static String sequenceDay;
	public static String sequenceBuilt;
	public static String sequenceNoSchedule;
	public static String builtValue;
	public static String playbackStatus;
	public static String walkCollisionOn;
	public static String handoutLanguageZh;

	static {
		NLS.initializeMessages("org.bidbench.ui.demo.internal.messages", Messages.class);
	}

	private Messages() {
	}
}
