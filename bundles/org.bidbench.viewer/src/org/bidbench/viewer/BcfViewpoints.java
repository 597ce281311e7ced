package org.bidbench.viewer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
import org.bidbench.ifc.UnpackLimit;
import org.bidbench.ifc.io.AtomicWrite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Saved viewpoints as a BCF 2.1 file ({@code .bcf} zip): one topic per viewpoint, each with
 * {@code markup.bcf} and {@code viewpoint.bcfv} (camera, selection, visibility and colouring by
 * IfcGuid, clipping planes), so Solibri, BIMcollab, Revit and the like can open them.
 *
 * <p>What BCF cannot say (the orbit distance, X-ray) travels in a {@code bidbench-viewpoint.properties}
 * beside the two files of the topic; other tools ignore it, and a BCF without it is read with X-ray
 * off and the orbit target {@value #DEFAULT_ORBIT_DISTANCE} m ahead of the eye.
 */
public final class BcfViewpoints {

	static final double DEFAULT_ORBIT_DISTANCE = 10.0;
	private static final String EXTRA = "bidbench-viewpoint.properties";

	private BcfViewpoints() {
	}

	/** Writes the viewpoints as a BCF 2.1 zip, through a temporary file so a failed write leaves the old file. */
	public static void write(List<Viewpoint> viewpoints, Path file) throws IOException {
		AtomicWrite.write(file, out -> write(viewpoints, out));
	}

	public static void write(List<Viewpoint> viewpoints, OutputStream out) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			entry(zip, "bcf.version", versionXml());
			String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
			for (Viewpoint v : viewpoints) {
				String topic = UUID.randomUUID().toString();
				String viewpointGuid = UUID.randomUUID().toString();
				entry(zip, topic + "/markup.bcf", markupXml(v, topic, viewpointGuid, created));
				entry(zip, topic + "/viewpoint.bcfv", visualizationXml(v, viewpointGuid));
				Properties extra = new Properties();
				extra.setProperty("distance", Double.toString(v.distance()));
				extra.setProperty("xray", Boolean.toString(v.xray()));
				extra.setProperty("xrayFocus", String.join(" ", v.xrayFocus()));
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				extra.store(bytes, "BidBench viewpoint state BCF 2.1 has no place for");
				entry(zip, topic + "/" + EXTRA, bytes.toByteArray());
			}
		}
	}

	/**
	 * Reads every topic's viewpoint of a BCF 2.0/2.1 file; a topic's name is its title.
	 *
	 * @throws IOException when the file is not a zip or a viewpoint is not BCF XML; the message names
	 *                     the file and the entry
	 */
	public static List<Viewpoint> read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
	}

	public static List<Viewpoint> read(InputStream in, String where) throws IOException {
		Map<String, Map<String, byte[]>> topics = new LinkedHashMap<>();
		boolean version = false;
		UnpackLimit.CountingStream packed = UnpackLimit.counting(in);
		long unpacked = 0;
		try (ZipInputStream zip = new ZipInputStream(packed, StandardCharsets.UTF_8)) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				version |= e.getName().equals("bcf.version");
				int slash = e.getName().indexOf('/');
				if (e.isDirectory() || slash < 0) {
					continue;
				}
				byte[] bytes = UnpackLimit.DOCUMENT_PART.guard(zip, packed::count, where + " (entry " + e.getName() + ")").readAllBytes();
				unpacked += bytes.length;
				if (unpacked > UnpackLimit.DOCUMENT_PART.maxBytes()) {
					throw new IOException(where + " unpacks to more than " + UnpackLimit.DOCUMENT_PART.maxBytes()
							+ " bytes in all (a limit against zip bombs); a BCF file of viewpoints is far smaller");
				}
				topics.computeIfAbsent(e.getName().substring(0, slash), k -> new LinkedHashMap<>())
						.put(e.getName().substring(slash + 1), bytes);
			}
		} catch (java.util.zip.ZipException | java.io.EOFException e) {
			throw new IOException(where + " is not a complete BCF file (" + e.getMessage()
					+ "); it may have been cut off. Export the viewpoints again from the tool that made them.", e);
		}
		if (!version && topics.isEmpty()) {
			// An empty or truncated zip reads as no entries at all: say so rather than "no viewpoints".
			throw new IOException(where + " is not a BCF file: it holds no bcf.version and no topics (empty,"
					+ " cut off, or another kind of file). Export the viewpoints again from the tool that made them.");
		}
		List<Viewpoint> out = new ArrayList<>();
		for (Map.Entry<String, Map<String, byte[]>> topic : topics.entrySet()) {
			Map<String, byte[]> files = topic.getValue();
			String name = topic.getKey();
			String viewpointFile = "viewpoint.bcfv";
			if (files.containsKey("markup.bcf")) {
				Document markup = parse(files.get("markup.bcf"), where + "!" + topic.getKey() + "/markup.bcf");
				String title = text(markup.getDocumentElement(), "Title");
				name = title == null || title.isBlank() ? name : title;
				String named = text(markup.getDocumentElement(), "Viewpoint");
				viewpointFile = named == null ? viewpointFile : named.trim();
			}
			byte[] bcfv = files.get(viewpointFile);
			if (bcfv == null) {
				continue; // a topic without a viewpoint (comments only) has nothing to show
			}
			Properties extra = new Properties();
			if (files.containsKey(EXTRA)) {
				extra.load(new ByteArrayInputStream(files.get(EXTRA)));
			}
			out.add(viewpoint(name, parse(bcfv, where + "!" + topic.getKey() + "/" + viewpointFile), extra,
					where + "!" + topic.getKey() + "/" + viewpointFile));
		}
		return out;
	}

	// ------------------------------------------------------------------ writing

	private static byte[] versionXml() throws IOException {
		Document d = newDocument();
		Element version = root(d, "Version");
		version.setAttribute("VersionId", "2.1");
		child(d, version, "DetailedVersion", "2.1");
		return bytes(d);
	}

	private static byte[] markupXml(Viewpoint v, String topicGuid, String viewpointGuid, String created)
			throws IOException {
		Document d = newDocument();
		Element markup = root(d, "Markup");
		Element topic = child(d, markup, "Topic", null);
		topic.setAttribute("Guid", topicGuid);
		topic.setAttribute("TopicType", "Information");
		topic.setAttribute("TopicStatus", "Open");
		child(d, topic, "Title", v.name());
		child(d, topic, "CreationDate", created);
		child(d, topic, "CreationAuthor", "BidBench");
		Element viewpoints = child(d, markup, "Viewpoints", null);
		viewpoints.setAttribute("Guid", viewpointGuid);
		child(d, viewpoints, "Viewpoint", "viewpoint.bcfv");
		return bytes(d);
	}

	private static byte[] visualizationXml(Viewpoint v, String guid) throws IOException {
		Document d = newDocument();
		Element info = root(d, "VisualizationInfo");
		info.setAttribute("Guid", guid);
		Element components = child(d, info, "Components", null);
		Element hints = child(d, components, "ViewSetupHints", null);
		hints.setAttribute("SpacesVisible", Boolean.toString(v.spacesVisible()));
		hints.setAttribute("SpaceBoundariesVisible", "false");
		hints.setAttribute("OpeningsVisible", "false");
		if (!v.selected().isEmpty()) {
			Element selection = child(d, components, "Selection", null);
			v.selected().forEach(id -> component(d, selection, id));
		}
		Element visibility = child(d, components, "Visibility", null);
		visibility.setAttribute("DefaultVisibility", "true");
		if (!v.hidden().isEmpty()) {
			Element exceptions = child(d, visibility, "Exceptions", null);
			v.hidden().forEach(id -> component(d, exceptions, id));
		}
		if (!v.colours().isEmpty()) {
			Element coloring = child(d, components, "Coloring", null);
			Map<String, List<String>> byColour = new LinkedHashMap<>();
			v.colours().forEach((id, c) -> byColour.computeIfAbsent(hex(c), k -> new ArrayList<>()).add(id));
			byColour.forEach((hex, ids) -> {
				Element colour = child(d, coloring, "Color", null);
				colour.setAttribute("Color", hex);
				ids.forEach(id -> component(d, colour, id));
			});
		}
		Element camera = child(d, info, v.orthographic() ? "OrthogonalCamera" : "PerspectiveCamera", null);
		point(d, camera, "CameraViewPoint", v.eye());
		point(d, camera, "CameraDirection", v.direction());
		point(d, camera, "CameraUpVector", up(v.direction()));
		if (v.orthographic()) {
			child(d, camera, "ViewToWorldScale", number(v.viewHeight()));
		} else {
			child(d, camera, "FieldOfView", number(v.fieldOfView()));
		}
		if (!v.sections().isEmpty()) {
			Element planes = child(d, info, "ClippingPlanes", null);
			for (SectionPlane s : v.sections()) {
				Element plane = child(d, planes, "ClippingPlane", null);
				point(d, plane, "Location", new double[]{s.x(), s.y(), s.z()});
				point(d, plane, "Direction", new double[]{s.normalX(), s.normalY(), s.normalZ()});
			}
		}
		return bytes(d);
	}

	/** The image's up for a Z-up world: Z made perpendicular to the view, or +Y when looking straight down or up. */
	static double[] up(double[] direction) {
		double dot = direction[2];
		double[] up = {-dot * direction[0], -dot * direction[1], 1 - dot * direction[2]};
		double len = Math.sqrt(up[0] * up[0] + up[1] * up[1] + up[2] * up[2]);
		if (len < 1e-6) {
			return new double[]{0, 1, 0};
		}
		return new double[]{up[0] / len, up[1] / len, up[2] / len};
	}

	private static String hex(Colour c) {
		return String.format(Locale.ROOT, "%02X%02X%02X", channel(c.red()), channel(c.green()), channel(c.blue()));
	}

	private static int channel(float v) {
		return Math.round(Math.max(0f, Math.min(1f, v)) * 255f);
	}

	private static void component(Document d, Element parent, String globalId) {
		child(d, parent, "Component", null).setAttribute("IfcGuid", globalId);
	}

	private static void point(Document d, Element parent, String name, double[] xyz) {
		Element p = child(d, parent, name, null);
		child(d, p, "X", number(xyz[0]));
		child(d, p, "Y", number(xyz[1]));
		child(d, p, "Z", number(xyz[2]));
	}

	private static String number(double v) {
		return Double.toString(v);
	}

	private static Element root(Document d, String name) {
		Element e = d.createElement(name);
		e.setAttribute("xmlns:xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
		d.appendChild(e);
		return e;
	}

	private static Element child(Document d, Element parent, String name, String text) {
		Element e = d.createElement(name);
		if (text != null) {
			e.setTextContent(text);
		}
		parent.appendChild(e);
		return e;
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	private static Document newDocument() throws IOException {
		return builder().newDocument();
	}

	private static byte[] bytes(Document d) throws IOException {
		try {
			Transformer t = TransformerFactory.newInstance().newTransformer();
			t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			t.setOutputProperty(OutputKeys.INDENT, "yes");
			t.setOutputProperty(OutputKeys.STANDALONE, "yes");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			t.transform(new DOMSource(d), new StreamResult(out));
			return out.toByteArray();
		} catch (TransformerException e) {
			throw new IOException("cannot write BCF XML: " + e.getMessage(), e);
		}
	}

	// ------------------------------------------------------------------ reading

	private static DocumentBuilder builder() throws IOException {
		try {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			// BCF files come from other people: no DTDs, no external entities.
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			f.setXIncludeAware(false);
			f.setExpandEntityReferences(false);
			return f.newDocumentBuilder();
		} catch (ParserConfigurationException e) {
			throw new IOException("no XML parser for BCF: " + e.getMessage(), e);
		}
	}

	private static Document parse(byte[] xml, String where) throws IOException {
		try {
			return builder().parse(new ByteArrayInputStream(xml));
		} catch (SAXException e) {
			throw new IOException(where + " is not BCF XML: " + e.getMessage()
					+ ". Export the viewpoint again from the tool that made it.", e);
		}
	}

	private static Viewpoint viewpoint(String name, Document d, Properties extra, String where) throws IOException {
		Element info = d.getDocumentElement();
		Element perspective = first(info, "PerspectiveCamera");
		Element orthogonal = first(info, "OrthogonalCamera");
		Element camera = perspective != null ? perspective : orthogonal;
		if (camera == null) {
			throw new IOException(where + " has neither a PerspectiveCamera nor an OrthogonalCamera;"
					+ " BidBench restores viewpoints with a camera only.");
		}
		double[] eye = point(camera, "CameraViewPoint", where);
		double[] direction = point(camera, "CameraDirection", where);
		double fieldOfView = perspective != null ? number(perspective, "FieldOfView", 60, where) : 60;
		double viewHeight = orthogonal != null && perspective == null ? number(orthogonal, "ViewToWorldScale", 10, where) : 0;
		double distance = Double.parseDouble(extra.getProperty("distance", Double.toString(DEFAULT_ORBIT_DISTANCE)));
		List<String> selected = new ArrayList<>();
		List<String> hidden = new ArrayList<>();
		Map<String, Colour> colours = new LinkedHashMap<>();
		boolean spacesVisible = false;
		Element components = first(info, "Components");
		if (components != null) {
			Element hints = first(components, "ViewSetupHints");
			spacesVisible = hints != null && "true".equalsIgnoreCase(hints.getAttribute("SpacesVisible").trim());
			Element selection = first(components, "Selection");
			if (selection != null) {
				guids(selection, selected);
			}
			Element visibility = first(components, "Visibility");
			if (visibility != null && !"false".equalsIgnoreCase(visibility.getAttribute("DefaultVisibility"))) {
				Element exceptions = first(visibility, "Exceptions");
				if (exceptions != null) {
					guids(exceptions, hidden);
				}
			}
			Element coloring = first(components, "Coloring");
			if (coloring != null) {
				for (Element colour : children(coloring, "Color")) {
					Colour c = colour(colour.getAttribute("Color"), where);
					List<String> ids = new ArrayList<>();
					guids(colour, ids);
					ids.forEach(id -> colours.put(id, c));
				}
			}
		}
		List<SectionPlane> sections = new ArrayList<>();
		Element planes = first(info, "ClippingPlanes");
		if (planes != null) {
			for (Element plane : children(planes, "ClippingPlane")) {
				double[] at = point(plane, "Location", where);
				double[] n = point(plane, "Direction", where);
				sections.add(new SectionPlane(at[0], at[1], at[2], n[0], n[1], n[2]));
			}
		}
		boolean xray = Boolean.parseBoolean(extra.getProperty("xray", "false"));
		String focus = extra.getProperty("xrayFocus", "").trim();
		List<String> xrayFocus = focus.isEmpty() ? List.of() : List.of(focus.split(" "));
		return new Viewpoint(name, eye, direction, distance, fieldOfView, orthographic(perspective), viewHeight, hidden,
				selected, xray, xrayFocus, colours, sections, spacesVisible);
	}

	private static boolean orthographic(Element perspective) {
		return perspective == null;
	}

	/** BCF colours are RRGGBB or AARRGGBB in hex. */
	private static Colour colour(String hex, String where) throws IOException {
		String h = hex.trim();
		try {
			long v = Long.parseLong(h, 16);
			float alpha = h.length() == 8 ? ((v >> 24) & 255) / 255f : 1f;
			return new Colour(((v >> 16) & 255) / 255f, ((v >> 8) & 255) / 255f, (v & 255) / 255f, alpha);
		} catch (NumberFormatException e) {
			throw new IOException(where + ": colour '" + hex + "' is not RRGGBB or AARRGGBB hex", e);
		}
	}

	private static void guids(Element parent, List<String> out) {
		for (Element c : children(parent, "Component")) {
			String id = c.getAttribute("IfcGuid");
			if (!id.isBlank()) {
				out.add(id.trim());
			}
		}
	}

	private static double[] point(Element parent, String name, String where) throws IOException {
		Element p = first(parent, name);
		if (p == null) {
			throw new IOException(where + ": <" + parent.getTagName() + "> has no <" + name + ">");
		}
		return new double[]{number(p, "X", Double.NaN, where), number(p, "Y", Double.NaN, where),
				number(p, "Z", Double.NaN, where)};
	}

	private static double number(Element parent, String name, double fallback, String where) throws IOException {
		Element e = first(parent, name);
		if (e == null) {
			if (Double.isNaN(fallback)) {
				throw new IOException(where + ": <" + parent.getTagName() + "> has no <" + name + ">");
			}
			return fallback;
		}
		try {
			return Double.parseDouble(e.getTextContent().trim());
		} catch (NumberFormatException x) {
			throw new IOException(where + ": <" + name + "> of <" + parent.getTagName() + "> is '"
					+ e.getTextContent().trim() + "', not a number", x);
		}
	}

	private static String text(Element root, String name) {
		NodeList nodes = root.getElementsByTagName(name);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
	}

	private static Element first(Element parent, String name) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(name)) {
				return e;
			}
		}
		return null;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> out = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(name)) {
				out.add(e);
			}
		}
		return out;
	}
}
