package org.bidbench.ifc.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One IFC schema (IFC2X3, IFC4 or IFC4X3_ADD2), loaded from the tables that
 * {@code ExpressTableGenerator} generated from the official EXPRESS file.
 * Instances are immutable and shared.
 */
public final class IfcSchema {

	/** The schema names this bundle carries tables for. */
	public static final List<String> SUPPORTED = List.of("IFC2X3", "IFC4", "IFC4X3_ADD2");

	private static final String FORMAT = "bidbench-ifc-schema-tables 1";
	private static final Map<String, IfcSchema> LOADED = new ConcurrentHashMap<>();

	private final String name;
	private final List<EntityDef> entities;
	private final Map<String, EntityDef> entitiesByUpperName;
	private final Map<String, TypeDef> typesByUpperName;
	private final Map<Integer, BitSet> subtypeMasks = new ConcurrentHashMap<>();

	private IfcSchema(String name, List<EntityDef> entities, Map<String, TypeDef> types) {
		this.name = name;
		this.entities = Collections.unmodifiableList(entities);
		Map<String, EntityDef> byName = new HashMap<>();
		for (EntityDef e : entities) {
			byName.put(e.name().toUpperCase(Locale.ROOT), e);
		}
		this.entitiesByUpperName = byName;
		this.typesByUpperName = types;
	}

	/**
	 * The schema for a canonical name from {@link #SUPPORTED}.
	 *
	 * @throws IllegalArgumentException if there are no tables for that name
	 */
	public static IfcSchema forName(String schemaName) {
		String canonical = schemaName.toUpperCase(Locale.ROOT);
		if (!SUPPORTED.contains(canonical)) {
			throw new IllegalArgumentException("No IFC schema tables for '" + schemaName
					+ "'; supported: " + SUPPORTED);
		}
		return LOADED.computeIfAbsent(canonical, IfcSchema::load);
	}

	/**
	 * Maps a FILE_SCHEMA name as found in files to a supported schema name, or {@code null}.
	 * IFC2X_FINAL is an older spelling that files written for IFC2X3 still carry.
	 */
	public static String canonicalName(String fileSchemaName) {
		String n = fileSchemaName.trim().toUpperCase(Locale.ROOT);
		int brace = n.indexOf('{');
		if (brace >= 0) {
			n = n.substring(0, brace).trim();
		}
		return switch (n) {
			case "IFC2X3", "IFC2X3_TC1", "IFC2X_FINAL" -> "IFC2X3";
			case "IFC4", "IFC4_ADD1", "IFC4_ADD2", "IFC4_ADD2_TC1" -> "IFC4";
			case "IFC4X3", "IFC4X3_ADD1", "IFC4X3_ADD2", "IFC4X3_TC1", "IFC4X3_RC4" -> "IFC4X3_ADD2";
			default -> null;
		};
	}

	public String name() {
		return name;
	}

	/** All entities in schema order; {@link EntityDef#index()} is the position in this list. */
	public List<EntityDef> entities() {
		return entities;
	}

	/** The entity of this name in any letter case (files write upper case), or {@code null}. */
	public EntityDef entity(String entityName) {
		EntityDef e = entitiesByUpperName.get(entityName);
		return e != null ? e : entitiesByUpperName.get(entityName.toUpperCase(Locale.ROOT));
	}

	/** The TYPE of this name in any letter case, or {@code null}. */
	public TypeDef type(String typeName) {
		return typesByUpperName.get(typeName.toUpperCase(Locale.ROOT));
	}

	/** True if entity {@code sub} is {@code sup} or a subtype of it (names in any case). */
	public boolean isA(String sub, String sup) {
		EntityDef a = entity(sub);
		return a != null && a.isA(entity(sup));
	}

	/** The indices of {@code entity} and all its subtypes, cached. */
	public BitSet subtypeMask(EntityDef entity) {
		BitSet mask = subtypeMasks.computeIfAbsent(entity.index(), k -> {
			BitSet b = new BitSet(entities.size());
			for (EntityDef e : entities) {
				if (e.isA(entity)) {
					b.set(e.index());
				}
			}
			return b;
		});
		return (BitSet) mask.clone();
	}

	@Override
	public String toString() {
		return name;
	}

	private static IfcSchema load(String canonical) {
		String resource = "/org/bidbench/ifc/internal/schema/" + canonical + ".tables";
		try (InputStream in = IfcSchema.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("schema table " + resource + " missing from the bundle");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read schema table " + resource, e);
		}
	}

	/** Builds a schema from the generated table text. */
	static IfcSchema parse(BufferedReader reader) throws IOException {
		String first = reader.readLine();
		if (!FORMAT.equals(first)) {
			throw new IOException("not a schema table of format '" + FORMAT + "': " + first);
		}
		String schemaName = null;
		List<EntityDef> entities = new ArrayList<>();
		Map<String, String> supertypeNames = new HashMap<>();
		Map<EntityDef, List<String[]>> ownAttributes = new HashMap<>();
		Map<EntityDef, List<String[]>> ownInverses = new HashMap<>();
		Map<String, TypeDef> types = new HashMap<>();
		EntityDef current = null;
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isEmpty() || line.charAt(0) == '#') {
				continue;
			}
			String[] p = line.split(" ");
			switch (p[0]) {
				case "S" -> schemaName = p[1];
				case "E" -> {
					current = new EntityDef(p[1], entities.size(), p[3].equals("A"));
					entities.add(current);
					supertypeNames.put(p[1], p[2]);
					ownAttributes.put(current, new ArrayList<>());
					ownInverses.put(current, new ArrayList<>());
				}
				case "A" -> ownAttributes.get(current).add(p);
				case "I" -> ownInverses.get(current).add(p);
				case "N" -> types.put(p[1].toUpperCase(Locale.ROOT),
						new TypeDef(p[1], TypeDef.Kind.ENUMERATION, List.of(p[2].split(",")), ""));
				case "L" -> types.put(p[1].toUpperCase(Locale.ROOT),
						new TypeDef(p[1], TypeDef.Kind.SELECT, List.of(p[2].split(",")), ""));
				case "D" -> types.put(p[1].toUpperCase(Locale.ROOT),
						new TypeDef(p[1], TypeDef.Kind.DEFINED, List.of(), p[2]));
				default -> throw new IOException("bad schema table line: " + line);
			}
		}
		Map<String, EntityDef> byName = new HashMap<>();
		for (EntityDef e : entities) {
			byName.put(e.name(), e);
		}
		for (EntityDef e : entities) {
			String sup = supertypeNames.get(e.name());
			e.supertype = sup.equals("-") ? null : byName.get(sup);
		}
		// Flatten in supertype-first order: a supertype is finished before its subtypes.
		EntityDef[] order = entities.toArray(new EntityDef[0]);
		for (EntityDef e : order) {
			int d = 0;
			for (EntityDef s = e.supertype; s != null; s = s.supertype) {
				d++;
			}
			e.depth = d;
		}
		Arrays.sort(order, (a, b) -> Integer.compare(a.depth, b.depth));
		for (EntityDef e : order) {
			List<AttributeDef> attrs = new ArrayList<>(e.supertype == null ? List.of() : e.supertype.attributes);
			for (String[] a : ownAttributes.get(e)) {
				attrs.add(new AttributeDef(a[1], a[3], a[2].equals("O"), attrs.size(), e.name()));
			}
			e.attributes = List.copyOf(attrs);
			List<InverseDef> invs = new ArrayList<>(e.supertype == null ? List.of() : e.supertype.inverses);
			for (String[] a : ownInverses.get(e)) {
				invs.add(new InverseDef(a[1], a[2], a[3], a[4], e.name()));
			}
			e.inverses = List.copyOf(invs);
			e.freeze();
		}
		return new IfcSchema(schemaName, entities, types);
	}
}
