package org.bidbench.demo.storyboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.bidbench.geometry.Colour;
import org.bidbench.ifc.io.AtomicWrite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes storyboards as XML, the format documented in {@code docs/client-demo.md}:
 *
 * <pre>{@code
 * <storyboard xmlns="urn:bidbench:storyboard:1" title="..." model="AC20-FZK-Haus.ifc">
 *   <step title="..." seconds="6" transition="fly|walk|cut">
 *     <point>a talking point</point>
 *     <camera eye="x y z" target="x y z" fov="45" orthographic="false" view-height="0"/>
 *     <route>x y z, x y z</route>
 *     <hidden>GlobalId GlobalId</hidden>
 *     <selected>...</selected>
 *     <xray focus="GlobalId ..."/>
 *     <colour element="GlobalId" rgba="r g b a"/>
 *     <section point="x y z" normal="x y z"/>
 *     <spaces visible="true"/>
 *     <quote-line key="..."/>
 *   </step>
 * </storyboard>
 * }</pre>
 *
 * Numbers are written so that they read back to the same double (round trip is exact).
 */
public final class StoryboardFile {

	public static final String NAMESPACE = "urn:bidbench:storyboard:1";
	/** The suffix a storyboard beside a model has: {@code AC20-FZK-Haus.ifc.storyboard.xml}. */
	public static final String SUFFIX = ".storyboard.xml";

	private StoryboardFile() {
	}

	/** Where the storyboard of a model is kept: beside it. */
	public static Path besideModel(Path model) {
		return model.resolveSibling(model.getFileName() + SUFFIX);
	}

	/**
	 * Where the storyboard of a model is kept with an opportunity of a sales workspace folder: next
	 * to the opportunity's own file, {@code opportunities/<id>.<model file name>.storyboard.xml}
	 * (the workspace loads only the files its root links to, so this file is never mistaken for a part).
	 */
	public static Path withOpportunity(Path salesFolder, String opportunityId, Path model) {
		return salesFolder.resolve("opportunities").resolve(opportunityId + "." + model.getFileName() + SUFFIX);
	}

	/** Writes to a temporary file in the same folder, then renames it: a failed write loses nothing. */
	public static void write(Storyboard storyboard, Path file) throws IOException {
		AtomicWrite.write(file, out -> write(storyboard, out));
	}

	public static void write(Storyboard storyboard, OutputStream out) throws IOException {
		Document doc;
		try {
			doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
		} catch (ParserConfigurationException e) {
			throw new IOException("no XML writer in this Java runtime: " + e.getMessage(), e);
		}
		Element root = doc.createElementNS(NAMESPACE, "storyboard");
		doc.appendChild(root);
		root.setAttribute("version", "1");
		root.setAttribute("title", storyboard.title());
		root.setAttribute("model", storyboard.model());
		for (StoryStep step : storyboard.steps()) {
			Element s = child(doc, root, "step");
			s.setAttribute("title", step.title());
			s.setAttribute("seconds", number(step.seconds()));
			s.setAttribute("transition", step.transition().name().toLowerCase(Locale.ROOT));
			for (String point : step.talkingPoints()) {
				child(doc, s, "point").setTextContent(point);
			}
			StepView v = step.view();
			Element camera = child(doc, s, "camera");
			camera.setAttribute("eye", triple(v.eye()));
			camera.setAttribute("target", triple(v.target()));
			camera.setAttribute("fov", number(v.fieldOfView()));
			camera.setAttribute("orthographic", Boolean.toString(v.orthographic()));
			camera.setAttribute("view-height", number(v.viewHeight()));
			if (!step.route().isEmpty()) {
				List<String> points = new ArrayList<>();
				for (double[] p : step.route()) {
					points.add(triple(p));
				}
				child(doc, s, "route").setTextContent(String.join(", ", points));
			}
			if (!v.hidden().isEmpty()) {
				child(doc, s, "hidden").setTextContent(String.join(" ", v.hidden()));
			}
			if (!v.selected().isEmpty()) {
				child(doc, s, "selected").setTextContent(String.join(" ", v.selected()));
			}
			if (v.xray()) {
				child(doc, s, "xray").setAttribute("focus", String.join(" ", v.xrayFocus()));
			}
			for (Map.Entry<String, Colour> c : new java.util.TreeMap<>(v.colours()).entrySet()) {
				Element colour = child(doc, s, "colour");
				colour.setAttribute("element", c.getKey());
				Colour k = c.getValue();
				colour.setAttribute("rgba", number(k.red()) + " " + number(k.green()) + " " + number(k.blue()) + " "
						+ number(k.alpha()));
			}
			for (StepView.Plane p : v.sections()) {
				Element section = child(doc, s, "section");
				section.setAttribute("point", triple(new double[]{p.x(), p.y(), p.z()}));
				section.setAttribute("normal", triple(new double[]{p.normalX(), p.normalY(), p.normalZ()}));
			}
			if (v.spacesVisible()) {
				child(doc, s, "spaces").setAttribute("visible", "true");
			}
			for (String key : step.quoteLines()) {
				child(doc, s, "quote-line").setAttribute("key", key);
			}
		}
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			Transformer t = factory.newTransformer();
			t.setOutputProperty(OutputKeys.INDENT, "yes");
			t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
			t.transform(new DOMSource(doc), new StreamResult(out));
		} catch (TransformerException e) {
			throw new IOException("cannot write the storyboard: " + e.getMessage(), e);
		}
	}

	public static Storyboard read(Path file) throws IOException, StoryboardFormatException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
	}

	/**
	 * @param where names the source in messages (a path)
	 */
	public static Storyboard read(InputStream in, String where) throws IOException, StoryboardFormatException {
		Document doc;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			doc = builder.parse(in);
		} catch (SAXParseException e) {
			throw new StoryboardFormatException(where + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
					+ ": not well-formed XML (" + e.getMessage() + "); fix the file or save the storyboard again", e);
		} catch (SAXException | ParserConfigurationException e) {
			throw new StoryboardFormatException(where + ": not a storyboard (" + e.getMessage() + ")", e);
		}
		Element root = doc.getDocumentElement();
		if (!"storyboard".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
			throw new StoryboardFormatException(where + ": the root element is <" + root.getTagName()
					+ ">, not <storyboard xmlns=\"" + NAMESPACE + "\">; is this a storyboard file?");
		}
		String version = root.getAttribute("version");
		if (!version.isEmpty() && !version.equals("1")) {
			throw new StoryboardFormatException(where + ": storyboard format version " + version
					+ " is newer than this BidBench reads (1); update BidBench");
		}
		List<StoryStep> steps = new ArrayList<>();
		for (Element s : children(root, "step")) {
			String title = s.getAttribute("title");
			String at = where + ": step " + (steps.size() + 1) + " ('" + title + "')";
			try {
				steps.add(step(s, title));
			} catch (IllegalArgumentException e) {
				throw new StoryboardFormatException(at + ": " + e.getMessage() + "; fix the file or save it again", e);
			}
		}
		return new Storyboard(root.getAttribute("title"), root.getAttribute("model"), steps);
	}

	private static StoryStep step(Element s, String title) {
		List<String> points = new ArrayList<>();
		for (Element p : children(s, "point")) {
			points.add(p.getTextContent());
		}
		List<Element> cameras = children(s, "camera");
		if (cameras.size() != 1) {
			throw new IllegalArgumentException("needs exactly one <camera>, has " + cameras.size());
		}
		Element c = cameras.get(0);
		double[] eye = triple(c.getAttribute("eye"), "camera eye");
		double[] target = triple(c.getAttribute("target"), "camera target");
		double fov = number(c.getAttribute("fov"), "camera fov", 45);
		boolean ortho = Boolean.parseBoolean(c.getAttribute("orthographic"));
		double viewHeight = number(c.getAttribute("view-height"), "camera view-height", 0);
		List<double[]> route = new ArrayList<>();
		for (Element r : children(s, "route")) {
			for (String p : r.getTextContent().split(",")) {
				if (!p.isBlank()) {
					route.add(triple(p, "route point"));
				}
			}
		}
		List<String> hidden = ids(children(s, "hidden"));
		List<String> selected = ids(children(s, "selected"));
		List<Element> xrays = children(s, "xray");
		boolean xray = !xrays.isEmpty();
		List<String> focus = xray ? words(xrays.get(0).getAttribute("focus")) : List.of();
		Map<String, Colour> colours = new LinkedHashMap<>();
		for (Element k : children(s, "colour")) {
			String[] rgba = k.getAttribute("rgba").trim().split("\\s+");
			if (rgba.length != 4) {
				throw new IllegalArgumentException("colour rgba takes four numbers from 0 to 1, not '"
						+ k.getAttribute("rgba") + "'");
			}
			colours.put(k.getAttribute("element"), new Colour((float) number(rgba[0], "red", 0),
					(float) number(rgba[1], "green", 0), (float) number(rgba[2], "blue", 0),
					(float) number(rgba[3], "alpha", 1)));
		}
		List<StepView.Plane> sections = new ArrayList<>();
		for (Element p : children(s, "section")) {
			double[] point = triple(p.getAttribute("point"), "section point");
			double[] normal = triple(p.getAttribute("normal"), "section normal");
			sections.add(new StepView.Plane(point[0], point[1], point[2], normal[0], normal[1], normal[2]));
		}
		boolean spaces = children(s, "spaces").stream().anyMatch(e -> Boolean.parseBoolean(e.getAttribute("visible")));
		List<String> lines = children(s, "quote-line").stream().map(e -> e.getAttribute("key")).toList();
		String transition = s.getAttribute("transition");
		StoryStep.Transition kind;
		try {
			kind = transition.isEmpty()
					? StoryStep.Transition.FLY
					: StoryStep.Transition.valueOf(transition.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("transition is fly, walk or cut, not '" + transition + "'");
		}
		double seconds = number(s.getAttribute("seconds"), "seconds", 5);
		return new StoryStep(title, points,
				new StepView(eye, target, fov, ortho, viewHeight, hidden, selected, xray, focus, colours, sections, spaces),
				lines, seconds, kind, route);
	}

	private static List<String> ids(List<Element> elements) {
		List<String> out = new ArrayList<>();
		for (Element e : elements) {
			out.addAll(words(e.getTextContent()));
		}
		return out;
	}

	private static List<String> words(String text) {
		return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
	}

	private static Element child(Document doc, Element parent, String name) {
		Element e = doc.createElementNS(NAMESPACE, name);
		parent.appendChild(e);
		return e;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> out = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && name.equals(e.getLocalName())) {
				out.add(e);
			}
		}
		return out;
	}

	/** Shortest text that reads back to the same double. */
	private static String number(double v) {
		return Double.toString(v);
	}

	private static String triple(double[] v) {
		return number(v[0]) + " " + number(v[1]) + " " + number(v[2]);
	}

	private static double[] triple(String text, String what) {
		String[] parts = text.trim().split("\\s+");
		if (parts.length != 3) {
			throw new IllegalArgumentException(what + " takes three numbers, not '" + text + "'");
		}
		return new double[]{number(parts[0], what, 0), number(parts[1], what, 0), number(parts[2], what, 0)};
	}

	private static double number(String text, String what, double absent) {
		if (text == null || text.isBlank()) {
			return absent;
		}
		try {
			double v = Double.parseDouble(text.trim());
			if (!Double.isFinite(v)) {
				throw new NumberFormatException();
			}
			return v;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(what + " is not a number: '" + text + "'");
		}
	}
}
