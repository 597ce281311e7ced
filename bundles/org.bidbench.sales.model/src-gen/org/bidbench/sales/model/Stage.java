/**
 */
package org.bidbench.sales.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of the sales process.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.Stage#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Stage#getLocalName <em>Local Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Stage#getDefaultProbability <em>Default Probability</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Stage#isSigned <em>Signed</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Stage#isOptional <em>Optional</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Stage#getGates <em>Gates</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getStage()
 * @model
 * @generated
 */
public interface Stage extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bidbench.sales.model.SalesPackage#getStage_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Stage#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Local Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name in the local language, e.g. 商机评估.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Name</em>' attribute.
	 * @see #setLocalName(String)
	 * @see org.bidbench.sales.model.SalesPackage#getStage_LocalName()
	 * @model
	 * @generated
	 */
	String getLocalName();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Stage#getLocalName <em>Local Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Name</em>' attribute.
	 * @see #getLocalName()
	 * @generated
	 */
	void setLocalName(String value);

	/**
	 * Returns the value of the '<em><b>Default Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Win probability in percent assumed for an opportunity in this stage when nothing better is known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Probability</em>' attribute.
	 * @see #setDefaultProbability(int)
	 * @see org.bidbench.sales.model.SalesPackage#getStage_DefaultProbability()
	 * @model
	 * @generated
	 */
	int getDefaultProbability();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Stage#getDefaultProbability <em>Default Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Probability</em>' attribute.
	 * @see #getDefaultProbability()
	 * @generated
	 */
	void setDefaultProbability(int value);

	/**
	 * Returns the value of the '<em><b>Signed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for the stage in which the contract is signed and for the stages after it: entering the first such stage wins the opportunity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signed</em>' attribute.
	 * @see #setSigned(boolean)
	 * @see org.bidbench.sales.model.SalesPackage#getStage_Signed()
	 * @model
	 * @generated
	 */
	boolean isSigned();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Stage#isSigned <em>Signed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed</em>' attribute.
	 * @see #isSigned()
	 * @generated
	 */
	void setSigned(boolean value);

	/**
	 * Returns the value of the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An optional stage (such as Bid, only where there is a tender) may be skipped; its gates then do not apply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Optional</em>' attribute.
	 * @see #setOptional(boolean)
	 * @see org.bidbench.sales.model.SalesPackage#getStage_Optional()
	 * @model
	 * @generated
	 */
	boolean isOptional();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Stage#isOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional</em>' attribute.
	 * @see #isOptional()
	 * @generated
	 */
	void setOptional(boolean value);

	/**
	 * Returns the value of the '<em><b>Gates</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.Gate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gates that must be met before an opportunity leaves this stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gates</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getStage_Gates()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Gate> getGates();

} // Stage
