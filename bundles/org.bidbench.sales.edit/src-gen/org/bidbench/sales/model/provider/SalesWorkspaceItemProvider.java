/**
 */
package org.bidbench.sales.model.provider;


import java.util.Collection;
import java.util.List;

import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.SalesWorkspace;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.bidbench.sales.model.SalesWorkspace} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SalesWorkspaceItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SalesWorkspaceItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addCurrencyPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SalesWorkspace_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SalesWorkspace_name_feature", "_UI_SalesWorkspace_type"),
				 SalesPackage.Literals.SALES_WORKSPACE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Currency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SalesWorkspace_currency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SalesWorkspace_currency_feature", "_UI_SalesWorkspace_type"),
				 SalesPackage.Literals.SALES_WORKSPACE__CURRENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(SalesPackage.Literals.SALES_WORKSPACE__PROCESS);
			childrenFeatures.add(SalesPackage.Literals.SALES_WORKSPACE__EMPLOYEES);
			childrenFeatures.add(SalesPackage.Literals.SALES_WORKSPACE__CUSTOMERS);
			childrenFeatures.add(SalesPackage.Literals.SALES_WORKSPACE__LEADS);
			childrenFeatures.add(SalesPackage.Literals.SALES_WORKSPACE__OPPORTUNITIES);
			childrenFeatures.add(SalesPackage.Literals.SALES_WORKSPACE__PRICE_CATALOGS);
			childrenFeatures.add(SalesPackage.Literals.SALES_WORKSPACE__NPS_ANSWERS);
			childrenFeatures.add(SalesPackage.Literals.SALES_WORKSPACE__KPI_TARGETS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns SalesWorkspace.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SalesWorkspace"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((SalesWorkspace)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_SalesWorkspace_type") :
			getString("_UI_SalesWorkspace_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(SalesWorkspace.class)) {
			case SalesPackage.SALES_WORKSPACE__NAME:
			case SalesPackage.SALES_WORKSPACE__CURRENCY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SalesPackage.SALES_WORKSPACE__PROCESS:
			case SalesPackage.SALES_WORKSPACE__EMPLOYEES:
			case SalesPackage.SALES_WORKSPACE__CUSTOMERS:
			case SalesPackage.SALES_WORKSPACE__LEADS:
			case SalesPackage.SALES_WORKSPACE__OPPORTUNITIES:
			case SalesPackage.SALES_WORKSPACE__PRICE_CATALOGS:
			case SalesPackage.SALES_WORKSPACE__NPS_ANSWERS:
			case SalesPackage.SALES_WORKSPACE__KPI_TARGETS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.SALES_WORKSPACE__PROCESS,
				 SalesFactory.eINSTANCE.createSalesProcess()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.SALES_WORKSPACE__EMPLOYEES,
				 SalesFactory.eINSTANCE.createEmployee()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.SALES_WORKSPACE__CUSTOMERS,
				 SalesFactory.eINSTANCE.createCustomer()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.SALES_WORKSPACE__LEADS,
				 SalesFactory.eINSTANCE.createLead()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.SALES_WORKSPACE__OPPORTUNITIES,
				 SalesFactory.eINSTANCE.createOpportunity()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.SALES_WORKSPACE__PRICE_CATALOGS,
				 SalesFactory.eINSTANCE.createPriceCatalog()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.SALES_WORKSPACE__NPS_ANSWERS,
				 SalesFactory.eINSTANCE.createNpsAnswer()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.SALES_WORKSPACE__KPI_TARGETS,
				 SalesFactory.eINSTANCE.createKpiTarget()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return SalesEditPlugin.INSTANCE;
	}

}
