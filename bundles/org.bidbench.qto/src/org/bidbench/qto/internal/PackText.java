package org.bidbench.qto.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.qto.RulePackProblem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads rule-pack files into a tree of nodes that remember their line, with SnakeYAML Engine's
 * parser (YAML 1.2).
 *
 * <p>Only the parser's events are used, never its object construction: nothing in a pack can make
 * the reader build an object of some class (safe by construction). The tree is built from the events
 * with an explicit stack, so a pack nested thousands of levels deep costs no stack depth; it is
 * refused beyond {@link #MAX_DEPTH} levels. What YAML has and a pack does not need (anchors and
 * aliases, tags, several documents) is reported as an error rather than interpreted, so that a pack
 * means the same to every reader; so are keys that are not plain words and keys given twice.
 */
public final class PackText {

	/** A node of the tree. */
	public sealed interface Node permits MapNode, ListNode, Scalar {
		int line();
	}

	/** A map whose entries keep the line of their key. */
	public record MapNode(int line, Map<String, Entry> entries) implements Node {
	}

	/** A map entry. */
	public record Entry(String key, int line, Node value) {
	}

	public record ListNode(int line, List<Node> items) implements Node {
	}

	/** A scalar; {@code quoted} tells "1" from 1, which matters for codes with leading zeros. */
	public record Scalar(int line, String text, boolean quoted) implements Node {
	}

	/** The largest pack read (in characters): the shipped ones have about 20,000. */
	public static final int MAX_CHARACTERS = 16 << 20;

	/** How deep maps and lists may nest; the shipped packs need six levels. */
	public static final int MAX_DEPTH = 64;

	/** A map or list being filled, and for a map the key waiting for its value. */
	private static final class Open {
		final int line;
		final Map<String, Entry> entries;
		final List<Node> items;
		/** A {@code {a: 1}} map: its keys are values of the rules (units such as 樘), not field names. */
		final boolean flow;
		Scalar pendingKey;

		Open(int line, boolean map, boolean flow) {
			this.line = line;
			this.flow = flow;
			this.entries = map ? new LinkedHashMap<>() : null;
			this.items = map ? null : new ArrayList<>();
		}

		Node close() {
			return entries != null ? new MapNode(line, entries) : new ListNode(line, items);
		}
	}

	private final String location;
	private final List<RulePackProblem> problems;
	private final Deque<Open> open = new ArrayDeque<>();
	private Node root;
	private int documents;
	/** Depth of the collections skipped below a too-deep one (their events are read and dropped). */
	private int skipping;

	private PackText(String location, List<RulePackProblem> problems) {
		this.location = location;
		this.problems = problems;
	}

	/**
	 * Parses {@code text}; problems are added to {@code problems}. Returns the root map, or
	 * {@code null} when the text is not usable at all.
	 */
	public static MapNode parse(String text, String location, List<RulePackProblem> problems) {
		PackText reader = new PackText(location, problems);
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		if (body.isBlank() || body.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
			reader.error(1, "the file is empty; a rule pack starts with 'pack:', 'name:', 'version:' and 'rules:'");
			return null;
		}
		if (body.length() > MAX_CHARACTERS) {
			reader.error(1, "the file has " + body.length() + " characters; a rule pack is a few thousand, at most "
					+ MAX_CHARACTERS + ": is it the right file?");
			return null;
		}
		int deepLine = lineOfDeepFlow(body);
		if (deepLine > 0) {
			reader.error(deepLine, "nested deeper than " + MAX_DEPTH + " levels; a rule pack needs a few levels only:"
					+ " check the brackets from here on");
			return null;
		}
		LoadSettings settings = LoadSettings.builder().setLabel(location).setAllowDuplicateKeys(true)
				.setMaxAliasesForCollections(0).setCodePointLimit(MAX_CHARACTERS + 1).build();
		try {
			for (Event event : new Parse(settings).parseString(body)) {
				reader.accept(event);
			}
		} catch (Stop stop) {
			// A second document: the first one is the pack, the error is reported.
		} catch (MarkedYamlEngineException e) {
			reader.syntaxError(e);
			return null;
		} catch (YamlEngineException e) {
			reader.error(1, e.getMessage());
			return null;
		}
		if (reader.root instanceof MapNode map) {
			return map;
		}
		reader.error(reader.root == null ? 1 : reader.root.line(), "the top level must be a map of 'key: value' entries");
		return null;
	}

	private void accept(Event event) {
		switch (event.getEventId()) {
			case DocumentStart -> {
				if (++documents > 1) {
					error(line(event), "a second document (after '---'); one pack per file");
					throw new Stop();
				}
			}
			case MappingStart, SequenceStart -> startCollection((CollectionStartEvent) event);
			case MappingEnd, SequenceEnd -> endCollection();
			case Scalar -> scalar((ScalarEvent) event);
			case Alias -> error(line(event), "aliases (*name) are YAML syntax this format does not support; write the value out");
			default -> {
				// Stream start and end, document end, comments: nothing to build.
			}
		}
	}

	/**
	 * The line where {@code [ ]} and <code>{ }</code> open deeper than {@link #MAX_DEPTH}, or 0. Looked
	 * for before parsing, in one pass: the parser's time grows with the square of the flow depth
	 * (20,000 levels took seconds), so such a file must not reach it. Brackets inside quotes and
	 * comments are skipped the way YAML does (a quote opens only at the start of a value).
	 */
	static int lineOfDeepFlow(String text) {
		int depth = 0;
		int line = 1;
		char quote = 0;
		boolean comment = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				comment = false;
				continue;
			}
			if (comment) {
				continue;
			}
			if (quote != 0) {
				if (c == '\\' && quote == '"') {
					i++;
				} else if (c == quote) {
					quote = 0;
				}
				continue;
			}
			char before = i == 0 ? ' ' : text.charAt(i - 1);
			boolean valueStart = before == ' ' || before == '\t' || before == '[' || before == '{' || before == ','
					|| before == ':' || before == '-' || before == '\n';
			if ((c == '"' || c == '\'') && valueStart) {
				quote = c;
			} else if (c == '#' && (before == ' ' || before == '\t' || before == '\n' || i == 0)) {
				comment = true;
			} else if (c == '[' || c == '{') {
				if (++depth > MAX_DEPTH) {
					return line;
				}
			} else if ((c == ']' || c == '}') && depth > 0) {
				depth--;
			}
		}
		return 0;
	}

	private void startCollection(CollectionStartEvent event) {
		if (skipping > 0) {
			skipping++;
			return;
		}
		checkNoAnchorOrTag(event);
		if (open.size() >= MAX_DEPTH) {
			error(line(event), "nested deeper than " + MAX_DEPTH + " levels; a rule pack needs a few levels only:"
					+ " check the indentation from here on");
			skipping = 1;
			return;
		}
		open.push(new Open(line(event), event.getEventId() == Event.ID.MappingStart, event.isFlow()));
	}

	private void endCollection() {
		if (skipping > 0) {
			if (--skipping == 0) {
				// The too-deep collection stands as an empty value where it was.
				add(new Scalar(open.isEmpty() ? 1 : open.peek().line, "", false));
			}
			return;
		}
		Open done = open.pop();
		if (done.pendingKey != null) {
			error(done.pendingKey.line(), "'" + done.pendingKey.text() + "' has no value");
		}
		add(done.close());
	}

	private void scalar(ScalarEvent event) {
		if (skipping > 0) {
			return;
		}
		checkNoAnchorOrTag(event);
		ScalarStyle style = event.getScalarStyle();
		if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
			error(line(event), "block text ('|' or '>') is YAML syntax this format does not support; write the value on one line, in quotes");
		}
		add(new Scalar(line(event), event.getValue(), !event.isPlain()));
	}

	/** Puts a finished node where it belongs: the root, a list item, a map key or a map value. */
	private void add(Node node) {
		Open parent = open.peek();
		if (parent == null) {
			root = node;
			return;
		}
		if (parent.items != null) {
			parent.items.add(node);
			return;
		}
		if (parent.pendingKey == null) {
			if (!(node instanceof Scalar key) || !parent.flow && (key.quoted() || !isWord(key.text()))) {
				error(node.line(), (node instanceof Scalar s ? "'" + s.text() + "'" : "a map or list")
						+ " is not a valid key; keys are letters, digits, '-' and '_'");
				parent.pendingKey = new Scalar(node.line(), "", true);
			} else {
				parent.pendingKey = key;
			}
			return;
		}
		Scalar key = parent.pendingKey;
		parent.pendingKey = null;
		if (key.text().isEmpty() && key.quoted()) {
			return; // the invalid key reported above
		}
		Entry first = parent.entries.get(key.text());
		if (first != null) {
			error(key.line(), "'" + key.text() + "' is given twice (first on line " + first.line() + ")");
			return;
		}
		parent.entries.put(key.text(), new Entry(key.text(), key.line(), node));
	}

	private void checkNoAnchorOrTag(NodeEvent event) {
		if (event.getAnchor().isPresent()) {
			error(line(event), "anchors (&name) are YAML syntax this format does not support; write the value out");
		}
		String tag = event instanceof ScalarEvent s
				? s.getTag().orElse(null)
				: ((CollectionStartEvent) event).getTag().orElse(null);
		if (tag != null) {
			error(line(event), "tags (" + tag + ") are YAML syntax this format does not support; put the value in quotes");
		}
	}

	private static boolean isWord(String key) {
		if (key.isEmpty() || !Character.isLetter(key.charAt(0)) || key.charAt(0) > 'z') {
			return false;
		}
		for (int i = 1; i < key.length(); i++) {
			char c = key.charAt(i);
			if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
				return false;
			}
		}
		return true;
	}

	private static int line(Event event) {
		return event.getStartMark().map(m -> m.getLine() + 1).orElse(1);
	}

	/**
	 * The parser's complaint in the words of this format for the mistakes people make in packs
	 * (tabs, an unclosed list, a line indented too far), else the parser's own explanation without
	 * its excerpt of the file (the message names the line).
	 */
	private void syntaxError(MarkedYamlEngineException e) {
		String problem = e.getProblem() == null ? "" : e.getProblem().strip();
		String context = e.getContext() == null ? "" : e.getContext().strip();
		int problemLine = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
		int contextLine = e.getContextMark().map(m -> m.getLine() + 1).orElse(problemLine);
		String column = e.getProblemMark().map(m -> " (column " + (m.getColumn() + 1) + ")").orElse("");
		if (problem.contains("TAB") || problem.contains("\t")) {
			error(problemLine, "tab used for indentation; indent with spaces");
		} else if (context.contains("flow sequence")) {
			error(contextLine, "a list started with '[' must end with ']'; " + problem + column);
		} else if (context.contains("flow mapping")) {
			error(contextLine, "a map started with '{' must end with '}'; " + problem + column);
		} else if (problem.contains("mapping values are not allowed")) {
			error(problemLine, "indented more than the entries above it, or a ': ' inside a value" + column
					+ ": align it with the entries above, or put the value in quotes");
		} else if (context.contains("quoted scalar")) {
			error(contextLine, "unterminated quoted text; " + problem + column);
		} else {
			error(problemLine, "not valid YAML: " + (context.isEmpty() ? "" : context + ", ") + problem + column);
		}
	}

	private void error(int line, String message) {
		problems.add(new RulePackProblem(location, line, message));
	}

	/** Ends reading early after an error that makes the rest meaningless. */
	private static final class Stop extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Stop() {
			super(null, null, false, false);
		}
	}
}
