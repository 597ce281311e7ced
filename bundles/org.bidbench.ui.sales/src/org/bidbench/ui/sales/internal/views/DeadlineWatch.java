package org.bidbench.ui.sales.internal.views;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bidbench.ui.sales.SalesSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Watches the deadlines of the current user and team from workbench start: a background job
 * looks each minute and shows a notification when something becomes due within four hours or
 * overdue. Each item is notified once per state (due soon, then overdue), not every minute.
 */
public class DeadlineWatch implements IStartup {

	private static final long EVERY_MINUTE = 60_000;
	private static final int MAX_LISTED = 3;
	private static final Set<String> notified = new HashSet<>();
	private static Job job;
	private static NotificationPopup shown;

	@Override
	public void earlyStartup() {
		start();
	}

	/** Starts the minute job (once). */
	public static synchronized void start() {
		if (job != null) {
			return;
		}
		job = new Job(Messages.Watch_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (!PlatformUI.isWorkbenchRunning()) {
					return Status.OK_STATUS;
				}
				Display display = PlatformUI.getWorkbench().getDisplay();
				if (!display.isDisposed()) {
					// The model belongs to the UI thread: look at it there; the look is cheap.
					display.asyncExec(() -> check(display));
				}
				schedule(EVERY_MINUTE);
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.schedule(EVERY_MINUTE);
	}

	/**
	 * Notifies what became due soon or overdue since the last look (call on the UI thread).
	 *
	 * @return the items notified now
	 */
	public static List<DueItem> check(Display display) {
		SalesSession session = SalesSession.get();
		if (!session.isLoaded()) {
			return List.of();
		}
		Instant now = session.clock().instant();
		List<DueItem> overdue = new ArrayList<>();
		List<DueItem> soon = new ArrayList<>();
		for (DueItem item : DueItems.of(session.workspace(), session.currentUser(), DueItems.Scope.TEAM)) {
			if (item.isOverdue(now) && notified.add(item.key() + ":overdue")) { //$NON-NLS-1$
				overdue.add(item);
			} else if (item.isDueSoon(now) && notified.add(item.key() + ":soon")) { //$NON-NLS-1$
				soon.add(item);
			}
		}
		List<DueItem> all = new ArrayList<>(overdue);
		all.addAll(soon);
		if (!all.isEmpty()) {
			// One popup per look: stacked popups hide each other.
			String title = overdue.isEmpty()
					? NLS.bind(Messages.Watch_dueSoonTitle, soon.size())
					: soon.isEmpty()
							? NLS.bind(Messages.Watch_overdueTitle, overdue.size())
							: NLS.bind(Messages.Watch_bothTitle, overdue.size(), soon.size());
			shown = NotificationPopup.forDisplay(display).title(title, true).text(text(all, now)).delay(15_000).build();
			shown.open();
		}
		return all;
	}

	/** Closes the last notification if it still shows (tests, screenshots). */
	public static void closeNotification() {
		if (shown != null && shown.getShell() != null && !shown.getShell().isDisposed()) {
			shown.close();
		}
		shown = null;
	}

	/** Forgets what was notified (a new workspace loaded; tests). */
	public static void forget() {
		notified.clear();
	}

	private static String shorten(String text, int length) {
		return text.length() > length ? text.substring(0, length - 1) + "…" : text; //$NON-NLS-1$
	}

	static String text(List<DueItem> items, Instant now) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < items.size() && i < MAX_LISTED; i++) {
			DueItem item = items.get(i);
			if (i > 0) {
				text.append('\n');
			}
			String deal = SalesWording.deal(item.opportunity());
			// The popup is narrow: what on one line, when and for which deal on the next, each kept short.
			text.append(NLS.bind(Messages.Watch_item, new Object[]{SalesWording.timeLeft(item.dueAt(), now), shorten(item.what(), 46),
					shorten(deal, 30)}));
		}
		if (items.size() > MAX_LISTED) {
			text.append('\n').append(NLS.bind(Messages.Watch_more, items.size() - MAX_LISTED));
		}
		return text.toString();
	}
}
