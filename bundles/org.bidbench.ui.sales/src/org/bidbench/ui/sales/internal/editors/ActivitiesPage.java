package org.bidbench.ui.sales.internal.editors;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.bidbench.sales.model.Activity;
import org.bidbench.sales.model.ActivityKind;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.FollowUpTask;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** Visits, calls, meetings, demos and project meetings with their minutes and follow-up tasks. */
public class ActivitiesPage extends SalesFormPage {

	public static final String ID = "activities"; //$NON-NLS-1$
	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	private final OpportunityEditor editor;
	private TableViewer activities;
	private Text minutes;
	private TableViewer followUps;

	public ActivitiesPage(OpportunityEditor editor) {
		super(editor, ID, Messages.ActivitiesPage_title);
		this.editor = editor;
	}

	@Override
	protected void fill(Composite body) {
		Composite list = section(body, Messages.ActivitiesPage_section, Messages.ActivitiesPage_description, 1);
		activities = table(list, 1, 160,
				new Column<Activity>(Messages.ActivitiesPage_kind, 110, a -> SalesLabels.literal(a.getKind())),
				new Column<Activity>(Messages.ActivitiesPage_at, 130, a -> SalesLabels.time(a.getAt())),
				new Column<Activity>(Messages.ActivitiesPage_subject, 260, Activity::getSubject),
				new Column<Activity>(Messages.ActivitiesPage_participants, 160,
						a -> String.join(", ", a.getParticipants().stream().map(Employee::getName).toList())), //$NON-NLS-1$
				new Column<Activity>(Messages.ActivitiesPage_openFollowUps, 90,
						a -> a.getFollowUps().stream().filter(f -> !f.isDone()).count() + " / " + a.getFollowUps().size())); //$NON-NLS-1$
		activities.addSelectionChangedListener(e -> showSelected());
		Composite buttons = buttons(list, 1);
		button(buttons, Messages.ActivitiesPage_log, this::log);
		button(buttons, Messages.ActivitiesPage_editMinutes, this::editMinutes);

		Composite detail = section(body, Messages.ActivitiesPage_detail, null, 1);
		minutes = toolkit.createText(detail, "", SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = 70;
		minutes.setLayoutData(data);
		followUps = table(detail, 1, 100,
				new Column<FollowUpTask>(Messages.ActivitiesPage_task, 280, FollowUpTask::getDescription),
				new Column<FollowUpTask>(Messages.ActivitiesPage_owner, 150, f -> f.getAssignee() == null ? "" : f.getAssignee().getName()), //$NON-NLS-1$
				new Column<FollowUpTask>(Messages.ActivitiesPage_due, 130, f -> SalesLabels.time(f.getDue())),
				new Column<FollowUpTask>(Messages.ActivitiesPage_done, 130, f -> f.isDone() ? SalesLabels.time(f.getDoneAt()) : "")); //$NON-NLS-1$
		Composite taskButtons = buttons(detail, 1);
		button(taskButtons, Messages.ActivitiesPage_addFollowUp, this::addFollowUp);
		button(taskButtons, Messages.ActivitiesPage_markDone, () -> {
			FollowUpTask task = selected(followUps);
			if (task != null) {
				SalesActions.run(shell(), NLS.bind(Messages.ActivitiesPage_markDoneCommand, task.getDescription()),
						() -> SalesActions.ops().completeFollowUp(task));
			}
		});
	}

	private void log() {
		Opportunity o = editor.opportunity();
		ActivityKind[] kind = new ActivityKind[1];
		Instant[] at = new Instant[1];
		String[] subject = new String[1];
		String[] text = new String[1];
		SalesDialog dialog = new SalesDialog(shell(), Messages.ActivitiesPage_logTitle, Messages.ActivitiesPage_logMessage) {
			Choice<ActivityKind> kindChoice;
			Text atText;
			Text subjectText;
			Text minutesText;

			@Override
			protected void createFields(Composite fields) {
				kindChoice = combo(fields, Messages.ActivitiesPage_kind, List.copyOf(ActivityKind.VALUES), SalesLabels::literal, ActivityKind.VISIT, null);
				atText = text(fields, Messages.ActivitiesPage_atFormat, MINUTE.format(LocalDateTime.ofInstant(SalesSession.get().clock().instant(),
						ZoneId.systemDefault())), false);
				subjectText = text(fields, Messages.ActivitiesPage_subject, "", false); //$NON-NLS-1$
				minutesText = text(fields, Messages.ActivitiesPage_minutes, "", true); //$NON-NLS-1$
				require(() -> parseTime(atText.getText()) == null ? NLS.bind(Messages.ActivitiesPage_badTime, atText.getText()) : null);
			}

			@Override
			protected void read() {
				kind[0] = kindChoice.selected();
				at[0] = parseTime(atText.getText());
				subject[0] = subjectText.getText();
				text[0] = minutesText.getText();
			}
		};
		if (dialog.open() == Window.OK) {
			Activity logged = SalesActions.run(shell(), NLS.bind(Messages.ActivitiesPage_logCommand, SalesLabels.literal(kind[0])),
					() -> SalesActions.ops().logActivity(o, kind[0], at[0], subject[0], text[0], SalesActions.me()));
			if (logged != null) {
				activities.setSelection(new org.eclipse.jface.viewers.StructuredSelection(logged), true);
			}
		}
	}

	private void editMinutes() {
		Activity activity = selected(activities);
		if (activity == null) {
			return;
		}
		String[] value = new String[1];
		SalesDialog dialog = new SalesDialog(shell(), Messages.ActivitiesPage_editMinutes, activity.getSubject()) {
			Text text;

			@Override
			protected void createFields(Composite fields) {
				text = text(fields, Messages.ActivitiesPage_minutes, activity.getMinutes(), true);
			}

			@Override
			protected void read() {
				value[0] = text.getText();
			}
		};
		if (dialog.open() == Window.OK) {
			SalesActions.run(shell(), NLS.bind(Messages.ActivitiesPage_minutesCommand, activity.getSubject()),
					() -> SalesActions.ops().setMinutes(activity, value[0]));
		}
	}

	private void addFollowUp() {
		Activity activity = selected(activities);
		if (activity == null) {
			return;
		}
		String[] description = new String[1];
		Employee[] owner = new Employee[1];
		Instant[] due = new Instant[1];
		SalesDialog dialog = new SalesDialog(shell(), Messages.ActivitiesPage_addFollowUp, activity.getSubject()) {
			Text descriptionText;
			Choice<Employee> ownerChoice;
			Text dueText;

			@Override
			protected void createFields(Composite fields) {
				descriptionText = text(fields, Messages.ActivitiesPage_task, "", false); //$NON-NLS-1$
				ownerChoice = combo(fields, Messages.ActivitiesPage_owner, SalesSession.get().workspace().getEmployees(), SalesLabels::employee,
						SalesActions.me(), null);
				dueText = text(fields, Messages.ActivitiesPage_dueFormat, MINUTE.format(LocalDateTime.ofInstant(
						SalesSession.get().clock().instant().plusSeconds(3 * 86400), ZoneId.systemDefault())), false);
				require(() -> descriptionText.getText().isBlank() ? Messages.ActivitiesPage_taskMissing : null);
				require(() -> parseTime(dueText.getText()) == null ? NLS.bind(Messages.ActivitiesPage_badTime, dueText.getText()) : null);
			}

			@Override
			protected void read() {
				description[0] = descriptionText.getText();
				owner[0] = ownerChoice.selected();
				due[0] = parseTime(dueText.getText());
			}
		};
		if (dialog.open() == Window.OK) {
			SalesActions.run(shell(), NLS.bind(Messages.ActivitiesPage_followUpCommand, description[0].strip()),
					() -> SalesActions.ops().addFollowUp(activity, description[0], owner[0], due[0]));
		}
	}

	/** "yyyy-MM-dd HH:mm" in the local zone, or null. */
	static Instant parseTime(String text) {
		try {
			return LocalDateTime.parse(text.strip(), MINUTE).atZone(ZoneId.systemDefault()).toInstant();
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private void showSelected() {
		Activity activity = selected(activities);
		minutes.setText(activity == null || activity.getMinutes() == null ? "" : activity.getMinutes()); //$NON-NLS-1$
		followUps.setInput(activity == null ? List.of() : activity.getFollowUps());
	}

	@Override
	protected void refresh() {
		Opportunity o = editor.opportunity();
		if (o == null) {
			return;
		}
		setInput(activities, List.copyOf(o.getActivities()));
		showSelected();
		followUps.refresh();
	}

	/** The activities table, for tests. */
	public TableViewer activities() {
		return activities;
	}
}
