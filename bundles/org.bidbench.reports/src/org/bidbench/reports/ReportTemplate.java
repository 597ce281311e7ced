package org.bidbench.reports;

import java.net.URL;

/**
 * A report design contributed to {@code org.bidbench.reports.templates}.
 *
 * @param id          unique id, e.g. {@code client-quote}
 * @param name        shown to users
 * @param dataKind    which data the design reads: {@code quote}, {@code quote-review}, {@code takeoff},
 *                    {@code sales-workspace} or a kind of the contributor's own
 * @param description one sentence for users
 * @param contributor the contributing bundle's symbolic name
 * @param design      the {@code .rptdesign} file
 */
public record ReportTemplate(String id, String name, String dataKind, String description, String contributor, URL design) {
}
