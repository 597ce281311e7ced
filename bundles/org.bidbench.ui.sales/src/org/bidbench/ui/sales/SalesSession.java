package org.bidbench.ui.sales;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.process.RuleCheck;
import org.bidbench.sales.core.store.FieldConflict;
import org.bidbench.sales.core.store.RecordFields;
import org.bidbench.sales.core.store.RecordKey;
import org.bidbench.sales.core.store.RecordKind;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStoreProvider;
import org.bidbench.sales.core.store.SalesStores;
import org.bidbench.sales.core.store.StoreEvent;
import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.core.workspace.LoadProblem;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.provider.SalesItemProviderAdapterFactory;
import org.bidbench.ui.sales.internal.Messages;
import org.bidbench.ui.sales.internal.store.LocalCopies;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * The sales data the workbench works on: one loaded workspace and one editing domain, shared by
 * every sales view and editor and by the management cockpit, so that an edit made anywhere shows
 * everywhere and undo covers all of them.
 * <p>
 * Every change goes through {@link #execute(String, Supplier)}, which runs a sales operation
 * (from {@code org.bidbench.sales.core.operations}) as one undoable command. An operation that
 * refuses (a gate not met, the wrong role) throws {@link RefusedException}; the session then
 * takes back anything it had changed and nothing reaches the undo stack.
 * <p>
 * Listeners ({@link #addListener(Runnable)}) are told on the UI thread after every executed,
 * undone or redone command, after a load and after a save; views refresh from there.
 */
public final class SalesSession {

	/** Preference (instance scope of this bundle) holding the id of the employee using the workbench. */
	public static final String CURRENT_EMPLOYEE_PREFERENCE = "currentEmployee";
	/** System property that names the current employee's id for one run (tests, demos). */
	public static final String CURRENT_EMPLOYEE_PROPERTY = "bidbench.user";
	/** Where a BidBench workspace keeps its sales data (the layout the demo workspace uses). */
	public static final String SALES_FOLDER = "sales";

	private static SalesSession instance;

	private final RefusingCommandStack commandStack = new RefusingCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private SalesWorkspaceFolder folder;
	/** The team store worked on, or null for a folder. */
	private SalesStore store;
	private AutoCloseable storeListening;
	/** A workspace not backed by a folder: the team store's working copy or its read-only local copy. */
	private SalesWorkspace detached;
	/** Why edits are refused (the local copy of an unreachable team store); null when editable. */
	private String readOnlyReason;
	private Clock clock = Clock.systemDefaultZone();
	private Employee currentUser;
	private volatile String loadMessage;
	/**
	 * Edits made before the undo history was cleared because another client's change came into
	 * a record they touched (see {@link #takeIn}): still unsaved although the stack says nothing.
	 */
	private boolean editsOutsideTheStack;

	private SalesSession() {
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new SalesItemProviderAdapterFactory());
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapters, commandStack);
		commandStack.addCommandStackListener((EventObject event) -> changed());
	}

	/** The workbench's session. */
	public static synchronized SalesSession get() {
		if (instance == null) {
			instance = new SalesSession();
		}
		return instance;
	}

	/** The sales folder of the workbench's workspace ({@code <workspace>/sales}), or null without a workspace. */
	public static Path workspaceSalesFolder() {
		var location = Platform.getInstanceLocation();
		if (location == null || location.getURL() == null) {
			return null;
		}
		return Path.of(location.getURL().getPath()).resolve(SALES_FOLDER);
	}

	/**
	 * Loads the sales data of {@code salesFolder} (call off the UI thread for big workspaces),
	 * replacing what the session held and clearing the undo history.
	 *
	 * @return the parts that could not be read (left out, never saved over)
	 * @throws WorkspaceFileException when the folder holds no readable workspace
	 */
	public List<LoadProblem> load(Path salesFolder) throws WorkspaceFileException {
		if (!Files.isRegularFile(salesFolder.resolve(SalesWorkspaceFolder.ROOT))) {
			throw new WorkspaceFileException(salesFolder, 0, 0,
					NLS.bind(Messages.SalesSession_noSalesData, salesFolder), null);
		}
		SalesWorkspaceFolder loaded = SalesWorkspaceFolder.load(salesFolder);
		loadMessage = null;
		synchronized (this) {
			leaveStore();
			folder = loaded;
			currentUser = null;
			domain.getResourceSet().getResources().clear();
			commandStack.flush();
			editsOutsideTheStack = false;
		}
		changed();
		return loaded.problems();
	}

	/**
	 * Loads {@code salesFolder} in a background job with progress (the workbench does this at
	 * start for {@code <workspace>/sales}). What went wrong, if anything, is in
	 * {@link #loadMessage()} when the listeners are told.
	 */
	public Job loadInBackground(Path salesFolder) {
		Job job = Job.create(NLS.bind(Messages.SalesSession_loading, salesFolder), (IProgressMonitor monitor) -> {
			monitor.beginTask(NLS.bind(Messages.SalesSession_loading, salesFolder), IProgressMonitor.UNKNOWN);
			try {
				List<LoadProblem> problems = load(salesFolder);
				loadMessage = problems.isEmpty()
						? null
						: NLS.bind(Messages.SalesSession_partsLeftOut, problems.size(), problems.get(0).toString());
			} catch (WorkspaceFileException e) {
				unload();
				loadMessage = e.getMessage();
				changed();
			} catch (RuntimeException e) {
				unload();
				loadMessage = NLS.bind(Messages.SalesSession_unreadable, salesFolder, e.toString());
				changed();
				return Status.error(loadMessage, e);
			} finally {
				monitor.done();
			}
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.schedule();
		return job;
	}

	/** Forgets the loaded data: the folder asked for holds none, and showing another folder's would mislead. */
	private synchronized void unload() {
		leaveStore();
		folder = null;
		currentUser = null;
		commandStack.flush();
		editsOutsideTheStack = false;
	}

	/** Why the last load found nothing or left parts out; null when it went well. */
	public String loadMessage() {
		return loadMessage;
	}

	/** Whether sales data is loaded. */
	public synchronized boolean isLoaded() {
		return folder != null || detached != null;
	}

	/** The loaded workspace; null before {@link #load(Path)} or {@link #connect}. */
	public synchronized SalesWorkspace workspace() {
		return folder != null ? folder.workspace() : detached;
	}

	/** The folder the data was loaded from; null before {@link #load(Path)}. */
	public synchronized Path folder() {
		return folder == null ? null : folder.folder();
	}

	public EditingDomain editingDomain() {
		return domain;
	}

	public CommandStack commandStack() {
		return commandStack;
	}

	/** The clock every operation of the workbench uses (tests set a fixed one). */
	public Clock clock() {
		return clock;
	}

	public void setClock(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Runs {@code change} (a sales operation on the loaded workspace) as one undoable command
	 * labelled {@code label} (shown in Edit > Undo).
	 *
	 * @return what the operation returned
	 * @throws RefusedException when the operation refused; nothing changed then
	 */
	public <T> T execute(String label, Supplier<T> change) {
		SalesWorkspace workspace = workspace();
		if (workspace == null) {
			throw new IllegalStateException("No sales data is loaded.");
		}
		String refusedBecause = readOnlyReason;
		if (refusedBecause != null) {
			throw new RefusedException(new RuleCheck(List.of(refusedBecause)));
		}
		OperationCommand<T> command = new OperationCommand<>(label, workspace.eResource().getResourceSet(), change);
		commandStack.refusal = null;
		commandStack.execute(command);
		RuntimeException refusal = commandStack.refusal;
		commandStack.refusal = null;
		if (refusal != null) {
			throw refusal;
		}
		return command.result;
	}

	/** Runs a change that returns nothing; see {@link #execute(String, Supplier)}. */
	public void run(String label, Runnable change) {
		execute(label, () -> {
			change.run();
			return null;
		});
	}

	/**
	 * The sales operations over the loaded workspace at the session's clock: what every edit of
	 * the workbench calls inside {@link #execute(String, Supplier)}.
	 */
	public SalesOperations operations() {
		SalesWorkspace workspace = workspace();
		if (workspace == null) {
			throw new IllegalStateException("No sales data is loaded.");
		}
		return new SalesOperations(workspace, clock);
	}

	/** Whether there are changes not saved yet. */
	public boolean isDirty() {
		return commandStack.isSaveNeeded() || editsOutsideTheStack;
	}

	/**
	 * Saves every changed file of the workspace.
	 *
	 * @throws WorkspaceFileException when a file cannot be written or another program changed it
	 *         since it was read ({@code ConcurrentChangeException}); nothing is lost then, the
	 *         edits stay in the session
	 */
	public void save() throws WorkspaceFileException {
		SalesWorkspaceFolder current;
		synchronized (this) {
			current = folder;
		}
		if (current == null) {
			return;
		}
		current.save();
		saved();
	}

	/**
	 * Saves the edits into the team store (on the UI thread: the store updates the working copy),
	 * as one change set: fields others changed meanwhile merge, a field both changed is a
	 * conflict.
	 *
	 * @throws org.bidbench.sales.core.store.StoreConflictException with both values of each
	 *         conflicting field; nothing saved, choose with {@link #resolve} and save again
	 * @throws org.bidbench.sales.core.store.StoreUnavailableException when the connection is lost;
	 *         nothing saved, the edits stay, the next save reconnects
	 */
	public void saveToStore() throws StoreException {
		SalesStore current;
		synchronized (this) {
			current = store;
		}
		if (current == null) {
			return;
		}
		current.save();
		saved();
	}

	/** After a save of either kind: nothing is unsaved any more. */
	private void saved() {
		commandStack.saveIsDone();
		editsOutsideTheStack = false;
		changed();
	}

	/** Settles a conflict a {@link #saveToStore()} reported: keep mine (overwrite theirs next save) or take theirs now. */
	public void resolve(FieldConflict conflict, boolean keepMine) throws StoreException {
		SalesStore current;
		synchronized (this) {
			current = store;
		}
		if (current != null) {
			current.resolve(conflict, keepMine);
			changed();
		}
	}

	/**
	 * Connects to a team store and works on it from now on (call off the UI thread: it reads the
	 * whole workspace), replacing what the session held. Every successful connection also
	 * writes a local copy of what it read, for {@link #openLocalCopy(String, String)} when the server
	 * cannot be reached later. Other users' saves reach the session through the store's
	 * notifications and show in every open part within about a second, keeping unsaved edits.
	 *
	 * @param location a store URL, e.g. {@code postgresql://server/bidbench}
	 * @throws org.bidbench.sales.core.store.StoreUnavailableException when the server cannot be reached
	 */
	public void connect(String location, SalesStoreProvider.StoreLogin login) throws StoreException {
		SalesStore opened = SalesStores.open(location, login);
		SalesWorkspace workspace;
		try {
			workspace = opened.workspace();
			if (workspace.eResource() == null) {
				// Commands record changes within a resource set: give the working copy one.
				Resource resource = new XMIResourceImpl(URI.createURI("bidbench-store:/workspace.sales"));
				resource.getContents().add(workspace);
				domain.getResourceSet().getResources().add(resource);
			}
			LocalCopies.keep(location, login == null ? null : login.user(), workspace);
		} catch (RuntimeException e) {
			opened.close();
			throw e;
		}
		// Listening starts before the session switches over, so that no save in between goes unheard;
		// events are only taken in once the session works on this store.
		AutoCloseable listening = opened.listen(event -> storeChanged(opened, event));
		loadMessage = null;
		synchronized (this) {
			leaveStore();
			folder = null;
			currentUser = null;
			store = opened;
			detached = workspace;
			readOnlyReason = null;
			commandStack.flush();
			editsOutsideTheStack = false;
			storeListening = listening;
		}
		changed();
	}

	/**
	 * Opens the local copy kept by the last successful {@link #connect} to that location,
	 * read-only: the server is down, but the user can still look things up.
	 *
	 * @return whether there was a copy
	 */
	public boolean openLocalCopy(String location, String user) throws WorkspaceFileException {
		SalesWorkspace copy = LocalCopies.read(location, user);
		if (copy == null) {
			return false;
		}
		synchronized (this) {
			leaveStore();
			folder = null;
			currentUser = null;
			detached = copy;
			readOnlyReason = NLS.bind(org.bidbench.ui.sales.internal.store.Messages.SalesSession_readOnlyCopy,
					LocalCopies.key(location, user));
			commandStack.flush();
			editsOutsideTheStack = false;
		}
		loadMessage = readOnlyReason;
		changed();
		return true;
	}

	/** The team store the session works on; null for a folder or a local copy. */
	public synchronized SalesStore store() {
		return store;
	}

	/** Why edits are refused now (the read-only local copy of a team store); null when they are allowed. */
	public String readOnlyReason() {
		return readOnlyReason;
	}

	/** Another client saved: take it into the working copy on the UI thread (unsaved edits stay). */
	private void storeChanged(SalesStore source, StoreEvent event) {
		if (event.own()) {
			return;
		}
		Display display = Display.getDefault();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (store() == source) {
				takeIn(event);
			}
		});
	}

	/**
	 * Reads everything from the team store again into the working copy (File > Reload on a
	 * store), keeping unsaved edits; on the UI thread.
	 */
	public void refreshFromStore() {
		takeIn(new StoreEvent(java.util.Map.of(), "", false));
	}

	private void takeIn(StoreEvent event) {
		SalesStore current = store();
		if (current == null) {
			return;
		}
		try {
			Set<RecordKey> keys = new LinkedHashSet<>(event.versions().keySet());
			Map<RecordKey, Long> storedVersions = new java.util.HashMap<>(event.versions());
			if (event.everything()) {
				// Notifications were missed while the connection was down: look at every record.
				keys.addAll(current.versions().keySet());
				for (RecordKind kind : RecordKind.values()) {
					Map<RecordKey, Long> listed = current.list(kind);
					keys.addAll(listed.keySet());
					storedVersions.putAll(listed);
				}
			}
			Set<EObject> changedRecords = new HashSet<>();
			Map<RecordKey, EObject> records = RecordFields.records(current.workspace());
			Map<RecordKey, Long> workingVersions = current.versions();
			for (RecordKey key : keys) {
				EObject record = records.get(key);
				if (record != null && !java.util.Objects.equals(storedVersions.getOrDefault(key, 0L), workingVersions.getOrDefault(key, 0L))) {
					changedRecords.add(record);
				}
			}
			boolean undoWouldBreak = commandStack.touchesAny(changedRecords);
			current.refresh(new ArrayList<>(keys));
			if (undoWouldBreak) {
				// Undo replays what a command recorded (whole lists included) over whatever is there now: after
				// another client's change to the same record it would take that change back, or fail on a list
				// that no longer matches. Undo stops here; the edits themselves stay and are still saved.
				boolean unsaved = isDirty();
				commandStack.flush();
				editsOutsideTheStack = unsaved;
			}
		} catch (StoreException e) {
			// The next notification (or the reconnect's "everything" event) brings it in.
			Platform.getLog(SalesSession.class).warn("Could not take a change from the team store in: " + e.getMessage());
			return;
		}
		changed();
	}

	/**
	 * Leaves the team store for the workspace's own sales folder (File > Disconnect from Team
	 * Store); unsaved edits to the store are dropped, the caller asks first. When the folder holds
	 * no sales data the session is empty and says so, as at a start on an empty workspace.
	 *
	 * @return the job loading the folder, or null when there is no workspace folder
	 */
	public Job disconnect() {
		synchronized (this) {
			leaveStore();
			folder = null;
			currentUser = null;
			commandStack.flush();
			editsOutsideTheStack = false;
		}
		changed();
		Path salesFolder = workspaceSalesFolder();
		return salesFolder == null ? null : loadInBackground(salesFolder);
	}

	/** Closes the team store, if any (the caller replaces the data). */
	private void leaveStore() {
		if (storeListening != null) {
			try {
				storeListening.close();
			} catch (Exception e) {
				// the store is closed below anyway
			}
			storeListening = null;
		}
		if (store != null) {
			store.close();
			store = null;
		}
		if (detached != null && detached.eResource() != null && detached.eResource().getResourceSet() == domain.getResourceSet()) {
			domain.getResourceSet().getResources().remove(detached.eResource());
		}
		detached = null;
		readOnlyReason = null;
	}

	/**
	 * The employee using the workbench: the one named by the {@value #CURRENT_EMPLOYEE_PROPERTY}
	 * system property or the {@value #CURRENT_EMPLOYEE_PREFERENCE} preference, else the first
	 * sales lead of the workspace.
	 */
	public synchronized Employee currentUser() {
		SalesWorkspace workspace = workspace();
		if (workspace == null) {
			return null;
		}
		if (currentUser != null && workspace.getEmployees().contains(currentUser)) {
			return currentUser;
		}
		String id = System.getProperty(CURRENT_EMPLOYEE_PROPERTY);
		if (id == null) {
			id = InstanceScope.INSTANCE.getNode("org.bidbench.ui.sales").get(CURRENT_EMPLOYEE_PREFERENCE, null);
		}
		for (Employee employee : workspace.getEmployees()) {
			if (employee.getId().equals(id)) {
				return currentUser = employee;
			}
		}
		for (Employee employee : workspace.getEmployees()) {
			if (employee.getRole() == EmployeeRole.SALES_LEAD) {
				return currentUser = employee;
			}
		}
		return currentUser = workspace.getEmployees().isEmpty() ? null : workspace.getEmployees().get(0);
	}

	/** Acts as {@code employee} from now on and remembers the choice. */
	public void setCurrentUser(Employee employee) {
		synchronized (this) {
			currentUser = employee;
		}
		var node = InstanceScope.INSTANCE.getNode("org.bidbench.ui.sales");
		node.put(CURRENT_EMPLOYEE_PREFERENCE, employee.getId());
		changed();
	}

	/** Calls {@code listener} on the UI thread after every change, undo, redo, load and save. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void changed() {
		Display display = Display.getDefault();
		Runnable notify = () -> listeners.forEach(Runnable::run);
		if (Display.getCurrent() == display) {
			notify.run();
		} else if (!display.isDisposed()) {
			display.asyncExec(notify);
		}
	}

	/** A sales operation recorded as a change description, so that undo and redo replay it exactly. */
	private static final class OperationCommand<T> extends ChangeCommand {
		private final Supplier<T> change;
		private T result;

		OperationCommand(String label, org.eclipse.emf.common.notify.Notifier scope, Supplier<T> change) {
			super(scope);
			this.change = change;
			setLabel(label);
		}

		@Override
		protected void doExecute() {
			result = change.get();
		}

		/** The objects whose features this command changed (containers of added or removed objects included). */
		Collection<EObject> changedObjects() {
			return getChangeDescription() == null ? java.util.List.of() : getChangeDescription().getObjectChanges().keySet();
		}

		@Override
		public void execute() {
			try {
				super.execute();
			} catch (RuntimeException e) {
				// Take back whatever the operation did before it refused.
				if (getChangeDescription() != null) {
					getChangeDescription().apply();
				}
				throw e;
			}
		}
	}

	/** Keeps a refused operation's exception for the caller instead of logging it as an error. */
	private static final class RefusingCommandStack extends BasicCommandStack {
		RuntimeException refusal;

		/** Whether an undoable or redoable command changed any of these records (their root objects). */
		boolean touchesAny(Set<EObject> records) {
			if (records.isEmpty()) {
				return false;
			}
			for (org.eclipse.emf.common.command.Command command : commandList) {
				Collection<?> touched = command instanceof OperationCommand<?> operation
						? operation.changedObjects()
						: command.getAffectedObjects();
				if (touched == null) {
					continue;
				}
				for (Object each : touched) {
					if (each instanceof EObject changed) {
						for (EObject object = changed; object != null; object = object.eContainer()) {
							if (records.contains(object)) {
								return true;
							}
							if (object.eContainer() instanceof SalesWorkspace) {
								break; // the record's root: the workspace record is another record
							}
						}
					}
				}
			}
			return false;
		}

		@Override
		protected void handleError(Exception exception) {
			refusal = exception instanceof RuntimeException r ? r : new IllegalStateException(exception);
		}
	}
}
