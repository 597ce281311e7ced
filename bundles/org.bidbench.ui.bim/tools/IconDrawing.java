import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the BIM workbench's command icons (ours, not taken from an icon set): each glyph is drawn
 * once on a 32-unit grid and rendered at 16 px ({@code name.png}) and 32 px ({@code name@2x.png},
 * which Eclipse picks on high-density screens). Regenerate with
 * {@code java tools/IconDrawing.java icons/commands} from the bundle's folder.
 */
public final class IconDrawing {

	private static final Color INK = new Color(0x34, 0x49, 0x5e);
	private static final Color BLUE = new Color(0x2e, 0x86, 0xde);
	private static final Color ORANGE = new Color(0xe6, 0x7e, 0x22);
	private static final Color GREEN = new Color(0x27, 0xae, 0x60);
	private static final Color RED = new Color(0xc0, 0x39, 0x2b);
	private static final Color PALE = new Color(0xd6, 0xea, 0xf8);

	private static Graphics2D g;

	public static void main(String[] args) throws IOException {
		File out = new File(args.length > 0 ? args[0] : "icons/commands");
		out.mkdirs();
		Map<String, Consumer<Void>> icons = new LinkedHashMap<>();
		icons.put("open-model", v -> { folder(); cube(14, 12, 12, BLUE); });
		icons.put("fit-all", v -> { corners(3, 3, 26, 26); cube(9, 9, 14, BLUE); });
		icons.put("fit-selection", v -> { corners(3, 3, 26, 26); fill(ORANGE, new Rectangle2D.Double(11, 11, 10, 10)); });
		icons.put("views", v -> cube(5, 5, 22, BLUE));
		icons.put("orthographic", v -> { stroke(INK, 2); rect(5, 9, 16, 16); rect(11, 5, 16, 16); line(5, 9, 11, 5); line(21, 9, 27, 5); line(21, 25, 27, 21); });
		icons.put("hide", v -> { eye(); stroke(RED, 3); line(5, 27, 27, 5); });
		icons.put("isolate", v -> { stroke(new Color(0xaa, 0xb7, 0xb8), 1.5f); rect(3, 3, 8, 8); rect(21, 3, 8, 8); rect(3, 21, 8, 8); rect(21, 21, 8, 8); cube(10, 10, 12, ORANGE); });
		icons.put("show-all", v -> eye());
		icons.put("xray", v -> { g.setStroke(new BasicStroke(2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] { 3, 3 }, 0));
			g.setColor(INK); rect(4, 8, 18, 18); line(4, 8, 10, 3); line(22, 8, 28, 3); line(10, 3, 28, 3); line(28, 3, 28, 21); line(28, 21, 22, 26);
			fill(ORANGE, new Rectangle2D.Double(10, 12, 8, 10)); });
		icons.put("colour-by", v -> { fill(RED, new Rectangle2D.Double(3, 3, 12, 12)); fill(GREEN, new Rectangle2D.Double(17, 3, 12, 12));
			fill(BLUE, new Rectangle2D.Double(3, 17, 12, 12)); fill(ORANGE, new Rectangle2D.Double(17, 17, 12, 12)); });
		icons.put("storeys", v -> { for (int i = 0; i < 3; i++) { slab(4, 5 + i * 9, i == 1 ? ORANGE : BLUE); } });
		icons.put("section", v -> { cube(4, 8, 18, BLUE); fill(new Color(0xe6, 0x7e, 0x22, 170), poly(2, 20, 22, 20, 30, 13, 10, 13)); stroke(ORANGE, 2); g.draw(poly(2, 20, 22, 20, 30, 13, 10, 13)); });
		icons.put("section-move", v -> { slab(4, 14, ORANGE); stroke(INK, 2.5f); arrow(16, 12, 16, 2); arrow(16, 22, 16, 30); });
		icons.put("section-remove", v -> { slab(4, 12, ORANGE); stroke(RED, 3); line(6, 6, 26, 26); line(26, 6, 6, 26); });
		icons.put("spaces", v -> { fill(new Color(0x2e, 0x86, 0xde, 90), new Rectangle2D.Double(4, 8, 24, 18)); stroke(BLUE, 2); rect(4, 8, 24, 18); stroke(INK, 2); line(16, 8, 16, 16); });
		icons.put("walk", v -> { fill(INK, new Ellipse2D.Double(13, 2, 7, 7)); stroke(INK, 3.2f); line(16, 10, 14, 19); line(14, 19, 9, 29); line(14, 19, 20, 23); line(20, 23, 20, 30); line(16, 12, 9, 16); line(16, 12, 23, 15); });
		icons.put("walk-settings", v -> { fill(INK, new Ellipse2D.Double(5, 2, 7, 7)); stroke(INK, 3); line(8, 10, 8, 29); stroke(BLUE, 2.5f); line(18, 8, 29, 8); line(18, 16, 29, 16); line(18, 24, 29, 24); fill(ORANGE, new Ellipse2D.Double(20, 5, 6, 6)); fill(ORANGE, new Ellipse2D.Double(23, 21, 6, 6)); });
		icons.put("measure", v -> { g.rotate(Math.toRadians(-35), 16, 16); fill(new Color(0xf7, 0xdc, 0x6f), new Rectangle2D.Double(1, 11, 30, 10)); stroke(INK, 1.5f); rect(1, 11, 30, 10);
			for (int x = 5; x < 30; x += 4) { line(x, 11, x, x % 8 == 1 ? 17 : 15); } });
		icons.put("viewpoints", v -> camera());
		icons.put("viewpoint-save", v -> { camera(); fill(GREEN, new Ellipse2D.Double(19, 19, 12, 12)); stroke(Color.WHITE, 2); line(25, 21, 25, 29); line(21, 25, 29, 25); });
		icons.put("viewpoint-edit", v -> { camera(); stroke(ORANGE, 3.5f); line(18, 30, 30, 18); });
		icons.put("viewpoint-delete", v -> { camera(); stroke(RED, 3); line(19, 19, 29, 29); line(29, 19, 19, 29); });
		icons.put("bcf-export", v -> { page(); stroke(GREEN, 3); arrow(10, 20, 28, 20); });
		icons.put("bcf-import", v -> { page(); stroke(BLUE, 3); arrow(30, 20, 12, 20); });
		icons.put("run-takeoff", v -> { page(); stroke(INK, 2); line(9, 11, 19, 11); line(9, 16, 19, 16); line(9, 21, 17, 21);
			fill(GREEN, poly(18, 18, 30, 25, 18, 32)); });
		icons.put("element-link", v -> { stroke(BLUE, 3); g.draw(new java.awt.geom.RoundRectangle2D.Double(3, 11, 15, 10, 10, 10)); g.draw(new java.awt.geom.RoundRectangle2D.Double(14, 11, 15, 10, 10, 10)); });
		icons.put("help", v -> { fill(BLUE, new Ellipse2D.Double(3, 3, 26, 26)); g.setColor(Color.WHITE); g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 20)); g.drawString("?", 11, 24); });
		icons.put("keys", v -> { stroke(INK, 2); g.draw(new java.awt.geom.RoundRectangle2D.Double(2, 8, 28, 17, 4, 4));
			for (int x = 6; x < 26; x += 6) { fill(INK, new Rectangle2D.Double(x, 12, 3, 3)); } fill(INK, new Rectangle2D.Double(8, 19, 16, 3)); });
		for (var icon : icons.entrySet()) {
			for (int size : new int[] { 16, 32 }) {
				BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
				g = image.createGraphics();
				g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
				g.scale(size / 32.0, size / 32.0);
				icon.getValue().accept(null);
				g.dispose();
				ImageIO.write(image, "png", new File(out, icon.getKey() + (size == 16 ? "" : "@2x") + ".png"));
			}
		}
		System.out.println(icons.size() + " icons at 16 and 32 px in " + out);
	}

	private static void stroke(Color c, float width) {
		g.setColor(c);
		g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
	}

	private static void fill(Color c, java.awt.Shape s) {
		g.setColor(c);
		g.fill(s);
	}

	private static void line(double x1, double y1, double x2, double y2) {
		g.draw(new Line2D.Double(x1, y1, x2, y2));
	}

	private static void rect(double x, double y, double w, double h) {
		g.draw(new Rectangle2D.Double(x, y, w, h));
	}

	private static Path2D poly(double... xy) {
		Path2D p = new Path2D.Double();
		p.moveTo(xy[0], xy[1]);
		for (int i = 2; i < xy.length; i += 2) {
			p.lineTo(xy[i], xy[i + 1]);
		}
		p.closePath();
		return p;
	}

	/** A box seen from above and the right: a front square, a lighter top and a darker side. */
	private static void cube(double x, double y, double s, Color c) {
		double d = s / 3;
		fill(c.brighter(), poly(x, y + d, x + d, y, x + s + d, y, x + s, y + d));
		fill(c.darker(), poly(x + s, y + d, x + s + d, y, x + s + d, y + s, x + s, y + s + d));
		fill(c, new Rectangle2D.Double(x, y + d, s, s));
		stroke(INK, 1.2f);
		g.draw(poly(x, y + d, x + d, y, x + s + d, y, x + s + d, y + s, x + s, y + s + d, x, y + s + d));
	}

	private static void slab(double x, double y, Color c) {
		fill(c, poly(x, y + 6, x + 6, y, x + 24, y, x + 18, y + 6));
		stroke(INK, 1.2f);
		g.draw(poly(x, y + 6, x + 6, y, x + 24, y, x + 18, y + 6));
	}

	private static void corners(double x, double y, double w, double h) {
		stroke(INK, 2.5f);
		double c = w / 4;
		line(x, y, x + c, y); line(x, y, x, y + c);
		line(x + w, y, x + w - c, y); line(x + w, y, x + w, y + c);
		line(x, y + h, x + c, y + h); line(x, y + h, x, y + h - c);
		line(x + w, y + h, x + w - c, y + h); line(x + w, y + h, x + w, y + h - c);
	}

	private static void eye() {
		Path2D lid = new Path2D.Double();
		lid.moveTo(2, 16);
		lid.quadTo(16, 2, 30, 16);
		lid.quadTo(16, 30, 2, 16);
		fill(Color.WHITE, lid);
		stroke(INK, 2);
		g.draw(lid);
		fill(BLUE, new Ellipse2D.Double(11, 11, 10, 10));
		fill(INK, new Ellipse2D.Double(14, 14, 4, 4));
	}

	private static void folder() {
		fill(new Color(0xf5, 0xcb, 0x5c), poly(2, 8, 11, 8, 13, 11, 26, 11, 26, 28, 2, 28));
		stroke(INK, 1.2f);
		g.draw(poly(2, 8, 11, 8, 13, 11, 26, 11, 26, 28, 2, 28));
	}

	private static void camera() {
		fill(INK, new java.awt.geom.RoundRectangle2D.Double(2, 9, 24, 17, 4, 4));
		fill(INK, new Rectangle2D.Double(9, 6, 9, 4));
		fill(PALE, new Ellipse2D.Double(8, 11, 12, 12));
		fill(BLUE, new Ellipse2D.Double(11, 14, 6, 6));
	}

	private static void page() {
		fill(Color.WHITE, poly(5, 2, 21, 2, 27, 8, 27, 30, 5, 30));
		stroke(INK, 1.5f);
		g.draw(poly(5, 2, 21, 2, 27, 8, 27, 30, 5, 30));
	}

	private static void arrow(double x1, double y1, double x2, double y2) {
		line(x1, y1, x2, y2);
		double a = Math.atan2(y2 - y1, x2 - x1), l = 6;
		line(x2, y2, x2 - l * Math.cos(a - 0.5), y2 - l * Math.sin(a - 0.5));
		line(x2, y2, x2 - l * Math.cos(a + 0.5), y2 - l * Math.sin(a + 0.5));
	}
}
