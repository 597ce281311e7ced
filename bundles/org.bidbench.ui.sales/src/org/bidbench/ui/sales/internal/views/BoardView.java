package org.bidbench.ui.sales.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.part.ViewPart;

/**
 * The pipeline as a board: a column per stage of the process, a card per deal. Dragging a card to
 * another column moves the deal there through the sales operations, so the gates decide; a
 * refused move says which gate blocks it, who answers for it and what to do. Dropping on
 * "Closed lost" asks for the reason and the competitor who won. Keyboard users reach the same
 * moves from a card's menu (Enter, Space or the context-menu key) or with Ctrl+Left/Right.
 */
public class BoardView extends ViewPart {

	public static final String ID = "org.bidbench.ui.sales.views.board"; //$NON-NLS-1$

	/** What the board asks the user; the test replaces it to answer without a modal dialog. */
	public interface Prompts {
		/** Shows why a move was refused. */
		void refused(Shell shell, MoveRefusal refusal);

		/** Asks why the deal was lost and who won it; null when cancelled. */
		CloseLostDialog.Answer askLost(Shell shell, Opportunity opportunity);

		/** Shows a refusal that is not about gates (closing lost). */
		void refused(Shell shell, String message);
	}

	static final Prompts DIALOGS = new Prompts() {
		@Override
		public void refused(Shell shell, MoveRefusal refusal) {
			new org.bidbench.ui.sales.internal.editors.RefusedMoveDialog(shell, refusal).open();
		}

		@Override
		public CloseLostDialog.Answer askLost(Shell shell, Opportunity opportunity) {
			CloseLostDialog dialog = new CloseLostDialog(shell, opportunity);
			return dialog.open() == Window.OK ? dialog.answer() : null;
		}

		@Override
		public void refused(Shell shell, String message) {
			MessageDialog.openError(shell, Messages.Board_refusedTitle, message);
		}
	};

	private static final String DRAG_PREFIX = "bidbench-opportunity:"; //$NON-NLS-1$
	private static final int COLUMN_WIDTH = 200;
	/** Narrowest a stage column gets before the board scrolls sideways instead. */
	private static final int MIN_COLUMN_WIDTH = 150;
	/** The closed-lost column is only a drop target: it needs less room than the stages. */
	private static final int LOST_COLUMN_WIDTH = 120;
	private static final int PAD = 6;

	private final SelectionBridge selection = new SelectionBridge();
	private Prompts prompts = DIALOGS;
	private ScrolledComposite scroller;
	private Composite board;
	private Label status;
	private Font bold;
	private Font small;
	private PipelineBoard shown = new PipelineBoard(List.of());
	private Opportunity selected;
	private final Runnable sessionListener = this::refresh;

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		parent.setLayout(layout);
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, event -> fitColumnsToWidth());
		FontData data = parent.getFont().getFontData()[0];
		bold = new Font(parent.getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);
		small = new Font(parent.getDisplay(), data.getName(), Math.max(7, data.getHeight() - 1), SWT.NORMAL);
		getSite().setSelectionProvider(selection);
		SalesSession.get().addListener(sessionListener);
		SessionLoading.ensureLoaded();
		refresh();
	}

	@Override
	public void dispose() {
		SalesSession.get().removeListener(sessionListener);
		if (bold != null) {
			bold.dispose();
			small.dispose();
		}
		super.dispose();
	}

	/** Builds the columns again from the session's data. */
	public void refresh() {
		if (scroller == null || scroller.isDisposed()) {
			return;
		}
		SalesSession session = SalesSession.get();
		SalesWorkspace workspace = session.workspace();
		shown = PipelineBoard.of(workspace, session.clock().instant());
		if (board != null) {
			board.dispose();
		}
		board = new Composite(scroller, SWT.NONE);
		GridLayout layout = new GridLayout(Math.max(1, shown.columns().size() + 1), false);
		layout.horizontalSpacing = PAD;
		board.setLayout(layout);
		if (workspace == null) {
			status.setText(Messages.Board_noData);
		} else {
			int cards = shown.columns().stream().mapToInt(c -> c.cards().size()).sum();
			status.setText(NLS.bind(Messages.Board_summary, cards, SalesWording.role(session.currentUser() == null
					? null
					: session.currentUser().getRole()) + " " + (session.currentUser() == null ? "" : session.currentUser().getName()))); //$NON-NLS-1$ //$NON-NLS-2$
			for (PipelineBoard.Column column : shown.columns()) {
				buildColumn(column);
			}
			buildLostColumn();
		}
		if (selected != null && shown.card(selected) == null) {
			select(null);
		}
		scroller.setContent(board);
		fitColumnsToWidth();
		status.getParent().layout(true, true);
	}

	/**
	 * Shares the view's width among the stage columns (between {@link #MIN_COLUMN_WIDTH} and
	 * {@link #COLUMN_WIDTH}), so that every stage up to Execution shows without scrolling on a
	 * usual screen; narrower views scroll sideways.
	 */
	private void fitColumnsToWidth() {
		if (board == null || board.isDisposed()) {
			return;
		}
		Control[] holders = board.getChildren();
		if (holders.length > 1) {
			int stages = holders.length - 1;
			int available = scroller.getClientArea().width - PAD * (holders.length + 2) - LOST_COLUMN_WIDTH;
			int width = Math.max(MIN_COLUMN_WIDTH, Math.min(COLUMN_WIDTH, available / stages));
			for (int i = 0; i < holders.length; i++) {
				((GridData) holders[i].getLayoutData()).widthHint = i == stages ? LOST_COLUMN_WIDTH : width;
			}
		}
		scroller.setMinSize(board.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		board.layout(true, true);
	}

	private void buildColumn(PipelineBoard.Column column) {
		Composite holder = columnHolder();
		Label header = new Label(holder, SWT.WRAP);
		header.setFont(bold);
		header.setBackground(holder.getBackground());
		String total = column.total() == null ? "" : "\n" + SalesWording.money(column.total()); //$NON-NLS-1$ //$NON-NLS-2$
		header.setText(NLS.bind(Messages.Board_columnHeader, SalesWording.stage(column.stage()), column.cards().size()) + total);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		acceptDrops(holder, column.stage());
		acceptDrops(header, column.stage());
		for (PipelineBoard.Card card : column.cards()) {
			Composite control = cardControl(holder, card);
			acceptDrops(control, column.stage());
		}
	}

	private void buildLostColumn() {
		Composite holder = columnHolder();
		holder.setBackground(new Color(255, 236, 236));
		Label header = new Label(holder, SWT.WRAP);
		header.setFont(bold);
		header.setBackground(holder.getBackground());
		header.setText(Messages.Board_lostColumn + "\n" + Messages.Board_lostHint); //$NON-NLS-1$
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		acceptDrops(holder, null);
		acceptDrops(header, null);
	}

	private Composite columnHolder() {
		Composite holder = new Composite(board, SWT.NONE);
		holder.setBackground(new Color(236, 239, 243));
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = PAD;
		layout.marginHeight = PAD;
		layout.verticalSpacing = PAD;
		holder.setLayout(layout);
		GridData data = new GridData(SWT.FILL, SWT.FILL, false, true);
		data.widthHint = COLUMN_WIDTH;
		holder.setLayoutData(data);
		return holder;
	}

	/** A card: painted, focusable, draggable, with the move menu. */
	private Composite cardControl(Composite parent, PipelineBoard.Card card) {
		Opportunity opportunity = card.opportunity();
		Composite control = new Composite(parent, SWT.DOUBLE_BUFFERED);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		GC gc = new GC(control);
		int line = gc.getFontMetrics().getHeight();
		gc.dispose();
		data.heightHint = line * 4 + PAD * 3;
		control.setLayoutData(data);
		control.setData(opportunity);
		control.setToolTipText(tooltip(card));
		control.addPaintListener(event -> paintCard(event.gc, control, card, line));
		control.addListener(SWT.MouseDown, event -> {
			control.setFocus();
			select(opportunity);
		});
		control.addListener(SWT.MouseDoubleClick, event -> SalesEditors.open(getSite().getPage(), opportunity));
		control.addListener(SWT.FocusIn, event -> {
			select(opportunity);
			control.redraw();
		});
		control.addListener(SWT.FocusOut, event -> control.redraw());
		control.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});
		control.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR || event.character == ' ') {
				showMoveMenu(control, opportunity, true);
			} else if ((event.stateMask & SWT.MOD1) != 0 && (event.keyCode == SWT.ARROW_RIGHT || event.keyCode == SWT.ARROW_LEFT)) {
				Stage next = neighbour(opportunity.getStage(), event.keyCode == SWT.ARROW_RIGHT ? 1 : -1);
				if (next != null) {
					moveCard(opportunity, next);
				}
			}
		});
		control.addListener(SWT.MenuDetect, event -> {
			showMoveMenu(control, opportunity, event.detail == SWT.MENU_KEYBOARD);
			event.doit = false;
		});
		DragSource source = new DragSource(control, DND.DROP_MOVE);
		source.setTransfer(TextTransfer.getInstance());
		source.addDragListener(new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				select(opportunity);
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = DRAG_PREFIX + opportunity.getId();
			}
		});
		return control;
	}

	private void paintCard(GC gc, Composite control, PipelineBoard.Card card, int line) {
		Rectangle area = control.getClientArea();
		Display display = control.getDisplay();
		Opportunity opportunity = card.opportunity();
		gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		boolean isSelected = opportunity == selected;
		if (card.isOverdue()) {
			gc.setBackground(new Color(200, 30, 30));
			gc.fillRectangle(0, 0, 4, area.height);
		}
		gc.setForeground(isSelected ? display.getSystemColor(SWT.COLOR_LIST_SELECTION) : new Color(190, 196, 204));
		gc.setLineWidth(isSelected ? 2 : 1);
		gc.drawRectangle(isSelected ? 1 : 0, isSelected ? 1 : 0, area.width - (isSelected ? 2 : 1), area.height - (isSelected ? 2 : 1));
		gc.setLineWidth(1);
		if (control.isFocusControl()) {
			gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			gc.drawFocus(3, 3, area.width - 6, area.height - 6);
		}
		int x = PAD + 4;
		int width = area.width - x - PAD;
		int y = PAD;
		gc.setFont(small);
		gc.setForeground(new Color(90, 96, 104));
		gc.drawString(shorten(gc, opportunity.getCustomer() == null ? "" : opportunity.getCustomer().getName(), width), x, y, true); //$NON-NLS-1$
		y += line;
		gc.setFont(bold);
		gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.drawString(shorten(gc, SalesWording.deal(opportunity), width), x, y, true);
		y += line + 2;
		gc.setFont(control.getFont());
		String chance = opportunity.getStatus() == OpportunityStatus.WON
				? Messages.Board_won
				: NLS.bind(Messages.Board_cardWin, Math.round(card.winProbability() * 100));
		int chanceWidth = gc.textExtent(chance).x;
		String money = SalesWording.money(opportunity.getAmount());
		// In a narrow column the amount keeps its line whole and the chance moves to the next one.
		boolean together = gc.textExtent(money).x + PAD + chanceWidth <= width;
		gc.drawString(shorten(gc, money, together ? width - chanceWidth - PAD : width), x, y, true);
		gc.setForeground(new Color(40, 110, 60));
		gc.drawString(chance, x + width - chanceWidth, together ? y : y + line, true);
		y += line;
		if (card.isOverdue()) {
			gc.setForeground(new Color(190, 20, 20));
			GateDeadline first = card.overdue().get(0);
			gc.drawString(shorten(gc, NLS.bind(Messages.Board_overdue, SalesWording.gate(first.gate())), together ? width : width - chanceWidth - PAD),
					x, y, true);
		}
	}

	private static String shorten(GC gc, String text, int width) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String shortened = text;
		while (shortened.length() > 1 && gc.textExtent(shortened + "…").x > width) { //$NON-NLS-1$
			shortened = shortened.substring(0, shortened.length() - 1);
		}
		return shortened + "…"; //$NON-NLS-1$
	}

	private String tooltip(PipelineBoard.Card card) {
		StringBuilder text = new StringBuilder(card.opportunity().getId() + " · " + card.opportunity().getName()); //$NON-NLS-1$
		for (GateDeadline deadline : card.overdue()) {
			text.append('\n').append(NLS.bind(Messages.Board_overdueSince, SalesWording.gate(deadline.gate()),
					SalesWording.timeLeft(deadline.dueAt(), SalesSession.get().clock().instant())));
		}
		text.append('\n').append(Messages.Board_cardKeys);
		return text.toString();
	}

	private void showMoveMenu(Control control, Opportunity opportunity, boolean byKeyboard) {
		Menu menu = new Menu(control);
		fillMoveMenu(menu, opportunity);
		if (byKeyboard) {
			Point at = control.toDisplay(PAD, control.getSize().y / 2);
			menu.setLocation(at);
		}
		menu.setVisible(true);
	}

	/** The stages to move to (the current one checked), then Closed lost. */
	void fillMoveMenu(Menu menu, Opportunity opportunity) {
		SalesWorkspace workspace = SalesSession.get().workspace();
		if (workspace == null || workspace.getProcess() == null) {
			return;
		}
		boolean open = opportunity.getStatus() == OpportunityStatus.OPEN;
		for (Stage stage : workspace.getProcess().getStages()) {
			MenuItem item = new MenuItem(menu, SWT.CHECK);
			item.setText(NLS.bind(Messages.Board_moveTo, SalesWording.stage(stage)));
			item.setSelection(stage == opportunity.getStage());
			item.setEnabled(open && stage != opportunity.getStage());
			item.addListener(SWT.Selection, event -> moveCard(opportunity, stage));
		}
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem lost = new MenuItem(menu, SWT.PUSH);
		lost.setText(Messages.Board_closeLostMenu);
		lost.setEnabled(open);
		lost.addListener(SWT.Selection, event -> closeLost(opportunity));
	}

	private Stage neighbour(Stage stage, int step) {
		SalesWorkspace workspace = SalesSession.get().workspace();
		if (stage == null || workspace == null || workspace.getProcess() == null) {
			return null;
		}
		int index = workspace.getProcess().getStages().indexOf(stage) + step;
		return index < 0 || index >= workspace.getProcess().getStages().size() ? null : workspace.getProcess().getStages().get(index);
	}

	private void acceptDrops(Control control, Stage stage) {
		DropTarget target = new DropTarget(control, DND.DROP_MOVE | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[]{TextTransfer.getInstance()});
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_MOVE;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (!(event.data instanceof String text) || !text.startsWith(DRAG_PREFIX)) {
					event.detail = DND.DROP_NONE;
					return;
				}
				Opportunity opportunity = find(text.substring(DRAG_PREFIX.length()));
				if (opportunity == null) {
					return;
				}
				// Leave the drop (and its modal loop) before a dialog may open.
				control.getDisplay().asyncExec(() -> {
					if (stage == null) {
						closeLost(opportunity);
					} else if (stage != opportunity.getStage()) {
						moveCard(opportunity, stage);
					}
				});
			}
		});
	}

	private Opportunity find(String id) {
		SalesWorkspace workspace = SalesSession.get().workspace();
		if (workspace == null) {
			return null;
		}
		return workspace.getOpportunities().stream().filter(o -> id.equals(o.getId())).findFirst().orElse(null);
	}

	/**
	 * Moves the deal as a drop on the stage's column does; a refusal is shown.
	 *
	 * @return the refusal, or null when it moved
	 */
	public MoveRefusal moveCard(Opportunity opportunity, Stage target) {
		MoveRefusal refusal = StageMoves.move(opportunity, target);
		if (refusal != null) {
			prompts.refused(getSite().getShell(), refusal);
		}
		return refusal;
	}

	/**
	 * Closes the deal lost as a drop on the "Closed lost" column does: asks for the reason and the
	 * winner, then closes it.
	 *
	 * @return whether it was closed
	 */
	public boolean closeLost(Opportunity opportunity) {
		CloseLostDialog.Answer answer = prompts.askLost(getSite().getShell(), opportunity);
		if (answer == null) {
			return false;
		}
		String refusal = StageMoves.closeLost(opportunity, answer.reason(), answer.winningCompetitor());
		if (refusal != null) {
			prompts.refused(getSite().getShell(), refusal);
			return false;
		}
		return true;
	}

	private void select(Opportunity opportunity) {
		if (selected == opportunity) {
			return;
		}
		selected = opportunity;
		if (board != null && !board.isDisposed()) {
			for (Control column : board.getChildren()) {
				if (column instanceof Composite holder) {
					for (Control child : holder.getChildren()) {
						child.redraw();
					}
				}
			}
		}
		selection.changed(opportunity == null ? StructuredSelection.EMPTY : new StructuredSelection(opportunity));
	}

	/** What the board shows now, for tests. */
	public PipelineBoard shown() {
		return shown;
	}

	/** The card controls on display, for tests and screenshots. */
	public List<Composite> cardControls() {
		List<Composite> cards = new ArrayList<>();
		if (board != null && !board.isDisposed()) {
			for (Control column : board.getChildren()) {
				for (Control child : ((Composite) column).getChildren()) {
					if (child.getData() instanceof Opportunity && child instanceof Composite card) {
						cards.add(card);
					}
				}
			}
		}
		return cards;
	}

	/** Replaces the dialogs (tests); null puts the real ones back. */
	public void setPrompts(Prompts prompts) {
		this.prompts = prompts == null ? DIALOGS : prompts;
	}

	public Opportunity selected() {
		return selected;
	}

	@Override
	public void setFocus() {
		if (board != null && !board.isDisposed()) {
			board.setFocus();
		} else {
			scroller.setFocus();
		}
	}

	/** The selected card as the view's selection, for the move command and the editors. */
	private static final class SelectionBridge implements ISelectionProvider {
		private final List<ISelectionChangedListener> listeners = new ArrayList<>();
		private ISelection current = StructuredSelection.EMPTY;

		void changed(ISelection selection) {
			current = selection;
			SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
			for (ISelectionChangedListener listener : List.copyOf(listeners)) {
				listener.selectionChanged(event);
			}
		}

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.add(listener);
		}

		@Override
		public ISelection getSelection() {
			return current;
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.remove(listener);
		}

		@Override
		public void setSelection(ISelection selection) {
			changed(selection);
		}
	}
}
