package org.bidbench.sales.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;

import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.provider.SalesItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.Test;

/** The generated item providers work on the real model: labels, tree children, properties. */
class ItemProvidersTest {

	private final SalesItemProviderAdapterFactory factory = new SalesItemProviderAdapterFactory();

	@Test
	void labelsChildrenAndProperties() {
		SalesWorkspace ws = SalesFactory.eINSTANCE.createSalesWorkspace();
		Opportunity o = SalesFactory.eINSTANCE.createOpportunity();
		o.setId("O0001");
		o.setName("杭州地铁 depot");
		ws.getOpportunities().add(o);

		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(o, IItemLabelProvider.class);
		assertEquals("Opportunity 杭州地铁 depot", labels.getText(o));
		assertNotNull(labels.getImage(o));

		ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(ws, ITreeItemContentProvider.class);
		Collection<?> children = tree.getChildren(ws);
		assertTrue(children.contains(o));

		IItemPropertySource properties = (IItemPropertySource) factory.adapt(o, IItemPropertySource.class);
		assertTrue(properties.getPropertyDescriptors(o).stream().anyMatch(d -> d.getId(o).equals("amount")));
	}
}
