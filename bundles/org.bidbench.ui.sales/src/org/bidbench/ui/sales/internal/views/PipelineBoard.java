package org.bidbench.ui.sales.internal.views;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.core.forecast.WinForecast;
import org.bidbench.sales.core.forecast.WinProbabilityModel;
import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;

/**
 * What the board shows: one column per stage of the workspace's process, one card per deal in
 * it. Open opportunities sit in their stage; won ones stay on the board in their signed stage
 * (execution, collection) until every payment milestone is collected, since that work is still
 * the team's.
 */
public record PipelineBoard(List<Column> columns) {

	/** A stage and its cards, largest amount first. */
	public record Column(Stage stage, List<Card> cards) {

		/** Sum of the cards' amounts (cards in another currency than the first are left out). */
		public Money total() {
			Money total = null;
			for (Card card : cards) {
				Money amount = card.opportunity().getAmount();
				if (amount == null) {
					continue;
				}
				if (total == null) {
					total = amount;
				} else if (total.currency().equals(amount.currency())) {
					total = total.plus(amount);
				}
			}
			return total;
		}
	}

	/**
	 * One deal.
	 *
	 * @param winProbability 0..1, from the workspace's win model (or the stage default)
	 * @param overdue        its open gates past their deadline
	 */
	public record Card(Opportunity opportunity, double winProbability, List<GateDeadline> overdue) {

		public boolean isOverdue() {
			return !overdue.isEmpty();
		}
	}

	/** The board of the workspace at {@code now}. */
	public static PipelineBoard of(SalesWorkspace workspace, Instant now) {
		if (workspace == null || workspace.getProcess() == null) {
			return new PipelineBoard(List.of());
		}
		Map<Opportunity, Double> probability = new HashMap<>();
		try {
			for (WinForecast forecast : WinProbabilityModel.train(workspace).forecastOpen(workspace, now)) {
				probability.put(forecast.opportunity(), forecast.probability());
			}
		} catch (RuntimeException e) {
			// A workspace too small or odd to train on: the stage defaults below say enough.
		}
		Map<Opportunity, List<GateDeadline>> overdue = new HashMap<>();
		for (GateDeadline deadline : GateDeadlines.overdue(workspace, now)) {
			overdue.computeIfAbsent(deadline.opportunity(), o -> new ArrayList<>()).add(deadline);
		}
		Map<Stage, List<Card>> byStage = new LinkedHashMap<>();
		for (Stage stage : workspace.getProcess().getStages()) {
			byStage.put(stage, new ArrayList<>());
		}
		for (Opportunity opportunity : workspace.getOpportunities()) {
			if (!onBoard(opportunity) || !byStage.containsKey(opportunity.getStage())) {
				continue;
			}
			double p = opportunity.getStatus() == OpportunityStatus.WON
					? 1
					: probability.getOrDefault(opportunity, opportunity.getProbability() / 100.0);
			byStage.get(opportunity.getStage()).add(new Card(opportunity, p, overdue.getOrDefault(opportunity, List.of())));
		}
		List<Column> columns = new ArrayList<>();
		for (Map.Entry<Stage, List<Card>> entry : byStage.entrySet()) {
			List<Card> cards = entry.getValue();
			cards.sort((a, b) -> amount(b.opportunity()).compareTo(amount(a.opportunity())));
			columns.add(new Column(entry.getKey(), List.copyOf(cards)));
		}
		return new PipelineBoard(List.copyOf(columns));
	}

	/** Open, or won with money still to collect. */
	static boolean onBoard(Opportunity opportunity) {
		if (opportunity.getStatus() == OpportunityStatus.OPEN) {
			return true;
		}
		if (opportunity.getStatus() != OpportunityStatus.WON) {
			return false;
		}
		Contract contract = opportunity.getContract();
		if (contract == null || contract.getMilestones().isEmpty()) {
			return true;
		}
		for (PaymentMilestone milestone : contract.getMilestones()) {
			Money collected = milestone.getCollectedAmount();
			if (milestone.getAmount() != null && (collected == null || collected.amount().compareTo(milestone.getAmount().amount()) < 0)) {
				return true;
			}
		}
		return false;
	}

	/** The card of an opportunity, or null when it is not on the board. */
	public Card card(Opportunity opportunity) {
		for (Column column : columns) {
			for (Card card : column.cards()) {
				if (card.opportunity() == opportunity) {
					return card;
				}
			}
		}
		return null;
	}

	/** The column of a stage, or null. */
	public Column column(Stage stage) {
		return columns.stream().filter(c -> c.stage() == stage).findFirst().orElse(null);
	}

	private static BigDecimal amount(Opportunity opportunity) {
		return opportunity.getAmount() == null ? BigDecimal.ZERO : opportunity.getAmount().amount();
	}
}
