package org.bidbench.qto.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.qto.RulePackProblem;

/**
 * Reads the strict YAML subset of rule-pack files into a tree of nodes that remember their line.
 *
 * <p>Supported: block maps ({@code key: value}), block lists ({@code - item}, also lists of maps),
 * flow lists ({@code [a, b]}), flow maps of scalars ({@code {a: 1, b: 2}}), plain, single- and
 * double-quoted scalars, and {@code #} comments. Everything else YAML has (anchors, tags,
 * multi-line scalars, tabs for indentation) is reported as an error rather than guessed at, so
 * a pack means the same to every reader.
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

    private record Line(int number, int indent, String content) {
    }

    private final String location;
    private final List<RulePackProblem> problems;
    private final List<Line> lines = new ArrayList<>();
    private int pos;

    private PackText(String location, List<RulePackProblem> problems) {
        this.location = location;
        this.problems = problems;
    }

    /**
     * Parses {@code text}; problems are added to {@code problems}. Returns the root map, or
     * {@code null} when the text is not usable at all.
     */
    public static MapNode parse(String text, String location, List<RulePackProblem> problems) {
        PackText parser = new PackText(location, problems);
        parser.split(text);
        if (parser.lines.isEmpty()) {
            parser.error(1, "the file is empty; a rule pack starts with 'pack:', 'name:', 'version:' and 'rules:'");
            return null;
        }
        Line first = parser.lines.get(0);
        if (first.indent != 0) {
            parser.error(first.number, "the first entry must start in column 1");
        }
        Node root = parser.block(first.indent);
        if (parser.pos < parser.lines.size()) {
            Line l = parser.lines.get(parser.pos);
            parser.error(l.number, "unexpected content at this indentation: '" + l.content + "'");
        }
        if (root instanceof MapNode map) {
            return map;
        }
        parser.error(first.number, "the top level must be a map of 'key: value' entries");
        return null;
    }

    private void error(int line, String message) {
        problems.add(new RulePackProblem(location, line, message));
    }

    private void split(String text) {
        String[] raw = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i];
            int number = i + 1;
            if (i == 0 && s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            String content = stripComment(s, number);
            if (content.isBlank()) {
                continue;
            }
            int indent = 0;
            while (indent < content.length() && content.charAt(indent) == ' ') {
                indent++;
            }
            if (content.charAt(indent) == '\t') {
                error(number, "tab used for indentation; indent with spaces");
                continue;
            }
            if (content.startsWith("---") || content.startsWith("...")) {
                error(number, "document markers (--- / ...) are not part of the rule-pack format; one pack per file");
                continue;
            }
            lines.add(new Line(number, indent, content.substring(indent).stripTrailing()));
        }
    }

    /** Removes a {@code #} comment that is outside quotes and starts a word. */
    private String stripComment(String s, int line) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                if (i == 0 || " \t[{,:-".indexOf(s.charAt(i - 1)) >= 0) {
                    quote = c;
                }
            } else if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    /** How deep blocks may nest: the reader recurses once per level, so the file must not decide it unbounded. */
    public static final int MAX_DEPTH = 64;

    private int depth;

    private Node block(int indent) {
        Line l = lines.get(pos);
        if (depth >= MAX_DEPTH) {
            error(l.number, "nested deeper than " + MAX_DEPTH + " levels; a rule pack needs a few levels only:"
                    + " check the indentation from here on");
            // Skip the whole deeper block so that one error is reported, not one per line.
            while (pos < lines.size() && lines.get(pos).indent >= indent) {
                pos++;
            }
            return new Scalar(l.number, "", false);
        }
        depth++;
        try {
            return isListItem(l.content) ? list(indent) : map(indent);
        } finally {
            depth--;
        }
    }

    private static boolean isListItem(String content) {
        return content.equals("-") || content.startsWith("- ");
    }

    private MapNode map(int indent) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        int startLine = lines.get(pos).number;
        while (pos < lines.size()) {
            Line l = lines.get(pos);
            if (l.indent < indent) {
                break;
            }
            if (l.indent > indent) {
                error(l.number, "indented more than the entries above it; align it with them or give the entry above no value");
                pos++;
                continue;
            }
            if (isListItem(l.content)) {
                error(l.number, "a list item where a 'key: value' entry was expected");
                pos++;
                continue;
            }
            int colon = keyColon(l.content);
            if (colon < 0) {
                error(l.number, "expected 'key: value' but found '" + l.content + "'");
                pos++;
                continue;
            }
            String key = l.content.substring(0, colon).trim();
            String rest = l.content.substring(colon + 1).trim();
            pos++;
            Node value;
            if (!rest.isEmpty()) {
                value = inline(rest, l.number);
            } else if (pos < lines.size() && lines.get(pos).indent > indent) {
                value = block(lines.get(pos).indent);
            } else if (pos < lines.size() && lines.get(pos).indent == indent && isListItem(lines.get(pos).content)) {
                value = list(indent);
            } else {
                value = new Scalar(l.number, "", false);
            }
            if (!key.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                error(l.number, "'" + key + "' is not a valid key; keys are letters, digits, '-' and '_'");
            } else if (entries.containsKey(key)) {
                error(l.number, "'" + key + "' is given twice (first on line " + entries.get(key).line() + ")");
            } else {
                entries.put(key, new Entry(key, l.number, value));
            }
        }
        return new MapNode(startLine, entries);
    }

    private ListNode list(int indent) {
        List<Node> items = new ArrayList<>();
        int startLine = lines.get(pos).number;
        while (pos < lines.size()) {
            Line l = lines.get(pos);
            if (l.indent != indent || !isListItem(l.content)) {
                if (l.indent > indent) {
                    error(l.number, "indented more than the list item above it");
                    pos++;
                    continue;
                }
                break;
            }
            String rest = l.content.length() > 1 ? l.content.substring(2) : "";
            int lead = 0;
            while (lead < rest.length() && rest.charAt(lead) == ' ') {
                lead++;
            }
            rest = rest.substring(lead);
            if (rest.isEmpty()) {
                pos++;
                if (pos < lines.size() && lines.get(pos).indent > indent) {
                    items.add(block(lines.get(pos).indent));
                } else {
                    items.add(new Scalar(l.number, "", false));
                }
            } else if (keyColon(rest) >= 0 && !rest.startsWith("[") && !rest.startsWith("{")
                    && !rest.startsWith("\"") && !rest.startsWith("'")) {
                // "- key: value" opens a map whose keys line up with "key".
                int itemIndent = indent + 2 + lead;
                lines.set(pos, new Line(l.number, itemIndent, rest));
                items.add(map(itemIndent));
            } else {
                pos++;
                items.add(inline(rest, l.number));
            }
        }
        return new ListNode(startLine, items);
    }

    /** Index of the colon that ends a key ({@code ": "} or a final {@code ":"}), outside quotes; -1 if none. */
    private static int keyColon(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                return -1;
            } else if (c == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private Node inline(String text, int line) {
        if (text.startsWith("[")) {
            if (!text.endsWith("]")) {
                error(line, "a list started with '[' must end with ']' on the same line");
                return new ListNode(line, List.of());
            }
            List<Node> items = new ArrayList<>();
            for (String part : splitFlow(text.substring(1, text.length() - 1), line)) {
                items.add(scalar(part, line));
            }
            return new ListNode(line, items);
        }
        if (text.startsWith("{")) {
            if (!text.endsWith("}")) {
                error(line, "a map started with '{' must end with '}' on the same line");
                return new MapNode(line, Map.of());
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (String part : splitFlow(text.substring(1, text.length() - 1), line)) {
                int colon = keyColon(part);
                if (colon < 0) {
                    error(line, "expected 'key: value' inside { } but found '" + part + "'");
                    continue;
                }
                String key = part.substring(0, colon).trim();
                if (entries.containsKey(key)) {
                    error(line, "'" + key + "' is given twice");
                }
                entries.put(key, new Entry(key, line, scalar(part.substring(colon + 1).trim(), line)));
            }
            return new MapNode(line, entries);
        }
        return scalar(text, line);
    }

    private List<String> splitFlow(String body, int line) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        // Index of the last non-blank character of current, kept as we go: asking current for it
        // at every quote made long lines quadratic.
        int lastNonBlank = -1;
        char quote = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote == 0 && (c == '"' || c == '\'') && (lastNonBlank < 0 || current.charAt(lastNonBlank) == ':')) {
                quote = c;
                current.append(c);
                lastNonBlank = current.length() - 1;
                continue;
            }
            if (quote == 0 && c == ',') {
                parts.add(current.toString().trim());
                current.setLength(0);
                lastNonBlank = -1;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                lastNonBlank = current.length();
            }
            if (quote != 0) {
                current.append(c);
                if (c == '\\' && quote == '"' && i + 1 < body.length()) {
                    current.append(body.charAt(++i));
                    lastNonBlank = current.length() - 1;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '[' || c == '{') {
                error(line, "nested [ ] or { } are not supported; write the inner list as a block");
                return List.of();
            } else {
                current.append(c);
            }
        }
        if (quote != 0) {
            error(line, "unterminated quoted text");
        }
        String last = current.toString().trim();
        if (!last.isEmpty() || !parts.isEmpty()) {
            parts.add(last);
        }
        for (String p : parts) {
            if (p.isEmpty()) {
                error(line, "empty entry in a list (two commas in a row or a trailing comma)");
            }
        }
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }

    private Scalar scalar(String text, int line) {
        if (text.startsWith("\"")) {
            StringBuilder out = new StringBuilder();
            int i = 1;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    char n = text.charAt(++i);
                    switch (n) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case '"', '\\', '/' -> out.append(n);
                        default -> {
                            error(line, "unknown escape \\" + n + " in double-quoted text");
                            out.append(n);
                        }
                    }
                } else if (c == '"') {
                    break;
                } else {
                    out.append(c);
                }
            }
            if (i >= text.length()) {
                error(line, "unterminated double-quoted text");
            } else if (i != text.length() - 1) {
                error(line, "text after the closing quote: '" + text.substring(i + 1) + "'");
            }
            return new Scalar(line, out.toString(), true);
        }
        if (text.startsWith("'")) {
            StringBuilder out = new StringBuilder();
            int i = 1;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\'') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        out.append('\'');
                        i++;
                    } else {
                        break;
                    }
                } else {
                    out.append(c);
                }
            }
            if (i >= text.length()) {
                error(line, "unterminated single-quoted text");
            } else if (i != text.length() - 1) {
                error(line, "text after the closing quote: '" + text.substring(i + 1) + "'");
            }
            return new Scalar(line, out.toString(), true);
        }
        if (!text.isEmpty() && "&*!|>%@`".indexOf(text.charAt(0)) >= 0) {
            error(line, "'" + text.charAt(0) + "' at the start of a value is YAML syntax this format does not support;"
                    + " put the value in quotes");
        }
        return new Scalar(line, text, false);
    }
}
