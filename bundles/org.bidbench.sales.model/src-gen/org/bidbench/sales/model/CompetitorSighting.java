/**
 */
package org.bidbench.sales.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Competitor Sighting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A competitor known to be bidding for an opportunity, and since when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.CompetitorSighting#getCompetitor <em>Competitor</em>}</li>
 *   <li>{@link org.bidbench.sales.model.CompetitorSighting#getAddedAt <em>Added At</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getCompetitorSighting()
 * @model
 * @generated
 */
public interface CompetitorSighting extends EObject {
	/**
	 * Returns the value of the '<em><b>Competitor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Competitor</em>' attribute.
	 * @see #setCompetitor(String)
	 * @see org.bidbench.sales.model.SalesPackage#getCompetitorSighting_Competitor()
	 * @model
	 * @generated
	 */
	String getCompetitor();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.CompetitorSighting#getCompetitor <em>Competitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Competitor</em>' attribute.
	 * @see #getCompetitor()
	 * @generated
	 */
	void setCompetitor(String value);

	/**
	 * Returns the value of the '<em><b>Added At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Added At</em>' attribute.
	 * @see #setAddedAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getCompetitorSighting_AddedAt()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getAddedAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.CompetitorSighting#getAddedAt <em>Added At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Added At</em>' attribute.
	 * @see #getAddedAt()
	 * @generated
	 */
	void setAddedAt(Instant value);

} // CompetitorSighting
