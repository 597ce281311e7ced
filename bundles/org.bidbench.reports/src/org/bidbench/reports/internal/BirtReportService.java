package org.bidbench.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.bidbench.ifc.io.AtomicWrite;
import org.bidbench.reports.ReportCancellation;
import org.bidbench.reports.ReportCancelledException;
import org.bidbench.reports.ReportException;
import org.bidbench.reports.ReportFontException;
import org.bidbench.reports.ReportFormat;
import org.bidbench.reports.ReportRequest;
import org.bidbench.reports.ReportService;
import org.bidbench.reports.ReportTemplate;
import org.bidbench.reports.ReportTemplates;
import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.report.engine.api.EngineConstants;
import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IImage;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;

/** {@link ReportService} on the process's BIRT engine. */
public final class BirtReportService implements ReportService {

	public static final BirtReportService INSTANCE = new BirtReportService();

	/** The key under which designs find the {@link org.bidbench.reports.ReportData}. */
	public static final String DATA_KEY = "bidbench.data";

	/** Parsed designs by template id: parsing costs more than a small report's run. */
	private final Map<String, IReportRunnable> designs = new ConcurrentHashMap<>();
	private IReportEngine designsEngine;

	private BirtReportService() {
	}

	@Override
	public List<ReportTemplate> templates() {
		return ReportTemplates.registered(new ArrayList<>());
	}

	private ReportTemplate template(String id) throws ReportException {
		List<String> problems = new ArrayList<>();
		List<ReportTemplate> all = ReportTemplates.registered(problems);
		return all.stream().filter(t -> t.id().equals(id)).findFirst()
				.orElseThrow(() -> new ReportException("There is no report template '" + id + "'; the installed ones are "
						+ all.stream().map(ReportTemplate::id).collect(Collectors.joining(", "))
						+ (problems.isEmpty() ? "" : ". Problems: " + String.join(" ", problems))));
	}

	@Override
	public void render(ReportRequest request, Path file) throws ReportException, ReportFontException {
		// Through a part file renamed at the end: a failed or killed render leaves the previous
		// report as it was, and no half-written file (see AtomicWrite).
		try (AtomicWrite.Part part = AtomicWrite.begin(file)) {
			try (OutputStream out = Files.newOutputStream(part.path())) {
				render(request, out);
			}
			part.commit();
		} catch (IOException e) {
			throw new ReportException("Cannot write the report to " + file + ": " + e.getMessage()
					+ "; check that the folder exists and is writable.", e);
		}
	}

	@Override
	public void render(ReportRequest request, OutputStream out) throws ReportException, ReportFontException {
		ReportTemplate template = template(request.templateId());
		IReportEngine engine;
		try {
			engine = BirtEngineHost.engine();
		} catch (BirtException | IOException e) {
			throw new ReportException("The BIRT report engine did not start: " + e.getMessage(), e);
		}
		IReportRunnable design = design(engine, template);
		IRunAndRenderTask task = engine.createRunAndRenderTask(design);
		Thread watcher = null;
		try {
			Map<String, Object> context = new HashMap<>();
			context.put(EngineConstants.APPCONTEXT_CLASSLOADER_KEY, BirtReportService.class.getClassLoader());
			context.put(DATA_KEY, request.data());
			task.setAppContext(context);
			task.setLocale(request.locale());
			ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
			task.setRenderOption(options(request.format(), buffer));
			if (request.cancellation() != ReportCancellation.NEVER) {
				watcher = Thread.ofVirtual().start(() -> {
					while (!Thread.currentThread().isInterrupted()) {
						if (request.cancellation().isCancelled()) {
							task.cancel();
							return;
						}
						try {
							Thread.sleep(50);
						} catch (InterruptedException e) {
							return;
						}
					}
				});
			}
			if (request.cancellation().isCancelled()) {
				throw new ReportCancelledException(template.id());
			}
			task.run();
			if (task.getStatus() == IRunAndRenderTask.STATUS_CANCELLED || request.cancellation().isCancelled()) {
				throw new ReportCancelledException(template.id());
			}
			List<?> errors = task.getErrors();
			if (!errors.isEmpty()) {
				throw new ReportException("Report '" + template.id() + "' (" + template.design() + ") failed: "
						+ errors.stream().map(BirtReportService::describe).distinct().collect(Collectors.joining("; ")));
			}
			out.write(buffer.toByteArray());
			out.flush();
		} catch (BirtException e) {
			if (request.cancellation().isCancelled()) {
				throw new ReportCancelledException(template.id());
			}
			throw new ReportException("Report '" + template.id() + "' (" + template.design() + ") failed: " + describe(e), e);
		} catch (IOException e) {
			throw new ReportException("Cannot write report '" + template.id() + "': " + e.getMessage(), e);
		} finally {
			if (watcher != null) {
				watcher.interrupt();
			}
			task.close();
		}
	}

	private IReportRunnable design(IReportEngine engine, ReportTemplate template) throws ReportException {
		synchronized (designs) {
			// A design parsed by an engine that has been shut down cannot run on the next one.
			if (designsEngine != engine) {
				designs.clear();
				designsEngine = engine;
			}
		}
		IReportRunnable cached = designs.get(template.id());
		if (cached != null) {
			return cached;
		}
		try (InputStream in = template.design().openStream()) {
			IReportRunnable runnable = engine.openReportDesign(template.design().toString(), in);
			designs.put(template.id(), runnable);
			return runnable;
		} catch (IOException | BirtException e) {
			throw new ReportException("The design of report template '" + template.id() + "' (" + template.design()
					+ ", plugin " + template.contributor() + ") cannot be read: " + e.getMessage()
					+ "; the plugin must be fixed or removed.", e);
		}
	}

	private static IRenderOption options(ReportFormat format, OutputStream out) {
		RenderOption options = switch (format) {
			case PDF -> new PDFRenderOption();
			case HTML -> {
				HTMLRenderOption html = new HTMLRenderOption();
				html.setEmbeddable(false);
				html.setImageHandler(new InlineImages());
				yield html;
			}
			case XLSX, DOCX -> new RenderOption();
		};
		options.setOutputFormat(format.extension());
		options.setOutputStream(out);
		return options;
	}

	private static String describe(Object error) {
		if (error instanceof Throwable t) {
			Throwable root = t;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			String message = t.getLocalizedMessage();
			return root == t ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
		}
		return String.valueOf(error);
	}

	/** HTML output as one self-contained file: images travel as data URIs instead of files beside it. */
	private static final class InlineImages extends HTMLImageHandler {

		private static String inline(IImage image) {
			String mime = image.getMimeType() == null ? "image/png" : image.getMimeType();
			return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(image.getImageData());
		}

		@Override
		public String onDesignImage(IImage image, Object context) {
			return inline(image);
		}

		@Override
		public String onDocImage(IImage image, Object context) {
			return inline(image);
		}

		@Override
		public String onCustomImage(IImage image, Object context) {
			return inline(image);
		}

		@Override
		public String onFileImage(IImage image, Object context) {
			return inline(image);
		}

		@Override
		public String onURLImage(IImage image, Object context) {
			return image.getID();
		}
	}
}
