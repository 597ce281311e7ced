/**
 */
package org.bidbench.sales.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Team</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The iron triangle (sales, technical and commercial lead) plus the project manager who coordinates it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.Team#getSalesLead <em>Sales Lead</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Team#getTechnicalLead <em>Technical Lead</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Team#getCommercialLead <em>Commercial Lead</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Team#getProjectManager <em>Project Manager</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getTeam()
 * @model
 * @generated
 */
public interface Team extends EObject {
	/**
	 * Returns the value of the '<em><b>Sales Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sales Lead</em>' reference.
	 * @see #setSalesLead(Employee)
	 * @see org.bidbench.sales.model.SalesPackage#getTeam_SalesLead()
	 * @model
	 * @generated
	 */
	Employee getSalesLead();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Team#getSalesLead <em>Sales Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sales Lead</em>' reference.
	 * @see #getSalesLead()
	 * @generated
	 */
	void setSalesLead(Employee value);

	/**
	 * Returns the value of the '<em><b>Technical Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Technical Lead</em>' reference.
	 * @see #setTechnicalLead(Employee)
	 * @see org.bidbench.sales.model.SalesPackage#getTeam_TechnicalLead()
	 * @model
	 * @generated
	 */
	Employee getTechnicalLead();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Team#getTechnicalLead <em>Technical Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Technical Lead</em>' reference.
	 * @see #getTechnicalLead()
	 * @generated
	 */
	void setTechnicalLead(Employee value);

	/**
	 * Returns the value of the '<em><b>Commercial Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Commercial Lead</em>' reference.
	 * @see #setCommercialLead(Employee)
	 * @see org.bidbench.sales.model.SalesPackage#getTeam_CommercialLead()
	 * @model
	 * @generated
	 */
	Employee getCommercialLead();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Team#getCommercialLead <em>Commercial Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commercial Lead</em>' reference.
	 * @see #getCommercialLead()
	 * @generated
	 */
	void setCommercialLead(Employee value);

	/**
	 * Returns the value of the '<em><b>Project Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project Manager</em>' reference.
	 * @see #setProjectManager(Employee)
	 * @see org.bidbench.sales.model.SalesPackage#getTeam_ProjectManager()
	 * @model
	 * @generated
	 */
	Employee getProjectManager();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Team#getProjectManager <em>Project Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project Manager</em>' reference.
	 * @see #getProjectManager()
	 * @generated
	 */
	void setProjectManager(Employee value);

} // Team
