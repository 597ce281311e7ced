package org.bidbench.demo.sequence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * A construction schedule from outside the model, mapped to its elements by GlobalId, storey or
 * class:
 * <ul>
 * <li>CSV with the header {@code task,start,finish,elements}: dates as {@code YYYY-MM-DD}; elements is
 * a list of selectors separated by {@code ;}, each {@code guid:GLOBALID}, {@code storey:NAME},
 * {@code class:IfcWall}, or {@code storey:NAME class:IfcWall} (both must hold).</li>
 * <li>MS Project XML ({@code <Project><Tasks><Task>}): each task's {@code Name}, {@code Start},
 * {@code Finish}, and the selectors in its {@code Notes}; summary tasks and tasks without selectors
 * are skipped.</li>
 * </ul>
 */
public final class ScheduleImport {

	/** A schedule file that cannot be used; the message says where and what to do. */
	public static final class ScheduleFormatException extends Exception {
		private static final long serialVersionUID = 1L;

		public ScheduleFormatException(String message) {
			super(message);
		}
	}

	private ScheduleImport() {
	}

	/** Reads a {@code .csv} or an MS Project {@code .xml}, by its name. */
	public static ConstructionSchedule read(Path file, IfcModel model, Set<String> withGeometry)
			throws IOException, ScheduleFormatException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			return csv(file, model, withGeometry);
		}
		if (name.endsWith(".xml")) {
			return msProject(file, model, withGeometry);
		}
		throw new ScheduleFormatException(file + ": a schedule is a .csv (task,start,finish,elements) or an MS Project"
				+ " .xml file");
	}

	public static ConstructionSchedule csv(Path file, IfcModel model, Set<String> withGeometry)
			throws IOException, ScheduleFormatException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			throw new ScheduleFormatException(file + ": empty; the first line is the header task,start,finish,elements");
		}
		List<String> header = fields(stripBom(lines.get(0)));
		int task = header.indexOf("task"), start = header.indexOf("start"), finish = header.indexOf("finish"),
				elements = header.indexOf("elements");
		if (task < 0 || start < 0 || finish < 0 || elements < 0) {
			throw new ScheduleFormatException(file + ":1: the header must name the columns task,start,finish,elements;"
					+ " it has " + header);
		}
		List<ConstructionTask> tasks = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			List<String> f = fields(lines.get(i));
			String at = file + ":" + (i + 1);
			if (f.size() < header.size()) {
				throw new ScheduleFormatException(at + ": " + f.size() + " fields, the header has " + header.size());
			}
			LocalDate s = date(f.get(start), at, "start");
			LocalDate e = date(f.get(finish), at, "finish");
			if (e.isBefore(s)) {
				throw new ScheduleFormatException(at + ": finish " + e + " is before start " + s);
			}
			List<String> ids = select(model, f.get(elements), withGeometry, at);
			tasks.add(new ConstructionTask(f.get(task), s, e, ids));
		}
		return schedule("CSV " + file.getFileName(), tasks, file);
	}

	public static ConstructionSchedule msProject(Path file, IfcModel model, Set<String> withGeometry)
			throws IOException, ScheduleFormatException {
		Document doc;
		try (InputStream in = Files.newInputStream(file)) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setNamespaceAware(true);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			doc = builder.parse(in);
		} catch (SAXParseException e) {
			throw new ScheduleFormatException(file + ":" + e.getLineNumber() + ": not well-formed XML (" + e.getMessage() + ")");
		} catch (Exception e) {
			throw new ScheduleFormatException(file + ": not an MS Project XML file (" + e.getMessage() + ")");
		}
		if (!"Project".equals(doc.getDocumentElement().getLocalName())) {
			throw new ScheduleFormatException(file + ": the root element is <" + doc.getDocumentElement().getTagName()
					+ ">, not an MS Project <Project>; save the plan as XML from MS Project");
		}
		List<ConstructionTask> tasks = new ArrayList<>();
		NodeList list = doc.getElementsByTagNameNS("*", "Task");
		for (int i = 0; i < list.getLength(); i++) {
			Element t = (Element) list.item(i);
			if ("1".equals(text(t, "Summary"))) {
				continue;
			}
			String notes = text(t, "Notes");
			String name = text(t, "Name");
			String at = file + ": task '" + name + "'";
			if (notes == null || !notes.contains(":")) {
				continue;
			}
			LocalDate s = date(text(t, "Start"), at, "Start");
			LocalDate e = date(text(t, "Finish"), at, "Finish");
			tasks.add(new ConstructionTask(name == null ? "task " + text(t, "UID") : name, s, e.isBefore(s) ? s : e,
					select(model, notes, withGeometry, at)));
		}
		return schedule("MS Project " + file.getFileName(), tasks, file);
	}

	private static ConstructionSchedule schedule(String source, List<ConstructionTask> tasks, Path file)
			throws ScheduleFormatException {
		List<ConstructionTask> building = tasks.stream().filter(t -> !t.globalIds().isEmpty()).toList();
		if (building.isEmpty()) {
			throw new ScheduleFormatException(file + ": no task maps to an element of the model; map tasks with"
					+ " guid:GLOBALID, storey:NAME or class:IfcWall");
		}
		return new ConstructionSchedule(source, building);
	}

	/**
	 * The parts of one selector, {@code storey:Erdgeschoss class:IfcWall}: split at the whitespace
	 * before each key, in one pass (a look-ahead split went quadratic on long runs of blanks).
	 */
	static List<String> selectorParts(String selector) {
		List<String> parts = new java.util.ArrayList<>();
		StringBuilder part = new StringBuilder();
		for (String token : selector.strip().split("\\s+")) {
			boolean key = token.startsWith("guid:") || token.startsWith("storey:") || token.startsWith("class:");
			if (key && part.length() > 0) {
				parts.add(part.toString());
				part.setLength(0);
			}
			if (part.length() > 0) {
				part.append(' ');
			}
			part.append(token);
		}
		if (part.length() > 0) {
			parts.add(part.toString());
		}
		return parts;
	}

	/** The elements a selector list picks, in file order. */
	static List<String> select(IfcModel model, String selectors, Set<String> withGeometry, String at)
			throws ScheduleFormatException {
		Set<String> out = new LinkedHashSet<>();
		for (String selector : selectors.split("[;\\n]")) {
			if (selector.isBlank()) {
				continue;
			}
			String storey = null, type = null, guid = null;
			for (String part : selectorParts(selector)) {
				int colon = part.indexOf(':');
				String key = colon < 0 ? "" : part.substring(0, colon).trim();
				String value = colon < 0 ? "" : part.substring(colon + 1).trim();
				switch (key) {
					case "guid" -> guid = value;
					case "storey" -> storey = value;
					case "class" -> type = value;
					default -> throw new ScheduleFormatException(at + ": '" + part
							+ "' is not a selector; use guid:GLOBALID, storey:NAME or class:IfcWall");
				}
			}
			if (guid != null) {
				IfcEntity e = model.byGlobalId(guid);
				if (e == null) {
					throw new ScheduleFormatException(at + ": no element has GlobalId " + guid + " in " + model.fileName());
				}
				add(model, e, withGeometry, out);
				continue;
			}
			if (type != null && model.schema().entity(type) == null) {
				throw new ScheduleFormatException(at + ": " + type + " is not a class of " + model.schema().name());
			}
			boolean storeyFound = storey == null;
			for (IfcEntity e : model.instancesOf(type == null ? "IfcElement" : type)) {
				if (storey != null) {
					IfcEntity s = model.storeyOf(e);
					if (s == null || !storey.equals(s.name())) {
						continue;
					}
					storeyFound = true;
				}
				add(model, e, withGeometry, out);
			}
			String wanted = storey;
			if (!storeyFound && model.storeys().stream().noneMatch(s -> wanted.equals(s.name()))) {
				throw new ScheduleFormatException(at + ": the model has no storey '" + wanted + "'; its storeys are "
						+ model.storeys().stream().map(IfcEntity::name).toList());
			}
		}
		return new ArrayList<>(out);
	}

	private static void add(IfcModel model, IfcEntity e, Set<String> withGeometry, Set<String> out) {
		if (e.isA("IfcOpeningElement") || e.isA("IfcSpatialStructureElement")) {
			return;
		}
		String g = e.globalId();
		if (g != null && (withGeometry == null || withGeometry.contains(g))) {
			out.add(g);
		}
		for (IfcEntity part : model.partsOf(e)) {
			add(model, part, withGeometry, out);
		}
	}

	private static LocalDate date(String text, String at, String what) throws ScheduleFormatException {
		LocalDate d = IfcSchedule.date(text == null ? null : text.trim());
		if (d == null) {
			throw new ScheduleFormatException(at + ": " + what + " '" + text + "' is not a date; write YYYY-MM-DD");
		}
		return d;
	}

	private static String text(Element parent, String child) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && child.equals(e.getLocalName())) {
				return e.getTextContent().trim();
			}
		}
		return null;
	}

	private static String stripBom(String s) {
		return s.startsWith("\uFEFF") ? s.substring(1) : s;
	}

	/** One CSV record: commas separate, double quotes enclose, two double quotes are one. */
	static List<String> fields(String line) {
		List<String> out = new ArrayList<>();
		StringBuilder f = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					f.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					f.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				out.add(f.toString().trim());
				f.setLength(0);
			} else {
				f.append(c);
			}
		}
		out.add(f.toString().trim());
		return out;
	}
}
