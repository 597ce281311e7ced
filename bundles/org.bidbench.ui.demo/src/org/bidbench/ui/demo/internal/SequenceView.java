package org.bidbench.ui.demo.internal;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.demo.price.CashCurve;
import org.bidbench.demo.price.ClientQuote;
import org.bidbench.demo.sequence.ConstructionSchedule;
import org.bidbench.demo.sequence.ConstructionTask;
import org.bidbench.demo.sequence.IfcSchedule;
import org.bidbench.demo.sequence.ScheduleImport;
import org.bidbench.demo.sequence.StoreySequence;
import org.bidbench.ui.bim.internal.ModelEditor;
import org.bidbench.ui.demo.render.CashCurveChart;
import org.bidbench.ui.demo.render.Money;
import org.bidbench.ui.demo.render.SequenceFrames;
import org.bidbench.viewer.SceneElement;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.ViewPart;

/**
 * 4D: the active model's construction sequence on a timeline (by storey, from the model's IfcTasks,
 * or an imported schedule), the building shown as built on the chosen day (under way coloured,
 * not started hidden), and the cash curve beneath with the payment milestones, from the client
 * prices.
 */
public final class SequenceView extends ViewPart {

	public static final String ID = "org.bidbench.ui.demo.views.sequence";

	private Combo source;
	private Scale timeline;
	private Label day;
	private Label built;
	private Canvas chartCanvas;
	private Button play;
	private ModelEditor editor;
	private ConstructionSchedule schedule;
	private CashCurve curve;
	private CashCurveChart chart;
	private Image chartImage;
	private boolean playing;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(5, false));
		new Label(parent, SWT.NONE).setText(Messages.sequenceSource);
		source = new Combo(parent, SWT.READ_ONLY);
		source.setItems(Messages.sequenceStorey, Messages.sequenceIfc, Messages.sequenceImport);
		source.select(0);
		source.addListener(SWT.Selection, e -> load());
		play = new Button(parent, SWT.TOGGLE);
		play.setText(Messages.play);
		play.addListener(SWT.Selection, e -> {
			playing = play.getSelection();
			if (playing) {
				advance();
			}
		});
		day = new Label(parent, SWT.NONE);
		day.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		built = new Label(parent, SWT.RIGHT);
		built.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		timeline = new Scale(parent, SWT.HORIZONTAL);
		timeline.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
		timeline.addListener(SWT.Selection, e -> showDay());
		chartCanvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		GridData cd = new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1);
		cd.heightHint = 220;
		chartCanvas.setLayoutData(cd);
		chartCanvas.addListener(SWT.Paint, e -> paintChart(e.gc));
		chartCanvas.addListener(SWT.Resize, e -> redrawChart());
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (active instanceof ModelEditor m) {
			editor = m;
			load();
		}
		getSite().getPage().addPartListener(partListener);
	}

	private final org.eclipse.ui.IPartListener2 partListener = new org.eclipse.ui.IPartListener2() {
		@Override
		public void partActivated(org.eclipse.ui.IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof ModelEditor m && m != editor) {
				editor = m;
				load();
			}
		}

		@Override
		public void partClosed(org.eclipse.ui.IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				editor = null;
				schedule = null;
			}
		}
	};

	/** The schedule shown. */
	public ConstructionSchedule schedule() {
		return schedule;
	}

	public CashCurve curve() {
		return curve;
	}

	/** Builds the schedule and the curve from the chosen source. */
	public void load() {
		if (editor == null || timeline.isDisposed()) {
			return;
		}
		if (!editor.isLoaded() || editor.model() == null || editor.scene().elementCount() == 0) {
			// the model is still loading (a view restored with the workbench): try again shortly, without a dialog
			ModelEditor waiting = editor;
			timeline.getDisplay().timerExec(500, () -> {
				if (editor == waiting && !waiting.viewer().isDisposed() && !(waiting.isLoaded() && waiting.model() == null)) {
					load();
				}
			});
			return;
		}
		List<String> meshed = new ArrayList<>();
		for (SceneElement e : editor.scene().elements()) {
			meshed.add(e.globalId());
		}
		java.util.Set<String> withGeometry = new java.util.HashSet<>(meshed);
		LocalDate start = LocalDate.now().plusDays(14);
		try {
			switch (source.getSelectionIndex()) {
				case 1 -> {
					if (IfcSchedule.present(editor.model())) {
						schedule = IfcSchedule.of(editor.model(), withGeometry, start);
					} else {
						MessageDialog.openInformation(getSite().getShell(), Messages.sequenceSource, Messages.sequenceNoSchedule);
						source.select(0);
						schedule = StoreySequence.of(editor.model(), withGeometry, start);
					}
				}
				case 2 -> {
					FileDialog d = new FileDialog(getSite().getShell(), SWT.OPEN);
					d.setFilterExtensions(new String[]{"*.csv;*.xml"});
					String f = org.bidbench.ui.bim.internal.DialogFolders.open(d);
					if (f == null) {
						source.select(0);
						schedule = StoreySequence.of(editor.model(), withGeometry, start);
					} else {
						schedule = ScheduleImport.read(Path.of(f), editor.model(), withGeometry);
					}
				}
				default -> schedule = StoreySequence.of(editor.model(), withGeometry, start);
			}
		} catch (Exception e) {
			MessageDialog.openError(getSite().getShell(), Messages.sequenceSource, e.getMessage());
			return;
		}
		ClientQuote quote = DemoSession.of(editor).quote();
		curve = quote == null ? null : CashCurve.of(schedule, quote);
		chart = curve == null ? null : new CashCurveChart(curve, Messages.builtValue);
		int days = (int) (schedule.finish().toEpochDay() - schedule.start().toEpochDay() + 1);
		timeline.setMinimum(0);
		timeline.setMaximum(days);
		timeline.setPageIncrement(5);
		timeline.setSelection(days / 2);
		showDay();
	}

	/** Shows the building on a day (0 = the day before work starts). */
	public void showDay(int index) {
		timeline.setSelection(index);
		showDay();
	}

	private void showDay() {
		if (schedule == null || editor == null || editor.viewer().isDisposed()) {
			return;
		}
		LocalDate d = schedule.start().minusDays(1).plusDays(timeline.getSelection());
		SequenceFrames.show(editor.scene(), schedule, d);
		editor.viewer().requestRedraw();
		List<String> tasks = new ArrayList<>();
		for (ConstructionTask t : schedule.tasks()) {
			if (!d.isBefore(t.start()) && !d.isAfter(t.finish())) {
				tasks.add(t.name());
			}
		}
		day.setText(NLS.bind(Messages.sequenceDay, d, String.join(", ", tasks)));
		if (curve != null) {
			built.setText(NLS.bind(Messages.sequenceBuilt, Money.format(curve.currency(), curve.at(d)),
					Money.format(curve.currency(), curve.total())));
			chart.setToday(d);
		}
		day.getParent().layout(new org.eclipse.swt.widgets.Control[]{day, built});
		redrawChart();
	}

	private void advance() {
		if (!playing || timeline.isDisposed()) {
			return;
		}
		int next = timeline.getSelection() + 1;
		if (next > timeline.getMaximum()) {
			playing = false;
			play.setSelection(false);
			return;
		}
		showDay(next);
		timeline.getDisplay().timerExec((int) (SequenceFrames.SECONDS_PER_DAY * 1000), this::advance);
	}

	private void redrawChart() {
		if (chart == null || chartCanvas.isDisposed()) {
			return;
		}
		Point size = chartCanvas.getSize();
		if (size.x < 10 || size.y < 10) {
			return;
		}
		if (chartImage != null) {
			chartImage.dispose();
		}
		chartImage = new Image(chartCanvas.getDisplay(), toSwt(chart.image(size.x, size.y)));
		chartCanvas.redraw();
	}

	private void paintChart(GC gc) {
		if (chartImage != null) {
			gc.drawImage(chartImage, 0, 0);
		}
	}

	static ImageData toSwt(BufferedImage img) {
		int w = img.getWidth(), h = img.getHeight();
		ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			img.getRGB(0, y, w, 1, row, 0, w);
			data.setPixels(0, y, w, row, 0);
		}
		return data;
	}

	@Override
	public void setFocus() {
		timeline.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		if (chartImage != null) {
			chartImage.dispose();
		}
		super.dispose();
	}
}
