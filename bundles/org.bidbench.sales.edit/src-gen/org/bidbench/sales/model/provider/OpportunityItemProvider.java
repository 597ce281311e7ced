/**
 */
package org.bidbench.sales.model.provider;


import java.util.Collection;
import java.util.List;

import org.bidbench.sales.model.Opportunity;
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
 * This is the item provider adapter for a {@link org.bidbench.sales.model.Opportunity} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class OpportunityItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OpportunityItemProvider(AdapterFactory adapterFactory) {
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
			addCustomerPropertyDescriptor(object);
			addStagePropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addAmountPropertyDescriptor(object);
			addProbabilityPropertyDescriptor(object);
			addExpectedClosePropertyDescriptor(object);
			addCreatedAtPropertyDescriptor(object);
			addClosedAtPropertyDescriptor(object);
			addSourcePropertyDescriptor(object);
			addCompetitorsPropertyDescriptor(object);
			addRisksPropertyDescriptor(object);
			addLostReasonPropertyDescriptor(object);
			addWinningCompetitorPropertyDescriptor(object);
			addForecastCategoryPropertyDescriptor(object);
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
				 getString("_UI_Opportunity_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_name_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Customer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Opportunity_customer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_customer_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__CUSTOMER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stage feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Opportunity_stage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_stage_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__STAGE,
				 true,
				 false,
				 true,
				 null,
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
				 getString("_UI_Opportunity_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_status_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Amount feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAmountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Opportunity_amount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_amount_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__AMOUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Probability feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProbabilityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Opportunity_probability_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_probability_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__PROBABILITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Expected Close feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExpectedClosePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Opportunity_expectedClose_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_expectedClose_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__EXPECTED_CLOSE,
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
				 getString("_UI_Opportunity_createdAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_createdAt_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__CREATED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Closed At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClosedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Opportunity_closedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_closedAt_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__CLOSED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Opportunity_source_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_source_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__SOURCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Competitors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompetitorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Opportunity_competitors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_competitors_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__COMPETITORS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Risks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRisksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Opportunity_risks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_risks_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__RISKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lost Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLostReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Opportunity_lostReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_lostReason_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__LOST_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Winning Competitor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWinningCompetitorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Opportunity_winningCompetitor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_winningCompetitor_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__WINNING_COMPETITOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Forecast Category feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addForecastCategoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Opportunity_forecastCategory_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Opportunity_forecastCategory_feature", "_UI_Opportunity_type"),
				 SalesPackage.Literals.OPPORTUNITY__FORECAST_CATEGORY,
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
			childrenFeatures.add(SalesPackage.Literals.OPPORTUNITY__STAGE_HISTORY);
			childrenFeatures.add(SalesPackage.Literals.OPPORTUNITY__TEAM);
			childrenFeatures.add(SalesPackage.Literals.OPPORTUNITY__ACTIVITIES);
			childrenFeatures.add(SalesPackage.Literals.OPPORTUNITY__DELIVERABLES);
			childrenFeatures.add(SalesPackage.Literals.OPPORTUNITY__QUOTES);
			childrenFeatures.add(SalesPackage.Literals.OPPORTUNITY__CONTRACT);
			childrenFeatures.add(SalesPackage.Literals.OPPORTUNITY__RISK_ACKNOWLEDGEMENTS);
			childrenFeatures.add(SalesPackage.Literals.OPPORTUNITY__COMPETITOR_SIGHTINGS);
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
	 * This returns Opportunity.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Opportunity"));
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
		String label = ((Opportunity)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Opportunity_type") :
			getString("_UI_Opportunity_type") + " " + label;
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

		switch (notification.getFeatureID(Opportunity.class)) {
			case SalesPackage.OPPORTUNITY__NAME:
			case SalesPackage.OPPORTUNITY__STATUS:
			case SalesPackage.OPPORTUNITY__AMOUNT:
			case SalesPackage.OPPORTUNITY__PROBABILITY:
			case SalesPackage.OPPORTUNITY__EXPECTED_CLOSE:
			case SalesPackage.OPPORTUNITY__CREATED_AT:
			case SalesPackage.OPPORTUNITY__CLOSED_AT:
			case SalesPackage.OPPORTUNITY__SOURCE:
			case SalesPackage.OPPORTUNITY__COMPETITORS:
			case SalesPackage.OPPORTUNITY__RISKS:
			case SalesPackage.OPPORTUNITY__LOST_REASON:
			case SalesPackage.OPPORTUNITY__WINNING_COMPETITOR:
			case SalesPackage.OPPORTUNITY__FORECAST_CATEGORY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SalesPackage.OPPORTUNITY__STAGE_HISTORY:
			case SalesPackage.OPPORTUNITY__TEAM:
			case SalesPackage.OPPORTUNITY__ACTIVITIES:
			case SalesPackage.OPPORTUNITY__DELIVERABLES:
			case SalesPackage.OPPORTUNITY__QUOTES:
			case SalesPackage.OPPORTUNITY__CONTRACT:
			case SalesPackage.OPPORTUNITY__RISK_ACKNOWLEDGEMENTS:
			case SalesPackage.OPPORTUNITY__COMPETITOR_SIGHTINGS:
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
				(SalesPackage.Literals.OPPORTUNITY__STAGE_HISTORY,
				 SalesFactory.eINSTANCE.createStageChange()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.OPPORTUNITY__TEAM,
				 SalesFactory.eINSTANCE.createTeam()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.OPPORTUNITY__ACTIVITIES,
				 SalesFactory.eINSTANCE.createActivity()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.OPPORTUNITY__DELIVERABLES,
				 SalesFactory.eINSTANCE.createDeliverable()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.OPPORTUNITY__QUOTES,
				 SalesFactory.eINSTANCE.createQuote()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.OPPORTUNITY__CONTRACT,
				 SalesFactory.eINSTANCE.createContract()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.OPPORTUNITY__RISK_ACKNOWLEDGEMENTS,
				 SalesFactory.eINSTANCE.createRiskAcknowledgement()));

		newChildDescriptors.add
			(createChildParameter
				(SalesPackage.Literals.OPPORTUNITY__COMPETITOR_SIGHTINGS,
				 SalesFactory.eINSTANCE.createCompetitorSighting()));
	}

}
