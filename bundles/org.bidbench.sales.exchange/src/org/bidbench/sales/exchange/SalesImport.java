package org.bidbench.sales.exchange;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bidbench.sales.exchange.TableRows.TableRow;
import org.bidbench.sales.model.Contact;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Identified;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Imports customers, contacts or opportunities from a table in two steps: {@link #plan} reads
 * every row, converts and checks each value, and decides per row whether it creates a record or
 * matches one already there (by id, else by name; a contact within its customer); nothing is
 * changed. {@link #apply} then makes the changes, all rows or only the good ones.
 */
public final class SalesImport {

	/** What is wrong with one row, with the spreadsheet's row number and the column. */
	public record RowError(int row, String column, String message) {
		@Override
		public String toString() {
			return "row " + row + (column == null ? "" : ", column '" + column + "'") + ": " + message;
		}
	}

	/** One good row: the record it matches (null: a new one), its id and name, and the converted values to set. */
	public record PlannedRow(int row, Identified existing, String id, String name, Customer customer, Map<String, Object> values) {
		public boolean creates() {
			return existing == null;
		}
	}

	public record Plan(RecordKind kind, List<PlannedRow> rows, List<RowError> errors, int read) {
		public long creates() {
			return rows.stream().filter(PlannedRow::creates).count();
		}

		public long matches() {
			return rows.size() - creates();
		}
	}

	private static final String ID_PATTERN = "[\\p{L}\\p{N}_-]{1,64}";

	private final SalesWorkspace workspace;
	private final RecordKind kind;
	private final ColumnMapping mapping;
	private final Map<String, Customer> customersById = new HashMap<>();
	private final Map<String, Customer> customersByName = new HashMap<>();
	private final Map<String, Identified> existingById = new HashMap<>();
	private final Map<String, Identified> existingByName = new HashMap<>();
	/** Rows already planned, by record key, to catch a record twice in one file. */
	private final Map<String, Integer> plannedKeys = new HashMap<>();

	private SalesImport(SalesWorkspace workspace, RecordKind kind, ColumnMapping mapping) {
		this.workspace = workspace;
		this.kind = kind;
		this.mapping = mapping;
		for (Customer c : workspace.getCustomers()) {
			customersById.put(c.getId(), c);
			if (c.getName() != null) {
				customersByName.putIfAbsent(key(c.getName()), c);
			}
			if (kind == RecordKind.CONTACTS) {
				for (Contact contact : c.getContacts()) {
					existingById.put(contact.getId(), contact);
					existingByName.putIfAbsent(c.getId() + "\u0000" + key(contact.getName()), contact);
				}
			}
		}
		List<? extends Identified> records = kind == RecordKind.CUSTOMERS
				? workspace.getCustomers()
				: kind == RecordKind.OPPORTUNITIES ? workspace.getOpportunities() : List.of();
		for (Identified r : records) {
			existingById.put(r.getId(), r);
			String name = (String) r.eGet(r.eClass().getEStructuralFeature("name"));
			if (name != null) {
				existingByName.putIfAbsent(key(name), r);
			}
		}
	}

	/** Reads and checks the whole file; changes nothing. */
	public static Plan plan(SalesWorkspace workspace, RecordKind kind, Path file, ColumnMapping mapping) throws ExchangeException {
		SalesImport importer = new SalesImport(workspace, kind, mapping);
		List<PlannedRow> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		int[] read = {0};
		TableRows.read(file, mapping, row -> {
			read[0]++;
			importer.planRow(row, rows, errors);
		});
		return new Plan(kind, rows, errors, read[0]);
	}

	private void planRow(TableRow row, List<PlannedRow> rows, List<RowError> errors) {
		Map<String, String> text = new LinkedHashMap<>();
		for (Map.Entry<String, String> e : mapping.columns().entrySet()) {
			String value = row.get(e.getValue());
			value = value == null ? "" : unguard(value.trim());
			text.put(e.getKey(), mapping.translate(e.getKey(), value).trim());
		}
		List<RowError> problems = new ArrayList<>();
		for (String field : kind.required()) {
			if (text.get(field).isEmpty()) {
				problems.add(new RowError(row.number(), mapping.columns().get(field), field + " is empty"));
			}
		}
		String id = text.getOrDefault("id", "");
		if (!id.isEmpty() && !id.matches(ID_PATTERN)) {
			problems.add(new RowError(row.number(), mapping.columns().get("id"),
					"id '" + id + "' may hold only letters, digits, '-' and '_' (at most 64)"));
		}
		Customer customer = null;
		if (kind != RecordKind.CUSTOMERS && !text.get("customer").isEmpty()) {
			String c = text.get("customer");
			customer = customersById.containsKey(c) ? customersById.get(c) : customersByName.get(key(c));
			if (customer == null) {
				problems.add(new RowError(row.number(), mapping.columns().get("customer"),
						"no customer '" + c + "' (by id or name) in the workspace; import the customers first"));
			}
		}
		EClass eClass = switch (kind) {
			case CUSTOMERS -> SalesPackage.Literals.CUSTOMER;
			case CONTACTS -> SalesPackage.Literals.CONTACT;
			case OPPORTUNITIES -> SalesPackage.Literals.OPPORTUNITY;
		};
		Map<String, Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, String> e : text.entrySet()) {
			String field = e.getKey();
			if (field.equals("id") || field.equals("customer") || field.equals("currency") || e.getValue().isEmpty()) {
				continue;
			}
			try {
				values.put(field, convert(eClass.getEStructuralFeature(field), e.getValue(), text.get("currency")));
			} catch (IllegalArgumentException x) {
				problems.add(new RowError(row.number(), mapping.columns().get(field), x.getMessage()));
			}
		}
		if (kind == RecordKind.OPPORTUNITIES && customer != null) {
			values.put("customer", customer);
		}
		if (!problems.isEmpty()) {
			errors.addAll(problems);
			return;
		}
		String name = text.get("name");
		String scope = customer == null ? "" : customer.getId() + "\u0000";
		Identified existing = !id.isEmpty() && existingById.containsKey(id)
				? existingById.get(id)
				: id.isEmpty() ? existingByName.get(scope + key(name)) : null;
		if (existing instanceof Contact contact && customer != null && contact.eContainer() != customer) {
			errors.add(new RowError(row.number(), mapping.columns().get("id"), "contact " + id + " belongs to another customer"));
			return;
		}
		String recordKey = existing != null ? "#" + existing.getId() : !id.isEmpty() ? "#" + id : scope + key(name);
		Integer earlier = plannedKeys.putIfAbsent(recordKey, row.number());
		if (earlier != null) {
			errors.add(new RowError(row.number(), null, "the same " + kind.singular() + " as row " + earlier + " ('" + name + "')"));
			return;
		}
		rows.add(new PlannedRow(row.number(), existing, existing != null ? existing.getId() : id.isEmpty() ? null : id, name, customer,
				values));
	}

	private Object convert(EStructuralFeature feature, String value, String currency) {
		Object type = feature.getEType().getInstanceClass();
		if (feature.getEType() instanceof EEnum eEnum) {
			String normal = value.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				if (literal.getLiteral().equalsIgnoreCase(normal) || literal.getName().equalsIgnoreCase(normal)) {
					return literal.getInstance();
				}
			}
			throw new IllegalArgumentException("'" + value + "' is not a " + feature.getName() + "; one of "
					+ eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
		}
		if (feature == SalesPackage.Literals.OPPORTUNITY__STAGE) {
			for (Stage stage : workspace.getProcess() == null ? List.<Stage>of() : workspace.getProcess().getStages()) {
				if (value.equalsIgnoreCase(stage.getName()) || value.equals(stage.getLocalName())) {
					return stage;
				}
			}
			throw new IllegalArgumentException("no stage '" + value + "' in the sales process; the stages are "
					+ (workspace.getProcess() == null ? "[]" : workspace.getProcess().getStages().stream().map(Stage::getName).toList())
					+ " (map other names under values: stage:)");
		}
		if (type == Money.class) {
			String code = currency == null || currency.isEmpty() ? workspace.getCurrency() : currency.toUpperCase(Locale.ROOT);
			if (!code.matches("[A-Z]{3}")) {
				throw new IllegalArgumentException("currency '" + currency + "' is not an ISO 4217 code like CNY");
			}
			return new Money(number(value, feature.getName()), code);
		}
		if (type == int.class) {
			String digits = value.endsWith("%") ? value.substring(0, value.length() - 1).trim() : value;
			BigDecimal n = number(digits, feature.getName());
			if (n.scale() > 0 && n.stripTrailingZeros().scale() > 0 || n.intValue() < 0 || n.intValue() > 100) {
				throw new IllegalArgumentException(feature.getName() + " '" + value + "' is not a whole percentage from 0 to 100");
			}
			return n.intValue();
		}
		if (type == LocalDate.class) {
			return date(value, feature.getName());
		}
		if (type == Instant.class) {
			try {
				return Instant.parse(value);
			} catch (DateTimeParseException e) {
				return date(value, feature.getName()).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
		}
		if (feature.isMany()) {
			List<String> parts = new ArrayList<>();
			for (String part : value.split(";")) {
				if (!part.isBlank()) {
					parts.add(part.trim());
				}
			}
			return parts;
		}
		return value;
	}

	private static BigDecimal number(String value, String field) {
		String plain = value.replace(",", "").replace(" ", "").replace("\u00A0", "");
		try {
			return new BigDecimal(plain);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(field + " '" + value + "' is not a number (write 1234.50 or 1,234.50)");
		}
	}

	private LocalDate date(String value, String field) {
		try {
			return LocalDate.parse(value, mapping.dates());
		} catch (DateTimeParseException e) {
			try {
				// A date and time ("2026-03-02 09:15:00", as Odoo writes "Created on"): its date.
				int time = value.indexOf(' ') > 0 ? value.indexOf(' ') : value.indexOf('T');
				return time > 0
						? LocalDate.parse(value.substring(0, time), mapping.dates())
						: LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
			} catch (DateTimeParseException again) {
				throw new IllegalArgumentException(field + " '" + value + "' is not a date like " + mapping.datePattern());
			}
		}
	}

	/**
	 * Makes the planned changes; with errors in the plan only when {@code goodRows} is set.
	 *
	 * @return how many records were created and how many updated
	 * @throws IllegalStateException when the plan has errors and goodRows is false
	 */
	public static int[] apply(SalesWorkspace workspace, Plan plan, boolean goodRows) {
		if (!plan.errors().isEmpty() && !goodRows) {
			throw new IllegalStateException(plan.errors().size() + " bad row(s): nothing imported");
		}
		int created = 0;
		int updated = 0;
		IdSequence ids = new IdSequence(workspace, plan.kind());
		for (PlannedRow row : plan.rows()) {
			Identified record = row.existing();
			if (record == null) {
				record = switch (plan.kind()) {
					case CUSTOMERS -> SalesFactory.eINSTANCE.createCustomer();
					case CONTACTS -> SalesFactory.eINSTANCE.createContact();
					case OPPORTUNITIES -> SalesFactory.eINSTANCE.createOpportunity();
				};
				record.setId(row.id() != null ? row.id() : ids.next());
				if (record instanceof Opportunity o) {
					o.setStatus(OpportunityStatus.OPEN);
				}
				created++;
			} else {
				updated++;
			}
			for (Map.Entry<String, Object> value : row.values().entrySet()) {
				EStructuralFeature feature = record.eClass().getEStructuralFeature(value.getKey());
				if (feature.isMany()) {
					@SuppressWarnings("unchecked")
					List<Object> list = (List<Object>) record.eGet(feature);
					list.clear();
					list.addAll((List<?>) value.getValue());
				} else {
					record.eSet(feature, value.getValue());
				}
			}
			if (row.existing() == null) {
				switch (plan.kind()) {
					case CUSTOMERS -> workspace.getCustomers().add((Customer) record);
					case CONTACTS -> row.customer().getContacts().add((Contact) record);
					case OPPORTUNITIES -> workspace.getOpportunities().add((Opportunity) record);
				}
			}
		}
		return new int[]{created, updated};
	}

	/** Ids for new records without one: the kind's prefix and the next free number (C0042, P0007, O0123). */
	private static final class IdSequence {
		private final String prefix;
		private final java.util.Set<String> taken = new java.util.HashSet<>();
		private int next = 1;

		IdSequence(SalesWorkspace workspace, RecordKind kind) {
			prefix = switch (kind) {
				case CUSTOMERS -> "C";
				case CONTACTS -> "P";
				case OPPORTUNITIES -> "O";
			};
			workspace.getCustomers().forEach(c -> {
				taken.add(c.getId());
				c.getContacts().forEach(p -> taken.add(p.getId()));
			});
			workspace.getOpportunities().forEach(o -> taken.add(o.getId()));
		}

		String next() {
			String id;
			do {
				id = String.format("%s%04d", prefix, next++);
			} while (!taken.add(id));
			return id;
		}
	}

	/** A leading apostrophe that {@link SalesExport} put before a formula-like value, taken off again. */
	static String unguard(String value) {
		return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
	}

	private static String key(String name) {
		return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
	}

}
