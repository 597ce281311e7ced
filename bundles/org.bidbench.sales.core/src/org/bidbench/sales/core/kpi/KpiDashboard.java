package org.bidbench.sales.core.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.model.SalesWorkspace;

/**
 * The management dashboard's figures: every KPI of a period for the whole firm and for each
 * group of a split (region, team, person), each against the previous period and its target,
 * with its trend over the last {@value #TREND_PERIODS} periods. A KPI without data in a period
 * (nothing to divide by) stays undefined: it reads "no data", never 0 %.
 */
public final class KpiDashboard {

	public static final int TREND_PERIODS = 8;
	/** The name of the group that holds the whole firm. */
	public static final String ALL = "all";

	/**
	 * One KPI of one group.
	 *
	 * @param trend the KPI over the last periods, oldest first, ending with {@code current}
	 * @param target null without a target (amount targets count for the whole firm only)
	 */
	public record Figure(KpiValue current, KpiValue previous, BigDecimal target, List<KpiValue> trend) {

		/** The change against the previous period; null when either has no data. */
		public BigDecimal change() {
			return current.isDefined() && previous != null && previous.isDefined()
					? current.value().subtract(previous.value())
					: null;
		}

		/** The gap to the target (positive above it); null without target or data. */
		public BigDecimal againstTarget() {
			return current.isDefined() && target != null ? current.value().subtract(target) : null;
		}
	}

	/** The whole firm or one region, team or person, with its scope (what the figures count). */
	public record Group(String name, KpiScope scope, Map<String, Figure> figures) {

		public Figure figure(String kpi) {
			return figures.get(kpi);
		}
	}

	private final Period period;
	private final KpiSplit split;
	private final List<Period> trendPeriods;
	private final List<Group> groups;

	private KpiDashboard(Period period, KpiSplit split, List<Period> trendPeriods, List<Group> groups) {
		this.period = period;
		this.split = split;
		this.trendPeriods = trendPeriods;
		this.groups = groups;
	}

	/** The standard KPIs only (see {@link #compute(SalesWorkspace, Period, KpiSplit, Instant, List)}). */
	public static KpiDashboard compute(SalesWorkspace workspace, Period period, KpiSplit split, Instant now) {
		return compute(workspace, period, split, now, List.of(new StandardSalesKpis()));
	}

	/**
	 * @param split     null for the whole firm only
	 * @param providers the KPI providers, the standard one usually first
	 */
	public static KpiDashboard compute(SalesWorkspace workspace, Period period, KpiSplit split, Instant now,
			List<KpiProvider> providers) {
		return StandardSalesKpis.withDeadlinesOnce(() -> computeEach(workspace, period, split, now, providers));
	}

	/**
	 * The same dashboard computed the slow, plain way: every provider asked for each group and
	 * each period on its own (40 passes over the workspace for a quarter by four regions). Kept
	 * as the reference the one-pass computation of {@link #compute} is checked against, and so
	 * that the benchmark can show both.
	 */
	public static KpiDashboard computePerGroup(SalesWorkspace workspace, Period period, KpiSplit split, Instant now,
			List<KpiProvider> providers) {
		return StandardSalesKpis.withDeadlinesOnce(() -> computeEach(workspace, period, split, now, providers, false));
	}

	private static KpiDashboard computeEach(SalesWorkspace workspace, Period period, KpiSplit split, Instant now,
			List<KpiProvider> providers) {
		return computeEach(workspace, period, split, now, providers, true);
	}

	private static KpiDashboard computeEach(SalesWorkspace workspace, Period period, KpiSplit split, Instant now,
			List<KpiProvider> providers, boolean onePass) {
		List<Period> trend = period.trend(TREND_PERIODS);
		List<String> names = new ArrayList<>();
		List<KpiScope> scopes = new ArrayList<>();
		names.add(ALL);
		scopes.add(KpiScope.all());
		if (split != null) {
			split.groups(workspace).forEach((name, scope) -> {
				names.add(name);
				scopes.add(scope);
			});
		}
		// values.get(g).get(p): every provider's values of group g in trend period p, providers in order.
		List<List<List<KpiValue>>> values = new ArrayList<>();
		for (int g = 0; g < scopes.size(); g++) {
			List<List<KpiValue>> perPeriod = new ArrayList<>();
			for (int p = 0; p < trend.size(); p++) {
				perPeriod.add(new ArrayList<>());
			}
			values.add(perPeriod);
		}
		for (KpiProvider provider : providers) {
			if (onePass && provider instanceof StandardSalesKpis standard) {
				List<List<List<KpiValue>>> all = standard.computeAll(workspace, trend, scopes, now);
				for (int g = 0; g < scopes.size(); g++) {
					for (int p = 0; p < trend.size(); p++) {
						values.get(g).get(p).addAll(all.get(g).get(p));
					}
				}
			} else {
				for (int g = 0; g < scopes.size(); g++) {
					for (int p = 0; p < trend.size(); p++) {
						values.get(g).get(p).addAll(provider.compute(workspace, trend.get(p), scopes.get(g), now));
					}
				}
			}
		}
		List<Group> groups = new ArrayList<>();
		for (int g = 0; g < scopes.size(); g++) {
			groups.add(group(workspace, names.get(g), scopes.get(g), trend, values.get(g), g == 0));
		}
		return new KpiDashboard(period, split, trend, List.copyOf(groups));
	}

	private static Group group(SalesWorkspace workspace, String name, KpiScope scope, List<Period> trend,
			List<List<KpiValue>> perPeriod, boolean whole) {
		Period current = trend.get(trend.size() - 1);
		Map<String, Figure> figures = new LinkedHashMap<>();
		List<KpiValue> currentValues = perPeriod.get(perPeriod.size() - 1);
		for (int k = 0; k < currentValues.size(); k++) {
			KpiValue value = currentValues.get(k);
			List<KpiValue> series = new ArrayList<>();
			for (List<KpiValue> values : perPeriod) {
				series.add(find(values, value.id(), k));
			}
			KpiValue previous = series.size() > 1 ? series.get(series.size() - 2) : null;
			BigDecimal target = KpiTargets.of(workspace, value.id(), current);
			if (!whole && target != null && isAmount(value)) {
				target = null;
			}
			figures.put(value.id(), new Figure(value, previous, target, List.copyOf(series)));
		}
		return new Group(name, scope, figures);
	}

	/** The value with {@code id}, looked up where it usually is first (providers list KPIs in a fixed order). */
	private static KpiValue find(List<KpiValue> values, String id, int hint) {
		if (hint < values.size() && values.get(hint).id().equals(id)) {
			return values.get(hint);
		}
		return values.stream().filter(v -> v.id().equals(id)).findFirst()
				.orElse(new KpiValue(id, id, null, null, null, null, "not computed for this period"));
	}

	private static boolean isAmount(KpiValue v) {
		return v.unit() != null && v.unit().length() == 3 && v.unit().chars().allMatch(Character::isUpperCase);
	}

	public Period period() {
		return period;
	}

	/** Null when the dashboard is for the whole firm only. */
	public KpiSplit split() {
		return split;
	}

	/** The periods of the trend, oldest first, ending with {@link #period()}. */
	public List<Period> trendPeriods() {
		return trendPeriods;
	}

	/** The whole firm first, then the groups of the split in name order. */
	public List<Group> groups() {
		return groups;
	}

	public Group whole() {
		return groups.get(0);
	}

	public Group group(String name) {
		return groups.stream().filter(g -> g.name().equals(name)).findFirst().orElse(null);
	}
}
