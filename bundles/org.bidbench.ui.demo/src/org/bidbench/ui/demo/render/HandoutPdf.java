package org.bidbench.ui.demo.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.bidbench.demo.price.ClientQuote;
import org.bidbench.ifc.io.AtomicWrite;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The handout the client keeps: one landscape A4 page per step with the picture, the title, the
 * talking points and the client prices it presents, and a last page with the quote's totals and
 * payment schedule. Everything printed comes from {@link HandoutPage}s and a {@link ClientQuote}:
 * there is nothing else to print from.
 */
public final class HandoutPdf {

	/** System property naming the folder or file of {@code NotoSansCJK-Regular.ttc}. */
	public static final String FONT_PROPERTY = "bidbench.fonts";
	static final String FONT_FILE = "NotoSansCJK-Regular.ttc";
	private static final List<String> FOLDERS = List.of("/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto-cjk",
			"/usr/local/share/fonts", "C:/Windows/Fonts", "/Library/Fonts");

	/** Labels of the last page, in the handout's language. */
	public record Labels(String handout, String totals, String linesTotal, String discount, String net, String tax,
			String grandTotal, String payments) {

		public static Labels english() {
			return new Labels("Presentation handout", "Price summary", "Lines total", "Discount", "Net", "VAT",
					"Total", "Payment schedule");
		}

		public static Labels chinese() {
			return new Labels("演示讲义", "报价汇总", "分项合计", "折扣", "净额", "增值税", "总价", "付款计划");
		}
	}

	private HandoutPdf() {
	}

	/** Writes the handout to a temporary file beside {@code file}, then renames it. */
	public static void write(String title, List<HandoutPage> pages, ClientQuote quote, Labels labels, Path file)
			throws IOException {
		// The handout goes to the client: the user's umask, not a temporary file's private mode.
		AtomicWrite.write(file, out -> write(title, pages, quote, labels, out));
	}

	public static void write(String title, List<HandoutPage> pages, ClientQuote quote, Labels labels, OutputStream out)
			throws IOException {
		BaseFont base = font();
		Font titleFont = new Font(base, 18, Font.BOLD);
		Font text = new Font(base, 11);
		Font small = new Font(base, 9);
		Document doc = new Document(PageSize.A4.rotate(), 36, 36, 30, 30);
		try {
			PdfWriter.getInstance(doc, out);
			doc.addTitle(title);
			doc.addCreator("BidBench");
			doc.open();
			String currency = quote == null ? "" : quote.currency();
			for (int i = 0; i < pages.size(); i++) {
				HandoutPage p = pages.get(i);
				if (i > 0) {
					doc.newPage();
				}
				doc.add(new Paragraph((i + 1) + ". " + p.title(), titleFont));
				Image img = Image.getInstance(jpeg(p.image()));
				img.scaleToFit(PageSize.A4.getHeight() * 0.62f, PageSize.A4.getWidth() * 0.62f);
				img.setAlignment(Element.ALIGN_CENTER);
				doc.add(img);
				for (String point : p.points()) {
					doc.add(new Paragraph("• " + point, text));
				}
				if (!p.prices().isEmpty()) {
					PdfPTable table = new PdfPTable(new float[]{4, 1.5f});
					table.setWidthPercentage(60);
					table.setHorizontalAlignment(Element.ALIGN_LEFT);
					table.setSpacingBefore(6);
					for (HandoutPage.Price price : p.prices()) {
						table.addCell(cell(price.label(), text, Element.ALIGN_LEFT));
						table.addCell(cell(Money.format(currency, price.amount()), text, Element.ALIGN_RIGHT));
					}
					doc.add(table);
				}
				Paragraph footer = new Paragraph(title + " — " + labels.handout() + " " + (i + 1) + "/" + pages.size()
						+ (quote == null ? "" : " — " + quote.reference()), small);
				footer.setSpacingBefore(8);
				doc.add(footer);
			}
			if (quote != null) {
				doc.newPage();
				doc.add(new Paragraph(labels.totals() + (quote.customer().isEmpty() ? "" : " — " + quote.customer()),
						titleFont));
				PdfPTable totals = new PdfPTable(new float[]{3, 2});
				totals.setWidthPercentage(50);
				totals.setHorizontalAlignment(Element.ALIGN_LEFT);
				totals.setSpacingBefore(10);
				row(totals, labels.linesTotal(), Money.format(currency, quote.linesTotal()), text);
				if (quote.discount().signum() != 0) {
					row(totals, labels.discount(), "-" + Money.format(currency, quote.discount()), text);
				}
				row(totals, labels.net(), Money.format(currency, quote.net()), text);
				row(totals, labels.tax() + " " + quote.taxRatePercent().stripTrailingZeros().toPlainString() + "%",
						Money.format(currency, quote.tax()), text);
				row(totals, labels.grandTotal(), Money.format(currency, quote.grandTotal()), new Font(base, 12, Font.BOLD));
				doc.add(totals);
				doc.add(new Paragraph(labels.payments(), new Font(base, 13, Font.BOLD)));
				PdfPTable pay = new PdfPTable(new float[]{3, 2, 2});
				pay.setWidthPercentage(60);
				pay.setHorizontalAlignment(Element.ALIGN_LEFT);
				pay.setSpacingBefore(6);
				for (ClientQuote.Milestone m : quote.milestones()) {
					pay.addCell(cell(m.name(), text, Element.ALIGN_LEFT));
					pay.addCell(cell(m.plannedDate() == null ? "" : m.plannedDate().toString(), text, Element.ALIGN_LEFT));
					pay.addCell(cell(Money.format(currency, m.amount()), text, Element.ALIGN_RIGHT));
				}
				doc.add(pay);
			}
			doc.close();
		} catch (DocumentException e) {
			throw new IOException("cannot write the handout PDF: " + e.getMessage(), e);
		}
	}

	private static void row(PdfPTable t, String label, String value, Font f) {
		t.addCell(cell(label, f, Element.ALIGN_LEFT));
		t.addCell(cell(value, f, Element.ALIGN_RIGHT));
	}

	private static PdfPCell cell(String s, Font f, int align) {
		PdfPCell c = new PdfPCell(new Phrase(s, f));
		c.setHorizontalAlignment(align);
		c.setBorderWidth(0.3f);
		c.setPadding(4);
		return c;
	}

	private static byte[] jpeg(java.awt.image.BufferedImage img) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(img, "jpg", bytes);
		return bytes.toByteArray();
	}

	/** Noto Sans CJK, embedded: the handout shows Chinese wherever it is opened. */
	static BaseFont font() throws IOException {
		Path file = null;
		String configured = System.getProperty(FONT_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			Path p = Path.of(configured);
			file = Files.isDirectory(p) ? p.resolve(FONT_FILE) : p;
		} else {
			for (String folder : FOLDERS) {
				Path p = Path.of(folder, FONT_FILE);
				if (Files.isRegularFile(p)) {
					file = p;
					break;
				}
			}
		}
		if (file == null || !Files.isRegularFile(file)) {
			throw new IOException("the handout needs the font " + FONT_FILE + " and it is not installed; install it"
					+ " (Debian: apt-get install fonts-noto-cjk) or set -D" + FONT_PROPERTY + "=<folder holding it>");
		}
		try {
			return BaseFont.createFont(file + ",0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		} catch (DocumentException e) {
			throw new IOException(file + ": cannot be used as the handout font: " + e.getMessage(), e);
		}
	}
}
