package org.bidbench.reports;

/**
 * Asked while a report renders; answering true stops it. The UI passes its progress monitor's
 * {@code isCanceled}, the CLI {@link #NEVER}.
 */
@FunctionalInterface
public interface ReportCancellation {

	ReportCancellation NEVER = () -> false;

	boolean isCancelled();
}
