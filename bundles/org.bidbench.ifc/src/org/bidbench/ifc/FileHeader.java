package org.bidbench.ifc;

import java.util.List;

/**
 * The HEADER section of a Part-21 file.
 *
 * @param description        FILE_DESCRIPTION.description (e.g. the view definition)
 * @param implementationLevel FILE_DESCRIPTION.implementation_level, e.g. {@code 2;1}
 * @param name               FILE_NAME.name
 * @param timeStamp          FILE_NAME.time_stamp
 * @param authors            FILE_NAME.author
 * @param organizations      FILE_NAME.organization
 * @param preprocessorVersion FILE_NAME.preprocessor_version
 * @param originatingSystem  FILE_NAME.originating_system (the authoring tool)
 * @param authorization      FILE_NAME.authorization
 * @param schemaIdentifiers  FILE_SCHEMA names as written, e.g. {@code IFC2X3}
 */
public record FileHeader(List<String> description, String implementationLevel, String name, String timeStamp,
		List<String> authors, List<String> organizations, String preprocessorVersion, String originatingSystem,
		String authorization, List<String> schemaIdentifiers) {
}
