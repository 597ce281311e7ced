package org.bidbench.sales.core.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bidbench.sales.core.process.DefaultSalesProcess;
import org.bidbench.sales.core.quote.Pricing;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.bidbench.sales.model.Activity;
import org.bidbench.sales.model.ActivityKind;
import org.bidbench.sales.model.Approval;
import org.bidbench.sales.model.Attitude;
import org.bidbench.sales.model.BuyingRole;
import org.bidbench.sales.model.ChangeOrder;
import org.bidbench.sales.model.ChangeOrderStatus;
import org.bidbench.sales.model.Contact;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.CustomerTier;
import org.bidbench.sales.model.Deliverable;
import org.bidbench.sales.model.DeliverableStatus;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.FollowUpTask;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.LeadStatus;
import org.bidbench.sales.model.MarginFloor;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.NpsAnswer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.PriceRule;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesProcess;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.model.StageChange;
import org.bidbench.sales.model.Team;
import org.bidbench.sales.model.Verdict;

/**
 * A realistic demo workspace (per docs/domain.md): Chinese and English customers, 150 opportunities
 * over the two years before a reference date in every stage, quotes with revisions and
 * approvals, contracts with payment milestones (some late), activities, leads and NPS answers.
 *
 * <p>The same seed and reference date give the same workspace. Outcomes depend partly on the
 * things the win probability model looks at (team completeness, gate discipline, competitors,
 * earlier wins, how often the team talks to the client) and partly on hidden causes the
 * workspace never records (whether the client's budget is secured, whether a competitor is the
 * client's favoured incumbent) plus noise, as they plausibly do in real firms: a model judged on
 * this data cannot score well just by reading back the generator's own rule.
 *
 * <p>{@link Size#LARGE} makes the benchmark workspace: 200 customers and 5,000 opportunities over
 * five years, about 20,000 activities and 3,000 contracts (20,707 and 3,042 with the default seed).
 */
public final class DemoWorkspaceFactory {

	public static final long DEFAULT_SEED = 42;

	/**
	 * How much data: customers, opportunities, years of history, leads, and three knobs that shape the
	 * large workspace to the benchmark's proportions (about 4 activities and 0.6 contracts per
	 * opportunity) without changing the demo.
	 *
	 * @param customers   at least the named demo customers (45); more get generated names
	 * @param callSpacing how far apart the follow-up calls are, as a multiple of the demo's spacing
	 * @param winTilt     added to every deal's hidden strength: more deals won, more contracts
	 * @param recentShare the share of deals created in the last 150 days (the open pipeline)
	 */
	public record Size(String id, int customers, int opportunities, int years, int leads, double callSpacing, double winTilt,
			double recentShare) {
		public static final Size DEMO = new Size("demo", 45, 150, 2, 30, 1.0, 0.0, 0.35);
		public static final Size LARGE = new Size("large", 200, 5000, 5, 400, 2.8, 0.3, 0.25);

		public static Size parse(String text) {
			for (Size s : new Size[]{DEMO, LARGE}) {
				if (s.id().equals(text)) {
					return s;
				}
			}
			throw new IllegalArgumentException("Unknown workspace size '" + text + "'; use demo or large");
		}
	}
	private static final String CNY = "CNY";

	private static final String[] CUSTOMERS_ZH = {"上海城建市政工程有限公司", "杭州地铁集团有限公司", "深圳水务集团", "南京交通建设投资有限公司",
			"广州电力设计院", "成都建工集团", "武汉城市建设投资开发集团", "苏州工业园区建设局", "天津港务集团", "重庆轨道交通集团", "青岛海湾大桥管理公司",
			"西安市政设计研究院", "厦门国际机场集团", "宁波能源集团", "合肥城市燃气公司", "长沙湘江新区管委会", "郑州高铁站建设指挥部", "昆明滇池水务公司",
			"大连船舶重工集团", "沈阳热力集团", "济南城市建设集团", "福州地铁集团"};
	private static final String[] CUSTOMERS_EN = {"Northbridge Rail Partners Ltd", "Harbour City Water Authority",
			"Meridian Power Grid plc", "Atlas Infrastructure Group", "Riverside Hospital Trust", "Summit Energy Storage",
			"Kestrel Airport Holdings", "Bluewater Desalination Co", "Granite Tunnel Consortium", "Evergreen Campus Developments",
			"Pacific Logistics Parks", "Ironwood Steel Works", "Aurora Data Centres", "Coastline Wind Farms",
			"Metro Light Rail Authority", "Silverline Bridges Ltd", "Oakridge Municipal Council", "Helios Solar Parks",
			"Northern Water Utilities", "Crescent Port Authority", "Delta Chemical Plants", "Westgate Shopping Estates",
			"Highland Hydro Power"};
	private static final String[] INDUSTRIES = {"municipal", "rail transit", "water", "power", "healthcare", "airport",
			"industrial", "real estate", "energy"};
	private static final String[] REGIONS = {"East", "South", "North", "West"};
	private static final String[] PEOPLE_ZH = {"王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊", "赵军", "黄丽", "周强", "吴霞", "徐涛", "孙悦"};
	private static final String[] PEOPLE_EN = {"Emma Clarke", "James Patel", "Olivia Chen", "Liam O'Brien", "Sophia Müller",
			"Noah Williams", "Ava Johnson", "Lucas Martin"};
	private static final String[] COMPETITORS = {"中建科技", "华东设计院", "Arcadis", "AECOM", "Jacobs", "Stantec", "中交设计"};
	private static final String[] LOST_REASONS = {"price too high", "competitor had an existing framework contract",
			"project postponed by the client", "technical solution did not meet the tender criteria", "lost to local supplier",
			"budget cut"};
	private static final String[] SOURCES = {"referral", "tender portal", "trade fair", "existing customer", "website",
			"partner"};

	private final Random random;
	private final LocalDate today;
	private final Instant now;
	private final SalesFactory f = SalesFactory.eINSTANCE;
	private SalesWorkspace ws;
	private final List<Employee> byRole[];
	private final List<Customer> customers = new ArrayList<>();
	private PriceCatalog catalog;
	private final Size size;
	/** Draws for what the workspace never records, apart from the main stream so that sizes stay comparable. */
	private final Random hidden;

	@SuppressWarnings("unchecked")
	private DemoWorkspaceFactory(long seed, LocalDate today, Size size) {
		this.random = new Random(seed);
		this.hidden = new Random(seed * 31 + 7);
		this.size = size;
		this.today = today;
		this.now = referenceTime(today);
		this.byRole = new List[EmployeeRole.VALUES.size()];
		for (int i = 0; i < byRole.length; i++) {
			byRole[i] = new ArrayList<>();
		}
	}

	/** The demo workspace as of {@code today}, in memory. */
	public static SalesWorkspace create(long seed, LocalDate today) {
		return create(seed, today, Size.DEMO);
	}

	/**
	 * A demo workspace with that many opportunities (the demo has 150), e.g. 5,000 for the team
	 * store's load benchmark: the demo's customers and years, only more deals.
	 */
	public static SalesWorkspace create(long seed, LocalDate today, int opportunities) {
		Size demo = Size.DEMO;
		return create(seed, today, new Size("demo-" + opportunities, demo.customers(), opportunities, demo.years(), demo.leads(),
				demo.callSpacing(), demo.winTilt(), demo.recentShare()));
	}

	/** A workspace of the given size as of {@code today}, in memory. */
	public static SalesWorkspace create(long seed, LocalDate today, Size size) {
		return new DemoWorkspaceFactory(seed, today, size).build();
	}

	/**
	 * Writes the demo workspace (default seed, as of today in UTC) into the folder in the
	 * folder layout of {@link SalesWorkspaceFolder} and returns the folder's root file.
	 */
	public static Path create(Path folder) throws WorkspaceFileException {
		return write(folder, DEFAULT_SEED, LocalDate.now(ZoneOffset.UTC));
	}

	/** The moment the demo data is "now" on its reference date: the end of that working day, UTC. */
	public static Instant referenceTime(LocalDate today) {
		return today.atTime(17, 0).toInstant(ZoneOffset.UTC);
	}

	/** Same seed and date, same files. The folder must not hold a workspace already. */
	public static Path write(Path folder, long seed, LocalDate today) throws WorkspaceFileException {
		return write(folder, seed, today, Size.DEMO);
	}

	/** Same seed, date and size, same files. The folder must not hold a workspace already. */
	public static Path write(Path folder, long seed, LocalDate today, Size size) throws WorkspaceFileException {
		SalesWorkspaceFolder.create(folder, create(seed, today, size)).save();
		return folder.resolve(SalesWorkspaceFolder.ROOT);
	}

	private SalesWorkspace build() {
		ws = f.createSalesWorkspace();
		ws.setName("BidBench demo");
		ws.setCurrency(CNY);
		DefaultSalesProcess.installInto(ws);
		employees();
		catalog();
		customers();
		for (int i = 1; i <= size.opportunities(); i++) {
			opportunity(i);
		}
		leads();
		return ws;
	}

	private void employees() {
		EmployeeRole[] roles = {EmployeeRole.SALES_LEAD, EmployeeRole.SALES_LEAD, EmployeeRole.SALES_LEAD,
				EmployeeRole.SALES_LEAD, EmployeeRole.TECHNICAL_LEAD, EmployeeRole.TECHNICAL_LEAD, EmployeeRole.TECHNICAL_LEAD,
				EmployeeRole.COMMERCIAL_LEAD, EmployeeRole.COMMERCIAL_LEAD, EmployeeRole.FINANCE, EmployeeRole.FINANCE,
				EmployeeRole.PROJECT_MANAGER, EmployeeRole.PROJECT_MANAGER, EmployeeRole.PROJECT_MANAGER,
				EmployeeRole.SALES_MANAGER, EmployeeRole.SALES_MANAGER, EmployeeRole.EXECUTIVE, EmployeeRole.SALES_LEAD,
				EmployeeRole.TECHNICAL_LEAD, EmployeeRole.COMMERCIAL_LEAD};
		for (int i = 0; i < PEOPLE_ZH.length + PEOPLE_EN.length; i++) {
			Employee e = f.createEmployee();
			e.setId(String.format("E%03d", i + 1));
			e.setName(i < PEOPLE_ZH.length ? PEOPLE_ZH[i] : PEOPLE_EN[i - PEOPLE_ZH.length]);
			e.setRole(roles[i % roles.length]);
			e.setRegion(REGIONS[i % REGIONS.length]);
			e.setEmail("e" + (i + 1) + "@bidbench.example");
			// Two sales teams, by the region the person works in.
			e.setTeam(e.getRegion().equals("East") || e.getRegion().equals("North") ? "Infrastructure" : "Utilities");
			ws.getEmployees().add(e);
			byRole[e.getRole().getValue()].add(e);
		}
	}

	private void catalog() {
		catalog = f.createPriceCatalog();
		catalog.setId("CAT-2025");
		catalog.setName("Standard price list 2025-2026");
		catalog.setCurrency(CNY);
		catalog.setValidFrom(today.minusYears(3));
		catalog.setValidTo(today.plusYears(1));
		Object[][] items = {{"CON-C30", "C30 concrete, placed", "m3", "concrete", "520"},
				{"CON-C40", "C40 concrete, placed", "m3", "concrete", "610"},
				{"RBR-HRB400", "Reinforcement HRB400", "t", "steel", "4850"},
				{"STL-Q355", "Structural steel Q355, erected", "t", "steel", "7200"},
				{"FMW-SLAB", "Slab formwork", "m2", "formwork", "68"},
				{"FMW-WALL", "Wall formwork", "m2", "formwork", "75"}, {"MEP-PIPE", "HVAC ductwork", "m", "mep", "210"},
				{"MEP-CABLE", "Power cabling", "m", "mep", "95"}, {"BIM-COORD", "BIM coordination", "h", "services", "380"},
				{"ENG-DESIGN", "Detailed design", "h", "services", "450"},
				{"EXC-SOIL", "Excavation, soil", "m3", "earthworks", "38"},
				{"PIL-BORED", "Bored piles 800 mm", "m", "foundations", "1450"}};
		for (Object[] row : items) {
			CatalogItem item = f.createCatalogItem();
			item.setCode((String) row[0]);
			item.setDescription((String) row[1]);
			item.setUnit((String) row[2]);
			item.setCategory((String) row[3]);
			item.setUnitCost(Money.of((String) row[4], CNY));
			item.setPriceRule(PriceRule.COST_PLUS);
			item.setMarginPercent(BigDecimal.valueOf(12 + random.nextInt(14)));
			catalog.getItems().add(item);
		}
		for (String[] floor : new String[][]{{"concrete", "8"}, {"steel", "10"}, {"formwork", "10"}, {"mep", "12"},
				{"services", "25"}, {"earthworks", "6"}, {"foundations", "9"}}) {
			MarginFloor m = f.createMarginFloor();
			m.setCategory(floor[0]);
			m.setMinimumMarginPercent(new BigDecimal(floor[1]));
			catalog.getMarginFloors().add(m);
		}
		ws.getPriceCatalogs().add(catalog);
	}

	/** Contact names of the named demo customers: Chinese surnames, forms of address; English first names, surnames. */
	private static final String[][] NAMED_CONTACTS = {{"马", "胡", "郭", "林", "何", "高", "罗"}, {"总", "工", "经理", "主任"},
			{"Mark", "Anna", "Peter", "Grace", "Tom", "Ruth"}, {"Evans", "Hughes", "Reid", "Baker"}};
	/** Contact names of the generated customers (fewer: the benchmark workspace need not read well). */
	private static final String[][] GENERATED_CONTACTS = {{"马", "胡", "郭", "林"}, {"总", "工", "经理"},
			{"Mark", "Anna", "Peter", "Grace"}, {"Evans", "Reid"}};

	private void customers() {
		int n = 0;
		for (int i = 0; i < Math.max(CUSTOMERS_ZH.length, CUSTOMERS_EN.length); i++) {
			for (String[] names : new String[][]{CUSTOMERS_ZH, CUSTOMERS_EN}) {
				if (i >= names.length) {
					continue;
				}
				n++;
				Customer c = f.createCustomer();
				c.setId(String.format("C%03d", n));
				c.setName(names[i]);
				addCustomer(c, names == CUSTOMERS_ZH, NAMED_CONTACTS);
			}
		}
		String[] citiesZh = {"北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "重庆", "天津", "苏州", "长沙", "郑州", "青岛",
				"厦门", "宁波", "合肥", "昆明", "沈阳"};
		String[] kindsZh = {"市政工程公司", "水务集团", "轨道交通公司", "能源集团", "建设投资公司", "港务集团", "医院建设办公室", "燃气公司"};
		String[] citiesEn = {"Ashford", "Brighton", "Carlisle", "Dover", "Exeter", "Falkirk", "Glasgow", "Harlow", "Ipswich",
				"Kendal", "Lincoln", "Margate"};
		String[] kindsEn = {"Water Board", "Transit Authority", "Power Networks", "Port Authority", "Hospital Trust",
				"Council Works", "Energy Parks", "Rail Partners"};
		while (customers.size() < size.customers()) {
			n++;
			boolean chinese = n % 2 == 0;
			Customer c = f.createCustomer();
			c.setId(String.format("C%03d", n));
			c.setName(chinese
					? citiesZh[n % citiesZh.length] + kindsZh[(n / citiesZh.length) % kindsZh.length] + (n > 160 ? "二公司" : "")
					: citiesEn[n % citiesEn.length] + " " + kindsEn[(n / citiesEn.length) % kindsEn.length] + (n > 96 ? " II" : ""));
			addCustomer(c, chinese, GENERATED_CONTACTS);
		}
	}

	/**
	 * Gives a customer its industry, region, tier and two to four contacts, then adds it. The contacts'
	 * names are drawn from {@code contactNames}: Chinese surnames and forms of address, English first
	 * names and surnames. The draws keep their order: the same seed makes the same workspace.
	 */
	private void addCustomer(Customer c, boolean chinese, String[][] contactNames) {
		c.setIndustry(pick(INDUSTRIES));
		c.setRegion(pick(REGIONS));
		c.setTier(CustomerTier.VALUES.get(random.nextInt(4)));
		for (int k = 0; k < 2 + random.nextInt(3); k++) {
			Contact contact = f.createContact();
			contact.setId(c.getId() + "-P" + (k + 1));
			contact.setName(chinese ? pick(contactNames[0]) + pick(contactNames[1]) : pick(contactNames[2]) + " " + pick(contactNames[3]));
			// Not every customer's decision maker is known to us: a risk the flags look for.
			contact.setBuyingRole(k == 0 && random.nextDouble() < 0.85
					? BuyingRole.DECISION_MAKER
					: BuyingRole.VALUES.get(1 + random.nextInt(4)));
			contact.setAttitude(Attitude.VALUES.get(random.nextInt(5)));
			contact.setTitle(contact.getBuyingRole().getLiteral());
			c.getContacts().add(contact);
		}
		customers.add(c);
		ws.getCustomers().add(c);
	}

	private void opportunity(int index) {
		SalesProcess process = ws.getProcess();
		Opportunity o = f.createOpportunity();
		o.setId(String.format("O%04d", index));
		Customer customer = customers.get(random.nextInt(customers.size()));
		o.setCustomer(customer);
		o.setName(customer.getName() + " — " + pick(new String[]{"depot", "station", "treatment plant", "substation",
				"terminal", "bridge", "hospital wing", "campus", "pumping station", "tunnel section"}));
		o.setSource(pick(SOURCES));
		o.setStatus(OpportunityStatus.OPEN);
		// A third of the deals are recent and the last few very recent, so that the open pipeline
		// has several in each stage, early ones included.
		int span = 365 * size.years();
		int age = index > size.opportunities() - 12
				? random.nextInt(25)
				: random.nextDouble() < size.recentShare() ? random.nextInt(150) : random.nextInt(span);
		Instant created = now.minus(Duration.ofDays(age)).minus(Duration.ofHours(random.nextInt(24)));
		o.setCreatedAt(created);
		int competitorCount = random.nextInt(5);
		for (int k = 0; k < competitorCount; k++) {
			String c = pick(COMPETITORS);
			if (!o.getCompetitors().contains(c)) {
				o.getCompetitors().add(c);
			}
		}
		Team team = f.createTeam();
		boolean fullTeam = random.nextDouble() < 0.65;
		team.setSalesLead(pick(byRole[EmployeeRole.SALES_LEAD_VALUE]));
		team.setTechnicalLead(fullTeam || random.nextBoolean() ? pick(byRole[EmployeeRole.TECHNICAL_LEAD_VALUE]) : null);
		team.setCommercialLead(fullTeam || random.nextBoolean() ? pick(byRole[EmployeeRole.COMMERCIAL_LEAD_VALUE]) : null);
		team.setProjectManager(fullTeam ? pick(byRole[EmployeeRole.PROJECT_MANAGER_VALUE]) : null);
		o.setTeam(team);
		ws.getOpportunities().add(o);

		double discipline = random.nextDouble();
		long earlierWins = ws.getOpportunities().stream().filter(x -> x != o && x.getCustomer() == customer
				&& x.getStatus() == OpportunityStatus.WON).count();
		double teamShare = ((team.getTechnicalLead() != null ? 1 : 0) + (team.getCommercialLead() != null ? 1 : 0)
				+ (team.getProjectManager() != null ? 1 : 0) + 1) / 4.0;
		// How often the team talks to the client: seen by the model through the activities it leaves.
		double attention = random.nextDouble();
		// Causes the workspace never records: the model cannot see them, only their effect.
		boolean budgetSecured = hidden.nextDouble() < 0.6;
		boolean favouredIncumbent = !o.getCompetitors().isEmpty() && hidden.nextDouble() < 0.3;
		double strength = 1.2 * teamShare + 1.0 * discipline - 0.35 * o.getCompetitors().size()
				+ 0.5 * Math.min(2, earlierWins) + 0.8 * attention - 1.0
				+ (budgetSecured ? 0.7 : -0.7) + (favouredIncumbent ? -1.0 : 0) + hidden.nextGaussian() * 0.5 + size.winTilt();
		BigDecimal size = BigDecimal.valueOf(500_000L + (long) (random.nextDouble() * random.nextDouble() * 40_000_000L));
		o.setAmount(Money.of(size.setScale(-3, RoundingMode.HALF_UP).setScale(2), CNY));
		boolean tender = random.nextDouble() < 0.45;

		Instant t = created;
		enter(o, process.getStages().get(0), t, team.getSalesLead());
		List<Stage> stages = process.getStages();
		for (int s = 1; s < stages.size(); s++) {
			Stage stage = stages.get(s);
			if (stage.isOptional() && !tender) {
				continue;
			}
			Stage current = o.getStage();
			Instant leaving = satisfyGates(o, current, t, discipline);
			if (leaving.isAfter(now)) {
				break; // still working on the current stage
			}
			// Lose along the way, more often for weak deals and more at the decisive stages.
			double loseChance = current.isSigned() ? 0 : 0.13 / (1 + Math.exp(1.6 * strength)) * 2.6;
			if (s > 1 && random.nextDouble() < loseChance) {
				o.setStatus(OpportunityStatus.LOST);
				o.setClosedAt(leaving);
				o.setLostReason(pick(LOST_REASONS));
				o.setWinningCompetitor(o.getCompetitors().isEmpty() ? null : pick(o.getCompetitors()));
				o.setProbability(0);
				break;
			}
			t = leaving;
			if (stage.isSigned() && o.getStatus() == OpportunityStatus.OPEN) {
				o.setStatus(OpportunityStatus.WON);
				o.setClosedAt(t);
				o.setProbability(100);
			}
			enter(o, stage, t, team.getSalesLead());
			if (stage.isSigned() && o.getContract() != null && s == stages.size() - 1) {
				break;
			}
		}
		if (o.getStatus() == OpportunityStatus.OPEN) {
			o.setProbability(o.getStage().getDefaultProbability());
			o.setExpectedClose(today.plusDays(30 + random.nextInt(240)));
			if (random.nextDouble() < 0.3) {
				o.getRisks().add(pick(new String[]{"budget not confirmed", "decision maker changed", "competitor discounting",
						"design changes expected"}));
			}
		} else {
			o.setExpectedClose(LocalDate.ofInstant(o.getClosedAt(), ZoneOffset.UTC));
		}
		if (o.getContract() != null) {
			execution(o);
		}
		calls(o, attention);
		sightings(o);
	}

	/** Calls and meetings through the opportunity's life, more of them for an attentive team. */
	private void calls(Opportunity o, double attention) {
		Instant end = o.getClosedAt() != null ? o.getClosedAt() : now;
		Instant at = o.getCreatedAt().plus(Duration.ofDays(3 + random.nextInt(10)));
		int gap = (int) ((8 + (int) ((1 - attention) * 50)) * size.callSpacing());
		while (at.isBefore(end)) {
			activity(o, random.nextInt(3) == 0 ? ActivityKind.MEETING : ActivityKind.CALL, at, "Follow-up with the client");
			at = at.plus(Duration.ofDays(gap / 2 + random.nextInt(gap)));
		}
	}

	/** When each competitor was first seen: mostly at the start, sometimes only once the quote was out. */
	private void sightings(Opportunity o) {
		Instant quoteStage = o.getStageHistory().stream().filter(c -> c.getStage().getId().equals("stage-quote"))
				.map(StageChange::getEnteredAt).findFirst().orElse(null);
		for (String competitor : o.getCompetitors()) {
			org.bidbench.sales.model.CompetitorSighting sighting = f.createCompetitorSighting();
			sighting.setCompetitor(competitor);
			Instant at = quoteStage != null && hidden.nextDouble() < 0.12
					? quoteStage.plus(Duration.ofDays(2 + hidden.nextInt(10)))
					: o.getCreatedAt().plus(Duration.ofDays(hidden.nextInt(10)));
			sighting.setAddedAt(at.isAfter(now) ? now : at);
			o.getCompetitorSightings().add(sighting);
		}
	}

	private void enter(Opportunity o, Stage stage, Instant at, Employee by) {
		StageChange change = f.createStageChange();
		change.setStage(stage);
		change.setEnteredAt(at);
		change.setChangedBy(by);
		o.getStageHistory().add(change);
		o.setStage(stage);
	}

	/** Creates what meets the gates of the stage and returns when the opportunity can leave it. */
	private Instant satisfyGates(Opportunity o, Stage stage, Instant entered, double discipline) {
		boolean onTime = random.nextDouble() < 0.35 + 0.6 * discipline;
		Team team = o.getTeam();
		switch (stage.getId()) {
			case "stage-lead" :
				return entered.plus(Duration.ofDays(2 + random.nextInt(10)));
			case "stage-qualification" : {
				Instant visit = entered.plus(Duration.ofHours(20 + random.nextInt(72)));
				activity(o, ActivityKind.VISIT, visit, "First visit and needs discussion");
				Instant reviewed = visit.plus(Duration.ofHours(onTime ? 18 + random.nextInt(28) : 52 + random.nextInt(120)));
				deliverable(o, "requirements-analysis", "Requirements analysis report", team.getSalesLead(),
						reviewed.minus(Duration.ofHours(6)), team.getTechnicalLead(), reviewed);
				return reviewed.plus(Duration.ofDays(1 + random.nextInt(6)));
			}
			case "stage-solution" : {
				Instant done = entered.plus(Duration.ofDays(onTime ? 2 + random.nextInt(8) : 11 + random.nextInt(10)));
				activity(o, random.nextBoolean() ? ActivityKind.DEMO : ActivityKind.MEETING, done.minus(Duration.ofDays(1)),
						"BIM model walkthrough with the client");
				deliverable(o, "technical-solution", "Technical solution", team.getTechnicalLead(), done, null, null);
				return done.plus(Duration.ofDays(1 + random.nextInt(5)));
			}
			case "stage-quote" : {
				Instant released = entered.plus(Duration.ofDays(onTime ? 3 + random.nextInt(10) : 15 + random.nextInt(12)));
				quote(o, 1, entered.plus(Duration.ofDays(1)), released, null);
				return released.plus(Duration.ofDays(2 + random.nextInt(8)));
			}
			case "stage-bid" : {
				Instant submitted = entered.plus(Duration.ofDays(onTime ? 5 + random.nextInt(15) : 22 + random.nextInt(10)));
				deliverable(o, "bid-document", "Tender submission", team.getSalesLead(), submitted, null, null);
				return submitted.plus(Duration.ofDays(10 + random.nextInt(20)));
			}
			case "stage-negotiation" : {
				Instant at = entered;
				int revisions = random.nextInt(3);
				for (int r = 0; r < revisions; r++) {
					at = at.plus(Duration.ofDays(4 + random.nextInt(10)));
					activity(o, ActivityKind.MEETING, at.minus(Duration.ofDays(1)), "Commercial negotiation round " + (r + 1));
					Quote last = o.getQuotes().get(o.getQuotes().size() - 1);
					quote(o, last.getRevision() + 1, at, at.plus(Duration.ofDays(2)), last);
					at = at.plus(Duration.ofDays(2));
				}
				return at.plus(Duration.ofDays(3 + random.nextInt(14)));
			}
			case "stage-contract" : {
				Instant signed = entered.plus(Duration.ofDays(onTime ? 5 + random.nextInt(20) : 32 + random.nextInt(15)));
				if (!signed.isAfter(now)) {
					contract(o, signed);
				}
				return signed;
			}
			case "stage-execution" :
				return entered.plus(Duration.ofDays(60 + random.nextInt(200)));
			default :
				return entered.plus(Duration.ofDays(30));
		}
	}

	private void activity(Opportunity o, ActivityKind kind, Instant at, String subject) {
		if (at.isAfter(now)) {
			return;
		}
		Activity a = f.createActivity();
		a.setId(o.getId() + "-A" + (o.getActivities().size() + 1));
		a.setKind(kind);
		a.setAt(at);
		a.setSubject(subject);
		a.setMinutes("Discussed scope, schedule and budget; client to send the latest drawings.");
		a.getParticipants().add(o.getTeam().getSalesLead());
		if (!o.getCustomer().getContacts().isEmpty()) {
			a.getContacts().add(o.getCustomer().getContacts().get(0));
		}
		FollowUpTask task = f.createFollowUpTask();
		task.setDescription("Send meeting minutes and open questions");
		task.setAssignee(o.getTeam().getSalesLead());
		task.setDue(at.plus(Duration.ofDays(2)));
		task.setDone(at.plus(Duration.ofDays(2)).isBefore(now));
		a.getFollowUps().add(task);
		o.getActivities().add(a);
	}

	private void deliverable(Opportunity o, String type, String title, Employee author, Instant submitted, Employee reviewer,
			Instant reviewed) {
		if (submitted.isAfter(now)) {
			return;
		}
		Deliverable d = f.createDeliverable();
		d.setId(o.getId() + "-D" + (o.getDeliverables().size() + 1));
		d.setType(type);
		d.setTitle(title);
		d.setAuthor(author);
		d.setSubmittedAt(submitted);
		if (reviewed != null && !reviewed.isAfter(now)) {
			d.setReviewer(reviewer);
			d.setReviewedAt(reviewed);
			d.setStatus(DeliverableStatus.ACCEPTED);
		} else {
			d.setStatus(reviewed == null ? DeliverableStatus.SUBMITTED : DeliverableStatus.SUBMITTED);
		}
		o.getDeliverables().add(d);
	}

	private void quote(Opportunity o, int revision, Instant created, Instant released, Quote previous) {
		if (created.isAfter(now)) {
			return;
		}
		Quote q = f.createQuote();
		q.setId(o.getId() + "-Q-r" + revision);
		q.setRevision(revision);
		q.setCurrency(CNY);
		q.setCreatedAt(created);
		q.setAuthor(o.getTeam().getSalesLead());
		q.setPreviousRevision(previous);
		q.setValidUntil(LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(90));
		if (previous == null) {
			int lines = 3 + random.nextInt(5);
			BigDecimal perLine = o.getAmount().amount().divide(BigDecimal.valueOf(lines), 2, RoundingMode.HALF_UP);
			for (int k = 0; k < lines; k++) {
				CatalogItem item = catalog.getItems().get(random.nextInt(catalog.getItems().size()));
				Money price = Pricing.unitPrice(item);
				QuoteLine line = f.createQuoteLine();
				line.setKey(String.valueOf(k + 1));
				line.setCostItemCode(item.getCode());
				line.setDescription(item.getDescription());
				line.setUnit(item.getUnit());
				line.setQuantity(perLine.divide(price.amount(), 1, RoundingMode.HALF_UP).max(BigDecimal.ONE));
				line.setUnitCost(item.getUnitCost());
				line.setUnitPrice(price);
				line.setDiscountPercent(BigDecimal.valueOf(random.nextDouble() < 0.15 ? 12 : random.nextInt(6)));
				line.getGlobalIds().add(globalId());
				line.getGlobalIds().add(globalId());
				line.setTakeoffLineId("TO-" + o.getId() + "-" + (k + 1));
				line.setModelSha256(sha(o.getId()));
				line.setRulePackName("bidbench.basic");
				line.setRulePackVersion("1.0.0");
				q.getLines().add(line);
			}
		} else {
			for (QuoteLine old : previous.getLines()) {
				QuoteLine line = org.eclipse.emf.ecore.util.EcoreUtil.copy(old);
				if (random.nextDouble() < 0.4) {
					// Negotiation: a price concession or a changed quantity on some lines.
					line.setUnitPrice(line.getUnitPrice().times(new BigDecimal("0.97")).rounded());
				}
				q.getLines().add(line);
			}
		}
		o.getQuotes().add(q);
		boolean releasedYet = !released.isAfter(now);
		Instant reviewTime = created.plus(Duration.ofHours(20));
		if (!reviewTime.isAfter(now)) {
			approval(q, EmployeeRole.TECHNICAL_LEAD, reviewTime);
			approval(q, EmployeeRole.FINANCE, reviewTime.plus(Duration.ofHours(20)));
			if (org.bidbench.sales.core.quote.QuoteApprovalRequirements.maxDiscountPercent(q).compareTo(BigDecimal.TEN) > 0) {
				approval(q, EmployeeRole.SALES_MANAGER, reviewTime.plus(Duration.ofHours(30)));
			}
			q.setStatus(QuoteStatus.APPROVED);
		} else {
			q.setStatus(QuoteStatus.IN_REVIEW);
		}
		if (releasedYet && q.getStatus() == QuoteStatus.APPROVED) {
			q.setStatus(QuoteStatus.RELEASED);
			q.setReleasedAt(released);
			if (previous != null) {
				previous.setStatus(QuoteStatus.SUPERSEDED);
			}
		}
	}

	private void approval(Quote q, EmployeeRole role, Instant at) {
		Approval a = f.createApproval();
		a.setRole(role);
		a.setApprover(pick(byRole[role.getValue()]));
		a.setAt(at);
		a.setVerdict(Verdict.APPROVED);
		a.setComment(role == EmployeeRole.FINANCE ? "Cost estimate checked against the catalog." : "Reviewed.");
		q.getApprovals().add(a);
	}

	private void contract(Opportunity o, Instant signed) {
		Quote last = null;
		for (Quote q : o.getQuotes()) {
			if (q.getStatus() == QuoteStatus.RELEASED) {
				last = q;
			}
		}
		Contract c = f.createContract();
		c.setId(o.getId() + "-K");
		c.setNumber("HT-" + LocalDate.ofInstant(signed, ZoneOffset.UTC).getYear() + "-" + o.getId().substring(1));
		c.setSignedOn(LocalDate.ofInstant(signed, ZoneOffset.UTC));
		Money value = last == null ? o.getAmount() : QuoteStatement.of(last).linesTotal();
		c.setValue(value);
		c.setQuote(last);
		if (last != null) {
			last.setStatus(QuoteStatus.ACCEPTED);
		}
		BigDecimal costShare = BigDecimal.valueOf(0.72 + random.nextDouble() * 0.2).setScale(3, RoundingMode.HALF_UP);
		c.setEstimatedCost(value.times(costShare).rounded());
		o.setContract(c);
	}

	private void execution(Opportunity o) {
		Contract c = o.getContract();
		String[] names = {"Advance payment", "Design delivered", "Completion", "Final acceptance"};
		BigDecimal[] shares = {new BigDecimal("0.30"), new BigDecimal("0.30"), new BigDecimal("0.30"), new BigDecimal("0.10")};
		Money remaining = c.getValue();
		LocalDate planned = c.getSignedOn().plusDays(7);
		double payerDelay = random.nextDouble();
		for (int k = 0; k < names.length; k++) {
			PaymentMilestone m = f.createPaymentMilestone();
			m.setName(names[k]);
			Money amount = k == names.length - 1 ? remaining : c.getValue().times(shares[k]).rounded();
			remaining = remaining.minus(amount);
			m.setAmount(amount);
			m.setPlannedDate(planned);
			if (!planned.isAfter(today)) {
				LocalDate delivered = planned.plusDays(random.nextInt(15));
				if (!delivered.isAfter(today)) {
					m.setDeliveredOn(delivered);
					m.setInvoicedOn(delivered);
					m.setDueDate(delivered.plusDays(30));
					LocalDate collected = m.getDueDate().plusDays((long) (payerDelay * 60) - 10 + random.nextInt(10));
					if (!collected.isAfter(today) && random.nextDouble() > 0.1 * payerDelay) {
						m.setCollectedOn(collected.isBefore(delivered) ? delivered : collected);
						m.setCollectedAmount(amount);
					}
				}
			}
			c.getMilestones().add(m);
			planned = planned.plusDays(45 + random.nextInt(90));
		}
		if (random.nextDouble() < 0.3) {
			ChangeOrder change = f.createChangeOrder();
			change.setId(c.getId() + "-CO1");
			change.setDescription("Additional scope requested by the client");
			change.setRaisedOn(c.getSignedOn().plusDays(30 + random.nextInt(60)));
			change.setAmount(c.getValue().times(new BigDecimal("0.05")).rounded());
			change.setStatus(ChangeOrderStatus.PROPOSED);
			c.getChangeOrders().add(change);
		}
		for (int k = 0; k < 1 + random.nextInt(2); k++) {
			LocalDate answered = c.getSignedOn().plusDays(90 + random.nextInt(200));
			if (answered.isAfter(today)) {
				continue;
			}
			NpsAnswer answer = f.createNpsAnswer();
			answer.setCustomer(o.getCustomer());
			answer.setOpportunity(o);
			answer.setContact(o.getCustomer().getContacts().get(0));
			answer.setAnsweredOn(answered);
			answer.setScore(Math.min(10, Math.max(0, (int) Math.round(8.3 - payerDelay * 2 + random.nextGaussian() * 1.6))));
			answer.setComment(answer.getScore() >= 9 ? "Responsive team, good BIM coordination." : "Slow answers on changes.");
			ws.getNpsAnswers().add(answer);
		}
	}

	private void leads() {
		for (int i = 1; i <= size.leads(); i++) {
			Lead lead = f.createLead();
			lead.setId(String.format("L%03d", i));
			Customer customer = customers.get(random.nextInt(customers.size()));
			lead.setCustomer(customer);
			lead.setTitle("Enquiry from " + customer.getName());
			lead.setSource(pick(SOURCES));
			lead.setRegion(customer.getRegion());
			lead.setCreatedAt(now.minus(Duration.ofDays(random.nextInt(120))));
			lead.setOwner(pick(byRole[EmployeeRole.SALES_LEAD_VALUE]));
			lead.setStatus(LeadStatus.VALUES.get(random.nextInt(2) + (random.nextDouble() < 0.2 ? 2 : 0)));
			ws.getLeads().add(lead);
		}
	}

	private String globalId() {
		String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$";
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < 22; i++) {
			b.append(chars.charAt(random.nextInt(i == 0 ? 4 : 64)));
		}
		return b.toString();
	}

	private static String sha(String seed) {
		try {
			byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(d);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}
}
