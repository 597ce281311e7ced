package org.bidbench.ui.demo.render;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

import org.bidbench.viewer.Camera;
import org.bidbench.viewer.OffscreenRenderer;
import org.bidbench.viewer.RgbImage;

/** Captions and price callouts drawn over a rendered frame (video and handout pictures). */
public final class Overlay {

	private Overlay() {
	}

	public static BufferedImage image(RgbImage rgb) {
		BufferedImage img = new BufferedImage(rgb.width(), rgb.height(), BufferedImage.TYPE_INT_RGB);
		img.setRGB(0, 0, rgb.width(), rgb.height(), rgb.pixels(), 0, rgb.width());
		return img;
	}

	/**
	 * A frame drawn straight into a new image's own pixel array (no copy through {@link RgbImage}
	 * and {@code setRGB}, which cost as much as a third of a frame at 1280x720).
	 */
	public static BufferedImage render(OffscreenRenderer renderer, Camera camera) {
		BufferedImage img = new BufferedImage(renderer.width(), renderer.height(), BufferedImage.TYPE_INT_RGB);
		renderer.render(camera, ((DataBufferInt) img.getRaster().getDataBuffer()).getData());
		return img;
	}

	/**
	 * A frame drawn into an image of the renderer's size that the caller owns and reuses ({@code
	 * TYPE_INT_RGB}): a video's frames are copied out before the next one is drawn, and a new 3.6 MB
	 * image per 1280x720 frame cost about 6 ms of allocating and clearing (and collecting) each.
	 */
	public static BufferedImage render(OffscreenRenderer renderer, Camera camera, BufferedImage into) {
		renderer.render(camera, ((DataBufferInt) into.getRaster().getDataBuffer()).getData());
		return into;
	}

	/** An image to draw frames of this renderer into again and again. */
	public static BufferedImage frameImage(OffscreenRenderer renderer) {
		return new BufferedImage(renderer.width(), renderer.height(), BufferedImage.TYPE_INT_RGB);
	}

	/** A copy to keep (a handout page) of a frame whose image will be drawn over. */
	public static BufferedImage copy(BufferedImage img) {
		BufferedImage c = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
		img.copyData(c.getRaster());
		return c;
	}

	/** A band at the bottom with the title, and a box at the top right with the price callouts. */
	public static void caption(BufferedImage img, String title, List<String> callouts) {
		Graphics2D g = img.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			int h = img.getHeight(), w = img.getWidth();
			int size = Math.max(12, h / 24);
			if (title != null && !title.isBlank()) {
				g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.6f));
				g.setColor(Color.BLACK);
				g.fillRect(0, h - size * 2, w, size * 2);
				g.setComposite(AlphaComposite.SrcOver);
				g.setColor(Color.WHITE);
				g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
				g.drawString(title, size, h - size / 2 - size / 4);
			}
			if (!callouts.isEmpty()) {
				Font f = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(11, size * 3 / 4));
				g.setFont(f);
				FontMetrics m = g.getFontMetrics();
				int boxW = 0;
				for (String c : callouts) {
					boxW = Math.max(boxW, m.stringWidth(c));
				}
				int pad = m.getHeight() / 2;
				int boxH = callouts.size() * m.getHeight() + pad * 2;
				int x = w - boxW - pad * 3, y = pad * 2;
				g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.85f));
				g.setColor(new Color(255, 250, 235));
				g.fillRoundRect(x, y, boxW + pad * 2, boxH, pad, pad);
				g.setComposite(AlphaComposite.SrcOver);
				g.setColor(new Color(230, 120, 20));
				g.drawRoundRect(x, y, boxW + pad * 2, boxH, pad, pad);
				g.setColor(new Color(40, 40, 40));
				int line = y + pad + m.getAscent();
				for (String c : callouts) {
					g.drawString(c, x + pad, line);
					line += m.getHeight();
				}
			}
		} finally {
			g.dispose();
		}
	}
}
