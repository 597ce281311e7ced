package org.bidbench.sales.core.forecast;

/**
 * One factor of a win probability: its value for the opportunity and how much it moved the
 * log-odds against an average opportunity of the training data (positive raises the chance).
 */
public record WinFactor(String name, double value, double contribution) {

    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s = %.2f %s the odds (%+.2f log-odds)", name, value,
                contribution >= 0 ? "raised" : "lowered", contribution);
    }
}
