package org.bidbench.sales.core.forecast;

import java.util.Locale;

/**
 * One factor of a win probability: its value for the opportunity and how much it moved the
 * log-odds away from the stage's historical win rate (positive raises the chance).
 *
 * @param id stable key of the factor, e.g. {@code competitors}
 */
public record WinFactor(String id, String name, double value, double contribution) {

    /** The factor in words: what it is for this opportunity and which way it moved the odds. */
    public String describe() {
        String what = switch (id) {
            case WinProbabilityModel.DAYS_IN_STAGE -> String.format(Locale.ROOT, "%.0f days in the stage", Math.expm1(value));
            case WinProbabilityModel.GATE_COMPLIANCE -> String.format(Locale.ROOT, "%.0f %% of gates met on time", value * 100);
            case WinProbabilityModel.QUOTE_REVISIONS -> String.format(Locale.ROOT, "%.0f quote revision(s)", value);
            case WinProbabilityModel.TEAM_COMPLETENESS -> String.format(Locale.ROOT, "%.0f of 4 team roles filled", value * 4);
            case WinProbabilityModel.EARLIER_WINS -> String.format(Locale.ROOT, "%.0f earlier win(s) at this customer", value);
            case WinProbabilityModel.COMPETITORS -> String.format(Locale.ROOT, "%.0f competitor(s)", value);
            case WinProbabilityModel.DAYS_SINCE_ACTIVITY -> String.format(Locale.ROOT, "%.0f days since the last activity",
                    Math.expm1(value));
            default -> String.format(Locale.ROOT, "%s = %.2f", name, value);
        };
        String direction = Math.abs(contribution) < 0.005 ? "did not move" : contribution > 0 ? "raised" : "lowered";
        return String.format(Locale.ROOT, "%s %s the odds (%+.2f log-odds)", what, direction, contribution);
    }
}
