/**
 * Quantity take-off: rule packs, quantities with provenance and the GlobalIds they cover, model diff.
 * The API arrives with the take-off issue (#5).
 */
package org.bidbench.qto;
