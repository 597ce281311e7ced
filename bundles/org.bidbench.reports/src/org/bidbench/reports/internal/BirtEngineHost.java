package org.bidbench.reports.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.reports.ReportFontException;
import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.EngineConstants;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;

/**
 * One BIRT report engine per process, started on first use with BidBench's fonts configuration.
 * Starting BIRT costs seconds (font loading), so the engine is kept until {@link #shutdown()}.
 */
public final class BirtEngineHost {

	private static IReportEngine engine;

	private BirtEngineHost() {
	}

	public static synchronized IReportEngine engine() throws ReportFontException, BirtException, IOException {
		if (engine == null) {
			Path font = ReportFonts.locateCjkFont();
			Path folder = Files.createTempDirectory("bidbench-birt");
			Path fontsConfig = ReportFonts.writeFontsConfig(font, folder);

			EngineConfig config = new EngineConfig();
			config.setFontConfig(fontsConfig.toUri().toURL());
			config.setTempDir(folder.toString());
			config.getAppContext().put(EngineConstants.APPCONTEXT_CLASSLOADER_KEY, BirtEngineHost.class.getClassLoader());
			Platform.startup(config);
			IReportEngineFactory factory = (IReportEngineFactory) Platform
					.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
			if (factory == null) {
				throw new IllegalStateException("The BIRT report engine factory is not registered: is org.eclipse.birt.report.engine installed?");
			}
			engine = factory.createReportEngine(config);
		}
		return engine;
	}

	public static synchronized void shutdown() {
		if (engine != null) {
			engine.destroy();
			engine = null;
			Platform.shutdown();
		}
	}
}
