package org.bidbench.sales.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;

class XmiRoundTripTest {

	@Test
	void everyClassSurvivesSaveAndLoad() throws IOException {
		SalesWorkspace original = ModelFixture.workspace();
		byte[] xmi = save(original);
		SalesWorkspace loaded = load(xmi);

		assertTrue(EcoreUtil.equals(original, loaded), "the loaded workspace equals the saved one");
		String text = new String(xmi, StandardCharsets.UTF_8);
		assertTrue(text.contains("amount=\"1250000.50 CNY\""), "money is written exactly with its currency");
		assertTrue(text.contains("杭州地铁集团有限公司"), "Chinese names are kept");
		assertTrue(text.contains("stage=\"stage-qualification\""), "references use the stable ids");
	}

	@Test
	void moneyKeepsItsScaleAndCurrency() throws IOException {
		SalesWorkspace loaded = load(save(ModelFixture.workspace()));
		Opportunity o = loaded.getOpportunities().get(0);
		assertEquals(new BigDecimal("1250000.50"), o.getAmount().amount());
		assertEquals("CNY", o.getAmount().currency());
		assertEquals(Money.of("1250000.5", "CNY"), o.getAmount(), "1250000.5 and 1250000.50 are the same money");
		assertEquals(new BigDecimal("120.5"), o.getQuotes().get(0).getLines().get(0).getQuantity());
		assertEquals("2O2Fr$t4X7Zf8NOew3FLOH", o.getQuotes().get(0).getLines().get(0).getGlobalIds().get(0));
	}

	static byte[] save(SalesWorkspace workspace) throws IOException {
		Resource resource = resourceSet().createResource(URI.createURI("memory:/fixture.xmi"));
		resource.getContents().add(workspace);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		return out.toByteArray();
	}

	static SalesWorkspace load(byte[] xmi) throws IOException {
		Resource resource = resourceSet().createResource(URI.createURI("memory:/fixture.xmi"));
		resource.load(new ByteArrayInputStream(xmi), Map.of());
		assertTrue(resource.getErrors().isEmpty(), () -> "load errors: " + resource.getErrors());
		return (SalesWorkspace) resource.getContents().get(0);
	}

	private static ResourceSet resourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(SalesPackage.eNS_URI, SalesPackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		return set;
	}
}
