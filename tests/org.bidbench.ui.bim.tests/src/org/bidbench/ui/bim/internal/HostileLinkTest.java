package org.bidbench.ui.bim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Links arrive from any document: a {@code ?model=} is accepted only for an existing regular IFC
 * file named by a plain absolute path, and any text ends in a link or in a one-line refusal.
 */
class HostileLinkTest {

	private static final String LINK = "bidbench://select/1YvctVUKr0kugbFTf53O9L?model=";

	@Test
	void onlyAnExistingIfcFileIsAcceptedAsTheModel() throws Exception {
		Path model = Files.createTempDirectory("links").resolve("house.ifc");
		Files.writeString(model, "ISO-10303-21;");
		assertEquals(model, ElementLink.parse(LINK + model).model());
		for (String hostile : List.of("/dev/zero", "../../etc/passwd", "/etc/passwd", "\\\\server\\share\\x.ifc", "//server/share/x.ifc",
				model.getParent() + "/../" + model.getParent().getFileName() + "/house.ifc", model.getParent() + "/missing.ifc",
				model.getParent().toString(), "relative.ifc")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ElementLink.parse(LINK + hostile), hostile);
			assertEquals(1, e.getMessage().lines().count(), e.getMessage());
		}
	}

	@Test
	void mutatedLinksEndInALinkOrAOneLineRefusal() {
		Random random = new Random(99);
		String seed = LINK + "/tmp/house.ifc";
		String alphabet = "%/?=&#.:\\\u0000 \n\"'`$;|";
		for (int round = 0; round < 2_000; round++) {
			StringBuilder link = new StringBuilder(seed);
			for (int edit = 0; edit <= random.nextInt(5); edit++) {
				int at = random.nextInt(link.length());
				if (random.nextBoolean()) {
					link.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
				} else {
					link.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
				}
			}
			try {
				ElementLink parsed = ElementLink.parse(link.toString());
				assertTrue(parsed.model() == null || Files.isRegularFile(parsed.model()), link.toString());
			} catch (IllegalArgumentException e) {
				assertEquals(1, e.getMessage().lines().count(), "one line for case " + round + ": " + e.getMessage());
			}
		}
	}
}
