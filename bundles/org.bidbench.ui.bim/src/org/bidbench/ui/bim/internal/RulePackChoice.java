package org.bidbench.ui.bim.internal;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.qto.RulePacks;
import org.bidbench.qto.rules.Rule;
import org.bidbench.qto.rules.RulePack;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/**
 * The rule packs the take-off view offers, in a choice above its table: every registered pack,
 * the default one chosen; and the item a rule of a pack prices, for the rows that name only a rule.
 */
final class RulePackChoice {

	private final Combo combo;
	private final List<RulePack> packs = new ArrayList<>();

	RulePackChoice(Composite parent) {
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
	}

	/** Lists the registered packs; returns what the summary line should say (no pack, or one that failed to load), or null. */
	String fill() {
		RulePacks.Listing listing = RulePacks.list();
		int chosen = 0;
		for (RulePacks.Contribution c : listing.packs().values()) {
			if (c.isDefault()) {
				chosen = packs.size();
			}
			packs.add(c.pack());
			combo.add(c.pack().getName() + " (" + c.pack().getId() + " " + c.pack().getVersion() + ")");
		}
		if (packs.isEmpty()) {
			return Messages.Takeoff_noPack + (listing.failures().isEmpty() ? "" : ": " + listing.failures().get(0).message()) + ".";
		}
		combo.select(chosen);
		if (!listing.failures().isEmpty()) {
			RulePacks.Failure f = listing.failures().get(0);
			return NLS.bind(Messages.Takeoff_packNotLoaded, new Object[]{f.file(), f.contributor(), f.message()});
		}
		return null;
	}

	/** The packs offered, in the order of the choice. */
	List<RulePack> packs() {
		return List.copyOf(packs);
	}

	/** Chooses a pack by identifier; false when none has it. */
	boolean choose(String id) {
		for (int i = 0; i < packs.size(); i++) {
			if (packs.get(i).getId().equals(id)) {
				combo.select(i);
				return true;
			}
		}
		return false;
	}

	/** The pack chosen. */
	RulePack chosen() {
		return packs.get(combo.getSelectionIndex());
	}

	/** The item code and description of rule {@code ruleId} of pack {@code packId}; the rule's id alone when there is none. */
	String[] itemOf(String packId, String ruleId) {
		for (RulePack pack : packs) {
			if (packId == null || !pack.getId().equals(packId)) {
				continue;
			}
			for (Rule r : pack.getRules()) {
				if (r.getId().equals(ruleId) && r.getItem() != null) {
					return new String[]{r.getItem().getCode(), r.getItem().getDescription()};
				}
			}
		}
		return new String[]{ruleId, ""};
	}
}
