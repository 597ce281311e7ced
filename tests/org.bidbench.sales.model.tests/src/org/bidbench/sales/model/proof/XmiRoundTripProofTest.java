package org.bidbench.sales.model.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;

/**
 * Proof that EMF runs in our OSGi runtime: a model with exact money and Chinese text is saved to
 * XMI and loaded back equal, in a fresh resource set. Built on a dynamic package so that it proves
 * the platform independently of the generated sales model.
 */
class XmiRoundTripProofTest {

	@Test
	void savedAndLoadedBackEqual() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-xmi-proof");
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		EPackage pack = ecore.createEPackage();
		pack.setName("proof");
		pack.setNsPrefix("proof");
		pack.setNsURI("http://bidbench.org/test/proof");

		EClass line = ecore.createEClass();
		line.setName("Line");
		EAttribute description = attribute(line, "description", EcorePackage.Literals.ESTRING);
		EAttribute amount = attribute(line, "amount", EcorePackage.Literals.EBIG_DECIMAL);

		EClass quote = ecore.createEClass();
		quote.setName("Quote");
		EAttribute number = attribute(quote, "number", EcorePackage.Literals.ESTRING);
		EReference lines = ecore.createEReference();
		lines.setName("lines");
		lines.setEType(line);
		lines.setContainment(true);
		lines.setUpperBound(-1);
		quote.getEStructuralFeatures().add(lines);
		pack.getEClassifiers().add(line);
		pack.getEClassifiers().add(quote);

		EObject original = EcoreUtil.create(quote);
		original.eSet(number, "Q-2026-0042 rev 2");
		@SuppressWarnings("unchecked")
		var lineList = (java.util.List<EObject>) original.eGet(lines);
		lineList.add(line(line, description, amount, "混凝土墙 C30 现浇", "1200.10"));
		lineList.add(line(line, description, amount, "Steel beam HEA 200", "0.30"));

		Path file = folder.resolve("quote.xmi");
		ResourceSet writing = resourceSet(pack);
		Resource out = writing.createResource(URI.createFileURI(file.toString()));
		out.getContents().add(original);
		// EMF writes ASCII with character references unless told otherwise.
		out.save(Map.of(org.eclipse.emf.ecore.xmi.XMLResource.OPTION_ENCODING, "UTF-8"));
		assertTrue(Files.size(file) > 0);
		assertTrue(Files.readString(file).contains("混凝土墙"), "XMI is written as UTF-8 text");

		ResourceSet reading = resourceSet(pack);
		Resource in = reading.getResource(URI.createFileURI(file.toString()), true);
		EObject loaded = in.getContents().get(0);

		assertNotSame(original, loaded);
		assertTrue(EcoreUtil.equals(original, loaded), "loaded model equals the saved one");
		@SuppressWarnings("unchecked")
		var loadedLines = (java.util.List<EObject>) loaded.eGet(lines);
		BigDecimal total = loadedLines.stream().map(l -> (BigDecimal) l.eGet(amount)).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(new BigDecimal("1200.40"), total, "money survives exactly, no binary floating point");
	}

	private static EAttribute attribute(EClass owner, String name, org.eclipse.emf.ecore.EDataType type) {
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(type);
		owner.getEStructuralFeatures().add(attribute);
		return attribute;
	}

	private static EObject line(EClass line, EAttribute description, EAttribute amount, String text, String value) {
		EObject object = EcoreUtil.create(line);
		object.eSet(description, text);
		object.eSet(amount, new BigDecimal(value));
		return object;
	}

	private static ResourceSet resourceSet(EPackage pack) {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		set.getPackageRegistry().put(pack.getNsURI(), pack);
		return set;
	}
}
