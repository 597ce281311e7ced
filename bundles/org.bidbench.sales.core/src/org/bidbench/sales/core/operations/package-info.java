/**
 * Every write of the sales chain, in one place: {@link org.bidbench.sales.core.operations.SalesOperations}.
 * The workbench and the command line both change sales data only through it. Each operation checks
 * first and, when a rule refuses, throws {@link org.bidbench.sales.core.process.RefusedException}
 * having changed nothing; it does no I/O, so a caller can record it in an EMF change command
 * for undo and redo and save when the user says so.
 */
package org.bidbench.sales.core.operations;
