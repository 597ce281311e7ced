package org.bidbench.ui.demo.internal;

import java.util.List;
import java.util.Locale;

import org.bidbench.demo.price.ClientQuote;
import org.bidbench.demo.storyboard.StoryStep;
import org.bidbench.demo.storyboard.Storyboard;
import org.bidbench.ui.demo.render.StoryboardFrames;
import org.bidbench.viewer.Scene;
import org.bidbench.viewer.ViewerCanvas;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;

/**
 * Presenter mode: the client's screen (full screen on the chosen monitor, no workbench around it: the
 * model, the step's title and its client prices) and the presenter's screen (talking points, the
 * next step, a timer, the keys). Both are fed from the storyboard and a {@link ClientQuote}, the
 * client-safe projection of the quote: presenter mode is never given the quote, so it has no unit
 * cost, margin, approval or internal note to show.
 */
public final class PresenterMode {

	private final Storyboard storyboard;
	private final ClientQuote quote;
	private final Shell client;
	private final Shell presenter;
	private final ViewerCanvas viewer;
	private final Label clientTitle;
	private final Label clientPrices;
	private final Label stepLabel;
	private final Label points;
	private final Label next;
	private final Label timer;
	private final Playback playback;
	private final long started = System.nanoTime();
	private final Font big;
	private final Font medium;

	/**
	 * @param scene the model's scene (drawn by a viewer of the client window's own)
	 * @param monitor the monitor index for the client's screen (the presenter's goes to another one when
	 *        there is one)
	 */
	public PresenterMode(Display display, Scene scene, Storyboard storyboard, ClientQuote quote, int monitor) {
		this.storyboard = storyboard;
		this.quote = quote;
		Monitor[] monitors = display.getMonitors();
		Monitor clientMonitor = monitors[Math.max(0, Math.min(monitor, monitors.length - 1))];
		Monitor presenterMonitor = monitors.length > 1 ? monitors[(monitor + 1) % monitors.length] : clientMonitor;
		FontData base = display.getSystemFont().getFontData()[0];
		big = new Font(display, base.getName(), 22, SWT.BOLD);
		medium = new Font(display, base.getName(), 14, SWT.NORMAL);

		client = new Shell(display, SWT.NO_TRIM | SWT.ON_TOP);
		client.setText(Messages.clientTitle);
		client.setData("org.bidbench.demo.role", "client");
		GridLayout cl = new GridLayout(2, false);
		cl.marginWidth = cl.marginHeight = 0;
		client.setLayout(cl);
		viewer = new ViewerCanvas(client, SWT.NONE, scene);
		viewer.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		clientTitle = new Label(client, SWT.NONE);
		clientTitle.setFont(big);
		GridData titleData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		clientTitle.setText(Messages.clientTitle); // one line of the title's font, with or without a title
		titleData.heightHint = clientTitle.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
		clientTitle.setText("");
		clientTitle.setLayoutData(titleData);
		Rectangle area = clientMonitor.getBounds();
		clientPrices = new Label(client, SWT.LEFT | SWT.WRAP);
		clientPrices.setFont(medium);
		// at most two fifths of the screen: long line descriptions wrap instead of running off the edge
		GridData pricesData = new GridData(SWT.FILL, SWT.CENTER, false, false);
		pricesData.widthHint = area.width * 2 / 5;
		clientPrices.setLayoutData(pricesData);
		pricesData.heightHint = tallestPrices(pricesData.widthHint);
		client.setBounds(area);

		presenter = new Shell(display, SWT.SHELL_TRIM);
		presenter.setText(Messages.presenterTitle);
		presenter.setData("org.bidbench.demo.role", "presenter");
		presenter.setLayout(new GridLayout(1, false));
		stepLabel = new Label(presenter, SWT.WRAP);
		stepLabel.setFont(big);
		stepLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		points = new Label(presenter, SWT.WRAP);
		points.setFont(medium);
		points.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		next = new Label(presenter, SWT.WRAP);
		next.setFont(medium);
		next.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		timer = new Label(presenter, SWT.NONE);
		timer.setFont(big);
		timer.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Label keys = new Label(presenter, SWT.WRAP);
		keys.setText(Messages.presenterKeys);
		keys.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Rectangle p = presenterMonitor.getClientArea();
		presenter.setBounds(monitors.length > 1
				? p
				: new Rectangle(p.x + p.width / 2, p.y + p.height / 2, Math.max(480, p.width / 2), Math.max(320, p.height / 2)));

		playback = new Playback(storyboard, quote, List.of(viewer));
		playback.onStep(this::showStep);
		playback.onEnd(this::close);
		client.addListener(SWT.Dispose, e -> close());
		presenter.addListener(SWT.Dispose, e -> close());
	}

	/** Opens both screens and starts playing from a step. */
	public void open(int fromStep) {
		client.open();
		client.setFullScreen(true);
		presenter.open();
		playback.start(fromStep);
		tickTimer();
	}

	public Playback playback() {
		return playback;
	}

	public Shell clientShell() {
		return client;
	}

	public Shell presenterShell() {
		return presenter;
	}

	/** The client screen's two texts, title then prices: the only words it draws (checked on its pixels by the tests). */
	public List<Label> clientTexts() {
		return List.of(clientTitle, clientPrices);
	}

	public ViewerCanvas clientViewer() {
		return viewer;
	}

	private void showStep(int index) {
		StoryStep step = storyboard.steps().get(index);
		if (client.isDisposed()) {
			return;
		}
		clientTitle.setText(step.title());
		clientPrices.setText(String.join("\n", StoryboardFrames.callouts(step, quote)));
		stepLabel.setText(NLS.bind(Messages.presenterStep, new Object[]{index + 1, storyboard.steps().size(), step.title()}));
		points.setText(step.talkingPoints().isEmpty() ? "" : "• " + String.join("\n• ", step.talkingPoints()));
		next.setText(index + 1 < storyboard.steps().size()
				? NLS.bind(Messages.presenterNext, storyboard.steps().get(index + 1).title())
				: Messages.presenterLast);
		// The client's rows keep their heights (see tallestPrices), so its labels only repaint: a layout of
		// the client window would cost the flight's first frame several milliseconds for nothing.
		presenter.layout(true, true);
	}

	/**
	 * The height of the tallest step's prices: the row under the 3D view keeps it throughout, so that
	 * a step with more lines than the last does not shrink the view in the first frame of its flight
	 * (a new surface size costs a frame of its own).
	 */
	private int tallestPrices(int width) {
		int tallest = 0;
		for (StoryStep step : storyboard.steps()) {
			clientPrices.setText(String.join("\n", StoryboardFrames.callouts(step, quote)));
			tallest = Math.max(tallest, clientPrices.computeSize(width, SWT.DEFAULT).y);
		}
		clientPrices.setText("");
		return tallest;
	}

	private void tickTimer() {
		if (timer.isDisposed()) {
			return;
		}
		long s = (System.nanoTime() - started) / 1_000_000_000L;
		String elapsed = String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
		timer.setText(NLS.bind(Messages.presenterTime, elapsed) + (playback.isPaused() ? "   " + Messages.presenterPaused : ""));
		timer.getDisplay().timerExec(500, this::tickTimer);
	}

	public void close() {
		playback.stop();
		if (!client.isDisposed()) {
			client.dispose();
		}
		if (!presenter.isDisposed()) {
			presenter.dispose();
		}
		if (!big.isDisposed()) {
			big.dispose();
			medium.dispose();
		}
	}

	/** Everything the two screens show as text now (for checks that nothing confidential is there). */
	public String visibleText() {
		StringBuilder b = new StringBuilder();
		for (Shell s : new Shell[]{client, presenter}) {
			if (!s.isDisposed()) {
				collect(s, b);
			}
		}
		return b.toString();
	}

	private static void collect(Composite c, StringBuilder b) {
		b.append(c instanceof Shell s ? s.getText() + "\n" : "");
		for (var child : c.getChildren()) {
			if (child instanceof Label l) {
				b.append(l.getText()).append('\n');
			} else if (child instanceof Composite k) {
				collect(k, b);
			}
		}
	}
}
