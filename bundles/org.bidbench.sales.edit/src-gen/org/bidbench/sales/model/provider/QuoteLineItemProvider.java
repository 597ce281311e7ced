/**
 */
package org.bidbench.sales.model.provider;


import java.util.Collection;
import java.util.List;

import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

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
 * This is the item provider adapter for a {@link org.bidbench.sales.model.QuoteLine} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class QuoteLineItemProvider 
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
	public QuoteLineItemProvider(AdapterFactory adapterFactory) {
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

			addKeyPropertyDescriptor(object);
			addCostItemCodePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addUnitPropertyDescriptor(object);
			addQuantityPropertyDescriptor(object);
			addUnitCostPropertyDescriptor(object);
			addUnitPricePropertyDescriptor(object);
			addDiscountPercentPropertyDescriptor(object);
			addGlobalIdsPropertyDescriptor(object);
			addTakeoffLineIdPropertyDescriptor(object);
			addModelSha256PropertyDescriptor(object);
			addRulePackNamePropertyDescriptor(object);
			addRulePackVersionPropertyDescriptor(object);
			addQuantitySourcePropertyDescriptor(object);
			addCharacteristicsPropertyDescriptor(object);
			addUnchangedByModelDiffPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Key feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKeyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_key_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_key_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__KEY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cost Item Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCostItemCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_costItemCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_costItemCode_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__COST_ITEM_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_description_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_unit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_unit_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Quantity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQuantityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_quantity_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_quantity_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__QUANTITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unit Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_unitCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_unitCost_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__UNIT_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unit Price feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitPricePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_unitPrice_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_unitPrice_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__UNIT_PRICE,
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
				 getString("_UI_QuoteLine_discountPercent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_discountPercent_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__DISCOUNT_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Global Ids feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGlobalIdsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_globalIds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_globalIds_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__GLOBAL_IDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Takeoff Line Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTakeoffLineIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_takeoffLineId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_takeoffLineId_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__TAKEOFF_LINE_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Model Sha256 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModelSha256PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_modelSha256_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_modelSha256_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__MODEL_SHA256,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rule Pack Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRulePackNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_rulePackName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_rulePackName_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__RULE_PACK_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rule Pack Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRulePackVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_rulePackVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_rulePackVersion_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__RULE_PACK_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Quantity Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQuantitySourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_quantitySource_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_quantitySource_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__QUANTITY_SOURCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Characteristics feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCharacteristicsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_characteristics_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_characteristics_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__CHARACTERISTICS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unchanged By Model Diff feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnchangedByModelDiffPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_QuoteLine_unchangedByModelDiff_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_QuoteLine_unchangedByModelDiff_feature", "_UI_QuoteLine_type"),
				 SalesPackage.Literals.QUOTE_LINE__UNCHANGED_BY_MODEL_DIFF,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns QuoteLine.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/QuoteLine"));
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
		String label = ((QuoteLine)object).getRulePackName();
		return label == null || label.length() == 0 ?
			getString("_UI_QuoteLine_type") :
			getString("_UI_QuoteLine_type") + " " + label;
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

		switch (notification.getFeatureID(QuoteLine.class)) {
			case SalesPackage.QUOTE_LINE__KEY:
			case SalesPackage.QUOTE_LINE__COST_ITEM_CODE:
			case SalesPackage.QUOTE_LINE__DESCRIPTION:
			case SalesPackage.QUOTE_LINE__UNIT:
			case SalesPackage.QUOTE_LINE__QUANTITY:
			case SalesPackage.QUOTE_LINE__UNIT_COST:
			case SalesPackage.QUOTE_LINE__UNIT_PRICE:
			case SalesPackage.QUOTE_LINE__DISCOUNT_PERCENT:
			case SalesPackage.QUOTE_LINE__GLOBAL_IDS:
			case SalesPackage.QUOTE_LINE__TAKEOFF_LINE_ID:
			case SalesPackage.QUOTE_LINE__MODEL_SHA256:
			case SalesPackage.QUOTE_LINE__RULE_PACK_NAME:
			case SalesPackage.QUOTE_LINE__RULE_PACK_VERSION:
			case SalesPackage.QUOTE_LINE__QUANTITY_SOURCE:
			case SalesPackage.QUOTE_LINE__CHARACTERISTICS:
			case SalesPackage.QUOTE_LINE__UNCHANGED_BY_MODEL_DIFF:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
