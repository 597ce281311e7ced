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
 * The take-off view's choice of rule pack: every pack contributed to the extension point, the
 * default one chosen, and the rules of a pack looked up by id for the lines of a result.
 */
final class PackChoice {

	private final Combo combo;
	private final List<RulePack> packs = new ArrayList<>();

	PackChoice(Composite parent) {
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
	}

	/**
	 * Offers the contributed packs and chooses the default one.
	 *
	 * @return what the user should know about the packs (none at all, or one that did not load), or
	 *         {@code null}
	 */
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
			return NLS.bind(Messages.Takeoff_packNotLoaded, new Object[] { f.file(), f.contributor(), f.message() });
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

	/** The item code and description of a rule of the pack {@code packId}; the rule id and nothing when unknown. */
	String[] itemOf(String packId, String ruleId) {
		for (RulePack pack : packs) {
			if (!pack.getId().equals(packId)) {
				continue;
			}
			for (Rule r : pack.getRules()) {
				if (r.getId().equals(ruleId) && r.getItem() != null) {
					return new String[] { r.getItem().getCode(), r.getItem().getDescription() };
				}
			}
		}
		return new String[] { ruleId, "" };
	}
}
