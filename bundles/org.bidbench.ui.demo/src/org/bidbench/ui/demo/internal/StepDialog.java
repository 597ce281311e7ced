package org.bidbench.ui.demo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bidbench.demo.price.ClientQuote;
import org.bidbench.demo.storyboard.StoryStep;
import org.bidbench.ui.demo.render.Money;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** Edits one step: title, talking points, seconds, how the camera arrives, the quote lines shown. */
final class StepDialog extends Dialog {

	private StoryStep step;
	private final ClientQuote quote;
	private Text title;
	private Text points;
	private Spinner seconds;
	private Combo transition;
	private Table lines;

	StepDialog(Shell parent, StoryStep step, ClientQuote quote) {
		super(parent);
		this.step = step;
		this.quote = quote;
	}

	StoryStep result() {
		return step;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.stepDialogTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText(Messages.stepTitle);
		title = new Text(area, SWT.BORDER);
		title.setText(step.title());
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label l = new Label(area, SWT.NONE);
		l.setText(Messages.stepPoints);
		l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false, 2, 1));
		points = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		points.setText(String.join("\n", step.talkingPoints()));
		GridData pd = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		pd.heightHint = 90;
		pd.widthHint = 520;
		points.setLayoutData(pd);
		new Label(area, SWT.NONE).setText(Messages.stepSeconds);
		seconds = new Spinner(area, SWT.BORDER);
		seconds.setDigits(1);
		seconds.setMinimum((int) (StoryStep.MIN_SECONDS * 10));
		seconds.setMaximum(6000);
		seconds.setSelection((int) Math.round(step.seconds() * 10));
		new Label(area, SWT.NONE).setText(Messages.stepTransition);
		transition = new Combo(area, SWT.READ_ONLY);
		transition.setItems(Messages.transitionFly, Messages.transitionWalk, Messages.transitionCut);
		transition.select(step.transition().ordinal());
		if (quote != null) {
			Label q = new Label(area, SWT.NONE);
			q.setText(Messages.stepQuoteLines);
			q.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false, 2, 1));
			lines = new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
			GridData td = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
			td.heightHint = 160;
			lines.setLayoutData(td);
			for (ClientQuote.Line line : quote.lines()) {
				TableItem item = new TableItem(lines, SWT.NONE);
				item.setText(line.description() + (line.section().isEmpty() ? "" : " (" + line.section() + ")") + "   "
						+ Money.format(quote.currency(), line.amount()));
				item.setData(line.key());
				item.setChecked(step.quoteLines().contains(line.key()));
			}
		}
		return area;
	}

	@Override
	protected void okPressed() {
		List<String> keys = new ArrayList<>(step.quoteLines());
		if (lines != null) {
			keys.clear();
			for (TableItem item : lines.getItems()) {
				if (item.getChecked()) {
					keys.add((String) item.getData());
				}
			}
		}
		List<String> talk = Arrays.stream(points.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		step = step.withTitle(title.getText().strip()).withTalkingPoints(talk).withSeconds(seconds.getSelection() / 10.0)
				.withTransition(StoryStep.Transition.values()[transition.getSelectionIndex()]).withQuoteLines(keys);
		super.okPressed();
	}
}
