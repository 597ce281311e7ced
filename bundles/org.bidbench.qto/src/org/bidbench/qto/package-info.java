/**
 * Quantity take-off: rule packs ({@link org.bidbench.qto.RulePackReader}, {@link org.bidbench.qto.RulePacks},
 * the EMF model in {@code org.bidbench.qto.rules}), take-offs with provenance and flags
 * ({@link org.bidbench.qto.TakeoffSession}, {@link org.bidbench.qto.TakeoffResult}), computed quantities
 * behind {@link org.bidbench.qto.ComputedQuantitySource}, model diff ({@link org.bidbench.qto.ModelDiff})
 * and exports ({@link org.bidbench.qto.TakeoffExport}). The pack format is in {@code docs/rule-packs.md}.
 */
package org.bidbench.qto;
