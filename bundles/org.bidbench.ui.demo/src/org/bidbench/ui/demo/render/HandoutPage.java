package org.bidbench.ui.demo.render;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;

/**
 * One page of the handout: the picture, the title, the talking points and the client prices it
 * presents. Prices come from a {@link org.bidbench.demo.price.ClientQuote}, never from a quote.
 */
public record HandoutPage(BufferedImage image, String title, List<String> points, List<Price> prices) {

	/** A client price: what it is for and how much. */
	public record Price(String label, BigDecimal amount) {
	}

	public HandoutPage {
		points = List.copyOf(points);
		prices = List.copyOf(prices);
	}
}
