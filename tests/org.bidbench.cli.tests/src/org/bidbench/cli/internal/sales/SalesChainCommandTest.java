package org.bidbench.cli.internal.sales;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.internal.CommandRun;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.quote.QuoteAmounts;
import org.bidbench.sales.core.quote.takeoff.PriceCatalogFile;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.model.Approval;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.DeliverableStatus;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.LeadStatus;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.core.quote.QuoteApprovalRequirements;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * The whole SOP headless, on a fresh demo workspace, with the files read back after every step; each refused step is
 * checked for its message and for leaving every file as it was, byte for byte.
 */
class SalesChainCommandTest {

	private Path root;
	private Path sales;

	private CommandRun ok(String... arguments) {
		CommandRun run = CommandRun.of(root.getParent(), withWorkspace(arguments));
		assertEquals(0, run.exitCode, () -> String.join(" ", arguments) + "\n" + run);
		return run;
	}

	/** Runs a command that must be refused: exit 1, one line on stderr with each fragment, and no file changed. */
	private String refused(String[] arguments, String... fragments) throws Exception {
		Map<String, String> before = files();
		CommandRun run = CommandRun.of(root.getParent(), withWorkspace(arguments));
		assertEquals(1, run.exitCode, () -> String.join(" ", arguments) + "\n" + run);
		assertEquals(1, run.err.strip().lines().count(), () -> "one line: " + run.err);
		for (String fragment : fragments) {
			assertTrue(run.err.contains(fragment), () -> "'" + fragment + "' not in: " + run.err);
		}
		assertEquals(before, files(), "a refused command changed files");
		return run.err;
	}

	private String[] withWorkspace(String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.add("--workspace");
		all.add(root.toString());
		return all.toArray(String[]::new);
	}

	/** SHA-256 of every file of the sales data, by relative path. */
	private Map<String, String> files() throws Exception {
		Map<String, String> result = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(sales)) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				result.put(sales.relativize(p).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
			}
		}
		return result;
	}

	/** The workspace as the files hold it now. */
	private SalesWorkspaceFolder disk() throws Exception {
		SalesWorkspaceFolder loaded = SalesWorkspaceFolder.load(sales);
		assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
		return loaded;
	}

	private Opportunity opportunity(String id) throws Exception {
		return disk().workspace().getOpportunities().stream().filter(o -> o.getId().equals(id)).findFirst().orElseThrow();
	}

	private static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\": \"([^\"]*)\"").matcher(json);
		assertTrue(m.find(), () -> name + " not in " + json);
		return m.group(1);
	}

	private Employee first(EmployeeRole role) throws Exception {
		return disk().workspace().getEmployees().stream().filter(e -> e.getRole() == role).findFirst().orElseThrow();
	}

	@Test
	void theWholeSopRunsHeadlessAndEachRefusedStepChangesNoFile() throws Exception {
		root = Files.createTempDirectory("bidbench-sop").resolve("ws");
		sales = root.resolve("sales");
		CommandRun demo = CommandRun.of(root.getParent(), "demo-workspace", root.toString(), "--seed", "7", "--date", "2026-03-02");
		assertEquals(0, demo.exitCode, demo.toString());
		String salesLead = first(EmployeeRole.SALES_LEAD).getName();
		String technical = first(EmployeeRole.TECHNICAL_LEAD).getName();
		String commercial = first(EmployeeRole.COMMERCIAL_LEAD).getName();
		String pm = first(EmployeeRole.PROJECT_MANAGER).getName();
		int opportunitiesBefore = disk().workspace().getOpportunities().size();

		// lead -> opportunity
		String leadJson = ok("lead", "new", "--title", "Ningbo depot extension", "--customer", "宁波轨道交通集团", "--source", "trade fair", "--owner",
				salesLead, "--json").out;
		String leadId = field(leadJson, "id");
		Lead lead = disk().workspace().getLeads().stream().filter(l -> l.getId().equals(leadId)).findFirst().orElseThrow();
		assertEquals(LeadStatus.NEW, lead.getStatus());
		assertEquals("宁波轨道交通集团", lead.getCustomer().getName());
		String id = field(ok("lead", "convert", leadId, "--amount", "2500000", "--json").out, "opportunity");
		assertTrue(Files.isRegularFile(sales.resolve("opportunities").resolve(id + ".xmi")), "the opportunity has its own file");
		SalesWorkspaceFolder afterConvert = disk();
		Lead converted = afterConvert.workspace().getLeads().stream().filter(l -> l.getId().equals(leadId)).findFirst().orElseThrow();
		assertEquals(LeadStatus.CONVERTED, converted.getStatus());
		assertEquals(id, converted.getOpportunity().getId());
		assertEquals(opportunitiesBefore + 1, afterConvert.workspace().getOpportunities().size());
		assertEquals("Lead", opportunity(id).getStage().getName());
		assertEquals(salesLead, opportunity(id).getTeam().getSalesLead().getName());

		// team
		ok("team", "set", id, "--role", "technical", "--employee", technical);
		ok("team", "set", id, "--role", "commercial", "--employee", commercial);
		String team = ok("team", "set", id, "--role", "pm", "--employee", pm).out;
		assertTrue(team.contains("the team is complete"), team);
		assertEquals(pm, opportunity(id).getTeam().getProjectManager().getName());
		refused(new String[]{"team", "set", id, "--role", "pm", "--employee", "Nobody Known"}, "Unknown employee 'Nobody Known'");

		// first visit, with its minutes
		ok("opportunity", "move", id, "Qualification");
		refused(new String[]{"opportunity", "move", id, "Solution"}, "gate 'Requirements analysis report'", "responsible: sales lead (" + salesLead + ")",
				"to do: submit the 'requirements-analysis' deliverable");
		refused(new String[]{"opportunity", "move", id, "Closing"}, "Unknown stage 'Closing'", "Qualification (stage-qualification)");
		Path minutes = root.getParent().resolve("visit-minutes.txt");
		Files.writeString(minutes, "客户希望按BIM模型计量。\nThe client wants quantities from the BIM model.\n");
		refused(new String[]{"activity", "add", id, "--kind", "visit", "--at", "03/03/2026 10:00"}, "--at '03/03/2026 10:00' is not an ISO time");
		ok("activity", "add", id, "--kind", "visit", "--at", "2026-03-03T10:00+08:00", "--minutes", minutes.toString());
		var visit = opportunity(id).getActivities().get(0);
		assertEquals("2026-03-03T02:00:00Z", visit.getAt().toString());
		assertTrue(visit.getMinutes().contains("BIM模型"), visit.getMinutes());

		// the requirements report: submitted, reviewed by the technical lead
		Path report = Files.writeString(root.getParent().resolve("requirements.docx"), "report");
		ok("deliverable", "submit", id, "requirements-analysis", "--file", report.toString());
		refused(new String[]{"deliverable", "review", id, "requirements-analysis", "--accept", "--by", commercial},
				"reviewed by the technical lead", "ask " + technical);
		ok("deliverable", "review", id, "requirements-analysis", "--accept", "--comment", "complete");
		var accepted = opportunity(id).getDeliverables().get(0);
		assertEquals(DeliverableStatus.ACCEPTED, accepted.getStatus());
		assertEquals(technical, accepted.getReviewer().getName());
		assertEquals("complete", accepted.getReviewComment());
		assertEquals("gate-requirements", accepted.getGate().getId());

		// solution
		ok("opportunity", "move", id, "Solution");
		Path solution = Files.writeString(root.getParent().resolve("solution.pdf"), "solution");
		ok("deliverable", "submit", id, "technical-solution", "--file", solution.toString());
		ok("opportunity", "move", id, "Quote");
		assertEquals("Quote", opportunity(id).getStage().getName());

		// quote from the AC20 take-off, technical and finance approvals, release
		Path model = CommandRun.demoModel("AC20-FZK-Haus.ifc", Files.createTempDirectory("bidbench-model"));
		String r1Json = ok("quote", model.toString(), "--opportunity", id, "--json").out;
		String r1 = field(r1Json, "id");
		Quote quote1 = opportunity(id).getQuotes().get(0);
		assertEquals(QuoteStatus.IN_REVIEW, quote1.getStatus());
		assertTrue(quote1.getLines().size() > 3, "the house has several priced lines");
		assertTrue(quote1.getLines().stream().allMatch(l -> !l.getGlobalIds().isEmpty()), "every line covers model elements");
		refused(new String[]{"approve", r1, "--role", "finance", "--accept"},
				"needs the technical review (technical lead) before the finance cost estimate");
		refused(new String[]{"release", r1}, "technical review by the technical lead is missing for all lines");
		ok("approve", r1, "--role", "technical", "--accept", "--comment", "quantities match the model");
		ok("approve", r1, "--role", "finance", "--accept");
		refused(new String[]{"approve", r1, "--role", "manager", "--accept"}, "is approved, not in review; there is nothing to approve");
		ok("release", r1);
		assertEquals(QuoteStatus.RELEASED, opportunity(id).getQuotes().get(0).getStatus());

		// a revision with one changed price: only that line is approved again
		QuoteLine changedLine = uniqueItemLine(quote1);
		Path prices = root.getParent().resolve("prices-2026b.csv");
		Files.writeString(prices, catalogWithRaisedPrice(changedLine.getCostItemCode()));
		String r2Json = ok("quote", model.toString(), "--opportunity", id, "--prices", prices.toString(), "--json").out;
		String r2 = field(r2Json, "id");
		Matcher changed = Pattern.compile("\"changedLines\": \\[([^\\]]*)\\]").matcher(r2Json);
		assertTrue(changed.find(), r2Json);
		assertEquals("\"" + changedLine.getKey() + "\"", changed.group(1).strip(), "exactly the line whose price changed");
		Quote quote2 = opportunity(id).getQuotes().get(1);
		assertEquals(2, quote2.getRevision());
		assertEquals(2, quote2.getApprovals().size(), "the technical and finance approvals of revision 1 are carried over");
		assertTrue(quote2.getApprovals().stream().allMatch(Approval::isCarriedOver));
		for (EmployeeRole role : List.of(EmployeeRole.TECHNICAL_LEAD, EmployeeRole.FINANCE)) {
			// a carried approval stops counting for a line once the line differs from the revision it was given on
			assertEquals(List.of(changedLine.getKey()), QuoteApprovalRequirements.linesLackingApproval(quote2, role).stream().map(QuoteLine::getKey)
					.toList(), "only the changed line waits for the " + role.getLiteral());
		}
		refused(new String[]{"release", r2}, "missing for line(s) " + changedLine.getKey());
		ok("approve", r2, "--role", "technical", "--accept");
		ok("approve", r2, "--role", "finance", "--accept");
		quote2 = opportunity(id).getQuotes().get(1);
		for (Approval given : quote2.getApprovals().stream().filter(a -> !a.isCarriedOver()).toList()) {
			assertEquals(List.of(changedLine.getKey()), given.getLines().stream().map(QuoteLine::getKey).toList(), "only the changed line re-approved");
		}
		ok("release", r2);
		assertEquals(QuoteStatus.SUPERSEDED, opportunity(id).getQuotes().get(0).getStatus());
		assertEquals(QuoteStatus.RELEASED, opportunity(id).getQuotes().get(1).getStatus());

		// contract and milestones
		ok("opportunity", "move", id, "Contract approval");
		refused(new String[]{"opportunity", "move", id, "Execution"}, "gate 'Contract signed'", "responsible: commercial lead (" + commercial + ")");
		ok("contract", "new", id, "--signed", "2026-03-20", "--milestones", "Advance=30@2026-04-03,Completion=60@2026-09-30,Retention=10@2027-03-31");
		Contract contract = opportunity(id).getContract();
		Quote released = opportunity(id).getQuotes().get(1);
		assertEquals(QuoteAmounts.total(released), contract.getValue());
		assertEquals(QuoteStatus.ACCEPTED, released.getStatus());
		assertEquals(3, contract.getMilestones().size());
		assertEquals(contract.getValue(), contract.getMilestones().stream().map(m -> m.getAmount()).reduce(Money::plus).orElseThrow());
		ok("opportunity", "move", id, "Execution");
		assertEquals(OpportunityStatus.WON, opportunity(id).getStatus());

		// collections: a partial and a full one against milestone 1
		String k = contract.getId();
		Money advance = contract.getMilestones().get(0).getAmount();
		refused(new String[]{"collect", k, "--milestone", "1", "--amount", "1000", "--on", "2026-04-01"}, "has not been invoiced");
		ok("invoice", k, "--milestone", "1", "--on", "2026-03-25");
		BigDecimal part = advance.amount().divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP);
		ok("collect", k, "--milestone", "1", "--amount", part.toPlainString(), "--on", "2026-04-01");
		assertEquals(Money.of(part, "CNY"), opportunity(id).getContract().getMilestones().get(0).getCollectedAmount());
		Money rest = advance.minus(Money.of(part, "CNY"));
		refused(new String[]{"collect", k, "--milestone", "1", "--amount", rest.amount().add(BigDecimal.ONE).toPlainString(), "--on", "2026-04-10"},
				"only " + rest + " of its " + advance + " is still due");
		refused(new String[]{"collect", k, "--milestone", "1", "--amount", "10", "--on", "10.04.2026"}, "--on '10.04.2026' is not a date",
				"YYYY-MM-DD");
		refused(new String[]{"collect", k, "--milestone", "4", "--amount", "10", "--on", "2026-04-10"}, "there is no milestone 4");
		ok("collect", k, "--milestone", "1", "--amount", rest.amount().toPlainString(), "--on", "2026-04-10");
		var paid = opportunity(id).getContract().getMilestones().get(0);
		assertEquals(advance, paid.getCollectedAmount());
		assertEquals(LocalDate.parse("2026-04-10"), paid.getCollectedOn());

		String shown = ok("opportunity", "show", id, "--json").out;
		assertEquals("won", field(shown, "status"));
		assertTrue(shown.contains("\"outstanding\": \"0.00\""), shown);

		// another opportunity, made directly and closed lost
		String other = field(ok("opportunity", "new", "--customer", "宁波轨道交通集团", "--title", "Depot lighting", "--amount", "800000", "--json").out, "id");
		refused(new String[]{"opportunity", "new", "--customer", "X", "--title", "Y", "--amount", "lots"}, "--amount 'lots' is not an amount");
		ok("opportunity", "lose", other, "--reason", "price 8 % above the winner", "--competitor", "Huadong Engineering");
		Opportunity lost = opportunity(other);
		assertEquals(OpportunityStatus.LOST, lost.getStatus());
		assertEquals("Huadong Engineering", lost.getWinningCompetitor());
		assertEquals(opportunity(id).getCustomer().getId(), lost.getCustomer().getId(), "the customer is found by name, not made twice");
	}

	/** A line whose cost item no other line of the quote uses, so a new price of that item changes exactly one line. */
	private static QuoteLine uniqueItemLine(Quote quote) {
		for (QuoteLine line : quote.getLines()) {
			if (quote.getLines().stream().filter(l -> l.getCostItemCode().equals(line.getCostItemCode())).count() == 1) {
				return line;
			}
		}
		throw new AssertionError("every cost item is on several lines");
	}

	/** The sample catalog with one item's cost (cost-plus) or price (fixed) raised by a tenth. */
	private static String catalogWithRaisedPrice(String code) throws Exception {
		String text;
		try (InputStream in = FrameworkUtil.getBundle(PriceCatalogFile.class).getEntry("catalogs/general-building.prices.csv").openStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		StringBuilder out = new StringBuilder();
		boolean raised = false;
		for (String line : text.split("\n", -1)) {
			String[] f = line.split(",", -1);
			if (f.length >= 7 && f[0].equals(code)) {
				int column = f[6].isBlank() ? 4 : 6;
				f[column] = new BigDecimal(f[column].strip()).multiply(new BigDecimal("1.1")).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
				line = String.join(",", f);
				raised = true;
			}
			out.append(line).append('\n');
		}
		assertTrue(raised, "item " + code + " is in the sample catalog");
		return out.toString().substring(0, out.length() - 1);
	}

	@Test
	void theSameSeedAndDateMakeByteIdenticalDemoWorkspaces() throws Exception {
		Path parent = Files.createTempDirectory("bidbench-demo-twice");
		CommandRun a = CommandRun.of(parent, "demo-workspace", "a", "--seed", "11", "--date", "2026-05-04");
		CommandRun b = CommandRun.of(parent, "demo-workspace", "b", "--seed", "11", "--date", "2026-05-04");
		assertEquals(0, a.exitCode, a.toString());
		assertEquals(0, b.exitCode, b.toString());
		List<Path> filesA;
		try (Stream<Path> walk = Files.walk(parent.resolve("a"))) {
			filesA = walk.filter(Files::isRegularFile).sorted().toList();
		}
		List<Path> filesB;
		try (Stream<Path> walk = Files.walk(parent.resolve("b"))) {
			filesB = walk.filter(Files::isRegularFile).sorted().toList();
		}
		assertEquals(filesA.stream().map(p -> parent.resolve("a").relativize(p).toString()).toList(),
				filesB.stream().map(p -> parent.resolve("b").relativize(p).toString()).toList());
		assertTrue(filesA.size() > 100, "a demo workspace holds many files: " + filesA.size());
		int compared = 0;
		for (int i = 0; i < filesA.size(); i++) {
			if (filesA.get(i).toString().endsWith(".pdf")) {
				// OpenPDF (under BIRT) stamps each PDF with the time of rendering, a document id and random font subset
				// tags, so the rendered quote is the one file that is not byte for byte the same (docs/sales.md).
				continue;
			}
			assertArrayEquals(Files.readAllBytes(filesA.get(i)), Files.readAllBytes(filesB.get(i)), "differs: " + filesA.get(i));
			compared++;
		}
		assertEquals(filesA.size() - 1, compared, "every file but the quote PDF compared");
		CommandRun other = CommandRun.of(parent, "demo-workspace", "c", "--seed", "12", "--date", "2026-05-04");
		assertEquals(0, other.exitCode, other.toString());
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(parent.resolve("a/sales/workspace.xmi")),
				Files.readAllBytes(parent.resolve("c/sales/workspace.xmi"))), "another seed, other data");
		CommandRun badDate = CommandRun.of(parent, "demo-workspace", "d", "--seed", "11", "--date", "4 May 2026");
		assertEquals(1, badDate.exitCode, badDate.toString());
		assertTrue(badDate.err.contains("--date '4 May 2026' is not a date"), badDate.err);
	}

	@Test
	void aFileAnotherProgramChangedSinceItWasReadIsNotOverwritten() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-concurrent").resolve("sales");
		DemoWorkspaceFactory.write(folder, 5, LocalDate.parse("2026-03-02"));
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandContext context = new CommandContext(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), folder.getParent(), false);
		SalesStore loaded = SalesCommands.load(context, folder.toString());
		Opportunity o = loaded.workspace().getOpportunities().stream().filter(x -> x.getStatus() == OpportunityStatus.OPEN).findFirst().orElseThrow();
		SalesCommands.operations(loaded).addRisk(o, "Site access unclear");
		Path file = folder.resolve("opportunities").resolve(o.getId() + ".xmi");
		assertNotNull(file);
		String theirs = Files.readString(file) + "<!-- edited elsewhere -->\n";
		Files.writeString(file, theirs);
		CommandException e = assertThrows(CommandException.class, () -> SalesCommands.save(loaded));
		assertTrue(e.getMessage().contains(o.getId() + ".xmi"), e.getMessage());
		assertTrue(e.getMessage().contains("Nothing was saved"), e.getMessage());
		assertEquals(theirs, Files.readString(file), "the other program's change is kept");
	}
}
