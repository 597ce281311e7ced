/**
 */
package org.bidbench.sales.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One entry of an opportunity's stage history.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.StageChange#getStage <em>Stage</em>}</li>
 *   <li>{@link org.bidbench.sales.model.StageChange#getEnteredAt <em>Entered At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.StageChange#getChangedBy <em>Changed By</em>}</li>
 *   <li>{@link org.bidbench.sales.model.StageChange#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getStageChange()
 * @model
 * @generated
 */
public interface StageChange extends EObject {
	/**
	 * Returns the value of the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' reference.
	 * @see #setStage(Stage)
	 * @see org.bidbench.sales.model.SalesPackage#getStageChange_Stage()
	 * @model required="true"
	 * @generated
	 */
	Stage getStage();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.StageChange#getStage <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' reference.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(Stage value);

	/**
	 * Returns the value of the '<em><b>Entered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entered At</em>' attribute.
	 * @see #setEnteredAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getStageChange_EnteredAt()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getEnteredAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.StageChange#getEnteredAt <em>Entered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entered At</em>' attribute.
	 * @see #getEnteredAt()
	 * @generated
	 */
	void setEnteredAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Changed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Changed By</em>' reference.
	 * @see #setChangedBy(Employee)
	 * @see org.bidbench.sales.model.SalesPackage#getStageChange_ChangedBy()
	 * @model
	 * @generated
	 */
	Employee getChangedBy();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.StageChange#getChangedBy <em>Changed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Changed By</em>' reference.
	 * @see #getChangedBy()
	 * @generated
	 */
	void setChangedBy(Employee value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.bidbench.sales.model.SalesPackage#getStageChange_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.StageChange#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // StageChange
