/**
 */
package org.bidbench.sales.model.provider;


import java.util.Collection;
import java.util.List;

import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.bidbench.sales.model.Quote} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class QuoteItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuoteItemProvider(AdapterFactory adapterFactory) {
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

			addRevisionPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addCurrencyPropertyDescriptor(object);
			addCreatedAtPropertyDescriptor(object);
			addReleasedAtPropertyDescriptor(object);
			addAuthorPropertyDescriptor(object);
			addValidUntilPropertyDescriptor(object);
			addPreviousRevisionPropertyDescriptor(object);
			addNextRevisionPropertyDescriptor(object);
			addTaxRatePercentPropertyDescriptor(object);
			addDiscountPercentPropertyDescriptor(object);
			addTermsTemplatePropertyDescriptor(object);
			addTermsTextPropertyDescriptor(object);
			addExclusionsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Revision feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRevisionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Quote_revision_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_revision_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__REVISION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Quote_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_status_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__STATUS,
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
				 getString("_UI_Quote_currency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_currency_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__CURRENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Created At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Quote_createdAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_createdAt_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__CREATED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Released At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReleasedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Quote_releasedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_releasedAt_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__RELEASED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Author feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Quote_author_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_author_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__AUTHOR,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Valid Until feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValidUntilPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Quote_validUntil_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_validUntil_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__VALID_UNTIL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Previous Revision feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPreviousRevisionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Quote_previousRevision_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_previousRevision_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__PREVIOUS_REVISION,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Next Revision feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNextRevisionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Quote_nextRevision_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_nextRevision_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__NEXT_REVISION,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tax Rate Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTaxRatePercentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Quote_taxRatePercent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_taxRatePercent_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__TAX_RATE_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Discount Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDiscountPercentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Quote_discountPercent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_discountPercent_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__DISCOUNT_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Terms Template feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTermsTemplatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Quote_termsTemplate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_termsTemplate_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__TERMS_TEMPLATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Terms Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTermsTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Quote_termsText_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_termsText_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__TERMS_TEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Exclusions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExclusionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Quote_exclusions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Quote_exclusions_feature", "_UI_Quote_type"),
				 SalesPackage.Literals.QUOTE__EXCLUSIONS,
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
			childrenFeatures.add(SalesPackage.Literals.QUOTE__LINES);
			childrenFeatures.add(SalesPackage.Literals.QUOTE__APPROVALS);
			childrenFeatures.add(SalesPackage.Literals.QUOTE__FLAGS);
			childrenFeatures.add(SalesPackage.Literals.QUOTE__PAYMENT_SCHEDULE);
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
	 * This returns Quote.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Quote"));
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
		String label = ((Quote)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Quote_type") :
			getString("_UI_Quote_type") + " " + label;
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

		switch (notification.getFeatureID(Quote.class)) {
			case SalesPackage.QUOTE__REVISION:
			case SalesPackage.QUOTE__STATUS:
			case SalesPackage.QUOTE__CURRENCY:
			case SalesPackage.QUOTE__CREATED_AT:
			case SalesPackage.QUOTE__RELEASED_AT:
			case SalesPackage.QUOTE__VALID_UNTIL:
			case SalesPackage.QUOTE__TAX_RATE_PERCENT:
			case SalesPackage.QUOTE__DISCOUNT_PERCENT:
			case SalesPackage.QUOTE__TERMS_TEMPLATE:
			case SalesPackage.QUOTE__TERMS_TEXT:
			case SalesPackage.QUOTE__EXCLUSIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SalesPackage.QUOTE__LINES:
			case SalesPackage.QUOTE__APPROVALS:
			case SalesPackage.QUOTE__FLAGS:
			case SalesPackage.QUOTE__PAYMENT_SCHEDULE:
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
				(SalesPackage.Literals.QUOTE__LINES,
				 SalesFactory.eINSTANCE.createQuoteLine()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.QUOTE__APPROVALS,
				 SalesFactory.eINSTANCE.createApproval()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.QUOTE__FLAGS,
				 SalesFactory.eINSTANCE.createQuoteFlag()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.QUOTE__PAYMENT_SCHEDULE,
				 SalesFactory.eINSTANCE.createPaymentShare()));
	}

}
