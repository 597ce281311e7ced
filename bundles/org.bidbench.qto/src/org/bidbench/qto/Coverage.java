package org.bidbench.qto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a take-off did with every product of the model: priced in some line, excluded by a rule
 * (with the rule's reason), or unmatched (with why). Nothing is left out silently: the three lists
 * together hold every product with a GlobalId. The share of volume says how much of what is built
 * the price covers.
 *
 * @param products every product, in model order
 */
public record Coverage(List<ProductCoverage> products) {

	/** What happened to one product. */
	public enum Status {
		/** Counted in at least one take-off line. */
		PRICED,
		/** Left out on purpose, by a rule whose reason is given. */
		EXCLUDED,
		/** Neither priced nor excluded: a person decides. */
		UNMATCHED
	}

	/**
	 * One product.
	 *
	 * @param globalId its GlobalId
	 * @param ifcClass its class
	 * @param name     its Name, or {@code null}
	 * @param status   priced, excluded or unmatched
	 * @param reason   for excluded and unmatched products: why, in words; for priced ones the lines' rules
	 * @param volume   its volume (m3) from the solid, else from its quantity sets, else 0
	 */
	public record ProductCoverage(String globalId, String ifcClass, String name, Status status, String reason,
			double volume) {
	}

	/**
	 * One IFC class.
	 *
	 * @param ifcClass       the class
	 * @param priced         products priced
	 * @param excluded       products excluded
	 * @param unmatched      products unmatched
	 * @param pricedVolume   volume of the priced products (m3)
	 * @param totalVolume    volume of all its products (m3)
	 */
	public record ClassCoverage(String ifcClass, int priced, int excluded, int unmatched, double pricedVolume,
			double totalVolume) {

		public int count() {
			return priced + excluded + unmatched;
		}

		/** Priced share of the class's volume, 0 to 1; 1 when the class has no volume but every product is priced. */
		public double pricedVolumeShare() {
			if (totalVolume > 0) {
				return pricedVolume / totalVolume;
			}
			return count() == 0 ? 1 : (double) priced / count();
		}
	}

	public Coverage {
		products = List.copyOf(products);
	}

	public List<ProductCoverage> with(Status status) {
		return products.stream().filter(p -> p.status() == status).toList();
	}

	public int count(Status status) {
		return (int) products.stream().filter(p -> p.status() == status).count();
	}

	/** Per class, by class name. */
	public List<ClassCoverage> byClass() {
		Map<String, int[]> counts = new java.util.TreeMap<>();
		Map<String, double[]> volumes = new java.util.TreeMap<>();
		for (ProductCoverage p : products) {
			int[] c = counts.computeIfAbsent(p.ifcClass(), k -> new int[3]);
			c[p.status().ordinal()]++;
			double[] v = volumes.computeIfAbsent(p.ifcClass(), k -> new double[2]);
			v[1] += p.volume();
			if (p.status() == Status.PRICED) {
				v[0] += p.volume();
			}
		}
		List<ClassCoverage> out = new ArrayList<>();
		counts.forEach((cls, c) -> out.add(new ClassCoverage(cls, c[0], c[1], c[2], volumes.get(cls)[0], volumes.get(cls)[1])));
		return out;
	}

	/** Priced share of the whole model's volume, 0 to 1. */
	public double pricedVolumeShare() {
		double total = products.stream().mapToDouble(ProductCoverage::volume).sum();
		double priced = products.stream().filter(p -> p.status() == Status.PRICED).mapToDouble(ProductCoverage::volume).sum();
		return total > 0 ? priced / total : 1;
	}

	/**
	 * The exclusions in words, one per reason and class, e.g. {@code 14 IfcOpeningElement: openings ...}:
	 * what a client quote lists as not included.
	 */
	public List<String> exclusionsInWords() {
		Map<String, Integer> byReason = new LinkedHashMap<>();
		for (ProductCoverage p : with(Status.EXCLUDED)) {
			byReason.merge(p.ifcClass() + "\u0000" + p.reason(), 1, Integer::sum);
		}
		List<String> out = new ArrayList<>();
		byReason.forEach((k, n) -> {
			String[] parts = k.split("\u0000", 2);
			out.add(n + " " + parts[0] + ": " + parts[1]);
		});
		return out;
	}
}
