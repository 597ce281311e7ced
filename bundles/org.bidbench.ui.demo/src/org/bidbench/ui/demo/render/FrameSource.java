package org.bidbench.ui.demo.render;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A presentation as moving pictures: a frame at any moment of model time, and the still pages of
 * its handout. Video export asks for frames at 1/fps steps; the handout asks for its pages.
 */
public interface FrameSource {

	/** Seconds of model time. */
	double duration();

	/**
	 * The picture at {@code seconds}, overlays drawn, at the source's size. Sources draw into two
	 * images in turn: a frame stays as it is until the second call after it; copy it to keep it. The
	 * same image handed out twice in a row is the same picture (the camera at rest).
	 */
	BufferedImage frame(double seconds);

	/** One page per step (or per task of a construction sequence). */
	List<HandoutPage> pages();
}
