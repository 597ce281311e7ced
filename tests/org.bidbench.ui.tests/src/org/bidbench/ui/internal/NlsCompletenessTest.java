package org.bidbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Fails when a string a user sees in the workbench is added without a key in both languages
 * (rule 3 of the house): it reads the sources of every workbench bundle in the repository.
 *
 * <ul>
 * <li>every {@code messages.properties} / {@code plugin.properties} has a {@code _zh} twin with the
 * same keys, and the other way round;</li>
 * <li>every {@code %key} of a {@code plugin.xml} is in its {@code plugin.properties}, and the bundle
 * declares {@code Bundle-Localization: plugin};</li>
 * <li>the names and labels a workbench extension ({@code org.eclipse.ui.*}) shows are {@code %key}s;</li>
 * <li>every field of a {@code Messages} class has a key, and every key a field;</li>
 * <li>no string literal is handed to {@code setText}, {@code setToolTipText}, {@code setMessage},
 * {@code setTitle}, {@code setDescription}, {@code setErrorMessage}, a forms toolkit's {@code createLabel},
 * {@code createHyperlink}, {@code createButton}..., a {@code new MenuManager} or {@code new Action}, or a
 * {@code MessageDialog}.</li>
 * </ul>
 *
 * The bundles other engineers own this session ({@code ui.bim}, {@code viewer}) are checked against
 * a recorded list of what they still hold ({@code nls-known.txt} beside this class, one finding a
 * line, by literal rather than by line so that moving code does not matter): a new finding there
 * fails too, an entry that has been fixed is only printed.
 */
class NlsCompletenessTest {

	/** Literals that are not words of either language: the product's name. */
	private static final Set<String> NOT_TRANSLATED = Set.of("BidBench");

	private static final Pattern SETTER_LITERAL = Pattern.compile(
			"\\.(setText|setToolTipText|setMessage|setTitle|setDescription|setErrorMessage)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
	/** Forms toolkit factories take the shown text as their second argument. */
	private static final Pattern TOOLKIT_LITERAL = Pattern.compile(
			"\\.create(Label|Hyperlink|Button|Section|Form|ScrolledForm)\\(\\s*[\\w.()]+\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
	/** Menus and actions built in code take their label as the first constructor argument. */
	private static final Pattern CONSTRUCTOR_LITERAL = Pattern.compile(
			"new\\s+(MenuManager|Action)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
	private static final Pattern DIALOG_CALL = Pattern.compile("MessageDialog\\.open\\w*\\(([^;]*)\\)\\s*;");
	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
	private static final Pattern MESSAGES_FIELD = Pattern.compile("public\\s+static\\s+String\\s+(\\w+)\\s*;");
	private static final Pattern PERCENT_KEY = Pattern.compile("\"%([\\w.\\-]+)\"");
	private static final Set<String> SHOWN_ATTRIBUTES = Set.of("name", "label", "tooltip", "description");

	@Test
	void everyUiStringHasAKeyInBothLanguages() throws Exception {
		Path bundles = repository().resolve("bundles");
		List<Path> workbenchBundles;
		try (Stream<Path> all = Files.list(bundles)) {
			workbenchBundles = all.filter(b -> {
				String name = b.getFileName().toString();
				return name.startsWith("org.bidbench.ui") || name.equals("org.bidbench.viewer");
			}).sorted().toList();
		}
		assertTrue(workbenchBundles.size() >= 6, "the workbench bundles: " + workbenchBundles);

		Set<String> known = known();
		List<String> failures = new ArrayList<>();
		Set<String> stillKnown = new TreeSet<>();
		for (Path bundle : workbenchBundles) {
			for (String finding : findings(bundle)) {
				if (known.contains(finding)) {
					stillKnown.add(finding);
				} else {
					failures.add(finding);
				}
			}
		}
		Set<String> fixed = new TreeSet<>(known);
		fixed.removeAll(stillKnown);
		if (!fixed.isEmpty()) {
			System.out.println("NlsCompletenessTest: fixed since recorded (remove from nls-known.txt):\n  " + String.join("\n  ", fixed));
		}
		System.out.println("NlsCompletenessTest: " + stillKnown.size() + " recorded findings remain in the bundles of others");
		assertTrue(failures.isEmpty(), failures.size() + " UI strings without keys in both languages:\n  " + String.join("\n  ", failures));
	}

	/** Each finding is "bundle: what: the literal or key", stable when code moves within the bundle. */
	static List<String> findings(Path bundle) throws Exception {
		String name = bundle.getFileName().toString().substring("org.bidbench.".length());
		List<String> found = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(bundle)) {
			files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/target/")).sorted().toList();
		}
		for (Path file : files) {
			String fileName = file.getFileName().toString();
			if (fileName.equals("messages.properties") || fileName.equals("plugin.properties")) {
				String stem = fileName.substring(0, fileName.length() - ".properties".length());
				Path zh = file.resolveSibling(stem + "_zh.properties");
				Set<String> english = keys(file);
				Set<String> chinese = Files.isRegularFile(zh) ? keys(zh) : Set.of();
				for (String key : difference(english, chinese)) {
					found.add(name + ": no Chinese for key: " + bundle.relativize(file) + " " + key);
				}
				for (String key : difference(chinese, english)) {
					found.add(name + ": Chinese key without English: " + bundle.relativize(zh) + " " + key);
				}
			}
			if (fileName.equals("Messages.java")) {
				Path properties = file.resolveSibling("messages.properties");
				Set<String> keys = Files.isRegularFile(properties) ? keys(properties) : Set.of();
				Set<String> fields = new TreeSet<>();
				Matcher m = MESSAGES_FIELD.matcher(Files.readString(file));
				while (m.find()) {
					fields.add(m.group(1));
				}
				for (String field : difference(fields, keys)) {
					found.add(name + ": Messages field without key: " + bundle.relativize(file) + " " + field);
				}
				for (String key : difference(keys, fields)) {
					found.add(name + ": key without Messages field: " + bundle.relativize(properties) + " " + key);
				}
			} else if (fileName.endsWith(".java")) {
				literals(Files.readString(file), literal -> found.add(name + ": literal in the UI: \"" + literal + "\""));
			}
		}
		Path pluginXml = bundle.resolve("plugin.xml");
		if (Files.isRegularFile(pluginXml)) {
			pluginXmlFindings(bundle, name, pluginXml, found);
		}
		return found;
	}

	private static void pluginXmlFindings(Path bundle, String name, Path pluginXml, List<String> found) throws Exception {
		String text = Files.readString(pluginXml);
		Path properties = bundle.resolve("plugin.properties");
		Set<String> keys = Files.isRegularFile(properties) ? keys(properties) : Set.of();
		Matcher m = PERCENT_KEY.matcher(text);
		boolean usesKeys = false;
		while (m.find()) {
			usesKeys = true;
			if (!keys.contains(m.group(1))) {
				found.add(name + ": plugin.xml key missing from plugin.properties: %" + m.group(1));
			}
		}
		String manifest = Files.readString(bundle.resolve("META-INF/MANIFEST.MF"));
		if (usesKeys && !manifest.contains("Bundle-Localization: plugin")) {
			found.add(name + ": plugin.xml uses %keys but MANIFEST.MF has no 'Bundle-Localization: plugin'");
		}
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document;
		try (InputStream in = Files.newInputStream(pluginXml)) {
			document = factory.newDocumentBuilder().parse(in);
		}
		NodeList extensions = document.getElementsByTagName("extension");
		for (int i = 0; i < extensions.getLength(); i++) {
			Element extension = (Element) extensions.item(i);
			// Only the workbench's own extension points show these attributes to a user; the command
			// line's (org.bidbench.cli.commands) speak English by design.
			if (!extension.getAttribute("point").startsWith("org.eclipse.ui.")) {
				continue;
			}
			NodeList elements = extension.getElementsByTagName("*");
			for (int j = 0; j < elements.getLength(); j++) {
				String element = elements.item(j).getNodeName();
				if (element.equals("separator") || element.equals("parameter")) {
					continue; // a separator's name is its id, a command parameter's names the parameter: never shown
				}
				NamedNodeMap attributes = elements.item(j).getAttributes();
				for (int k = 0; k < attributes.getLength(); k++) {
					String attribute = attributes.item(k).getNodeName();
					String value = attributes.item(k).getNodeValue();
					if (SHOWN_ATTRIBUTES.contains(attribute) && !value.startsWith("%") && value.chars().anyMatch(Character::isLetter)
							&& !NOT_TRANSLATED.contains(value)) {
						found.add(name + ": plugin.xml " + attribute + " not a %key: \"" + value + "\"");
					}
				}
			}
		}
	}

	/** Calls {@code sink} with each word-bearing literal handed to a setter or a message dialog. */
	static void literals(String source, java.util.function.Consumer<String> sink) {
		Matcher setter = SETTER_LITERAL.matcher(source);
		while (setter.find()) {
			report(setter.group(2), sink);
		}
		Matcher toolkit = TOOLKIT_LITERAL.matcher(source);
		while (toolkit.find()) {
			report(toolkit.group(2), sink);
		}
		Matcher constructor = CONSTRUCTOR_LITERAL.matcher(source);
		while (constructor.find()) {
			report(constructor.group(2), sink);
		}
		Matcher dialog = DIALOG_CALL.matcher(source);
		while (dialog.find()) {
			Matcher literal = LITERAL.matcher(dialog.group(1));
			while (literal.find()) {
				report(literal.group(1), sink);
			}
		}
	}

	private static void report(String literal, java.util.function.Consumer<String> sink) {
		if (literal.chars().anyMatch(Character::isLetter) && !NOT_TRANSLATED.contains(literal)) {
			sink.accept(literal);
		}
	}

	private static Set<String> keys(Path properties) throws IOException {
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(properties, StandardCharsets.ISO_8859_1)) {
			p.load(in);
		}
		return new TreeSet<>(p.stringPropertyNames());
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> d = new TreeSet<>(a);
		d.removeAll(b);
		return d;
	}

	private static Set<String> known() throws IOException {
		try (InputStream in = NlsCompletenessTest.class.getResourceAsStream("nls-known.txt")) {
			if (in == null) {
				return Set.of();
			}
			Set<String> known = new TreeSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					known.add(line.strip());
				}
			}
			return known;
		}
	}

	private static Path repository() {
		String repo = System.getProperty("bidbench.repo");
		assertTrue(repo != null && Files.isDirectory(Path.of(repo, "bundles")),
				"-Dbidbench.repo must name the repository (the build sets it): " + repo);
		return Path.of(repo);
	}

	/** The checker itself: it must see a literal where one is, and no literal where a key is used. */
	@Test
	void theLiteralScanSeesLiteralsAndNotKeys() {
		List<String> seen = new ArrayList<>();
		literals("""
				button.setText("Open model");
				toolkit.createLabel(body, "Welcome", SWT.WRAP);
				MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
				MenuManager edit = new MenuManager(Messages.Edit, IWorkbenchActionConstants.M_EDIT);
				toolkit.createLabel(body, Messages.Intro, SWT.WRAP);
				button.setToolTipText(Messages.Open_tooltip);
				label.setText("");
				shell.setText("BidBench");
				MessageDialog.openError(shell, Messages.Title, "Cannot read " + file);
				item.setText(NLS.bind(Messages.Row, "x"));
				""", seen::add);
		assertTrue(seen.equals(List.of("Open model", "Welcome", "&File", "Cannot read ")), seen.toString());
	}
}
