/**
 */
package org.bidbench.sales.model;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opportunity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A qualified chance to win a contract, moving through the stages of the sales process.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getStage <em>Stage</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getExpectedClose <em>Expected Close</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getSource <em>Source</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getCompetitors <em>Competitors</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getLostReason <em>Lost Reason</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getWinningCompetitor <em>Winning Competitor</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getStageHistory <em>Stage History</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getTeam <em>Team</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getDeliverables <em>Deliverables</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getQuotes <em>Quotes</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getContract <em>Contract</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getForecastCategory <em>Forecast Category</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getRiskAcknowledgements <em>Risk Acknowledgements</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Opportunity#getCompetitorSightings <em>Competitor Sightings</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getOpportunity()
 * @model
 * @generated
 */
public interface Opportunity extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Customer()
	 * @model required="true"
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The current stage of the process.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage</em>' reference.
	 * @see #setStage(Stage)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Stage()
	 * @model
	 * @generated
	 */
	Stage getStage();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getStage <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' reference.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(Stage value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.OpportunityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.bidbench.sales.model.OpportunityStatus
	 * @see #setStatus(OpportunityStatus)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Status()
	 * @model
	 * @generated
	 */
	OpportunityStatus getStatus();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.bidbench.sales.model.OpportunityStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(OpportunityStatus value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected contract value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(Money)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Amount()
	 * @model dataType="org.bidbench.sales.model.Money"
	 * @generated
	 */
	Money getAmount();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(Money value);

	/**
	 * Returns the value of the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Win probability in percent (0-100) as the sales lead judges it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probability</em>' attribute.
	 * @see #setProbability(int)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Probability()
	 * @model
	 * @generated
	 */
	int getProbability();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getProbability <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability</em>' attribute.
	 * @see #getProbability()
	 * @generated
	 */
	void setProbability(int value);

	/**
	 * Returns the value of the '<em><b>Expected Close</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Close</em>' attribute.
	 * @see #setExpectedClose(LocalDate)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_ExpectedClose()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getExpectedClose();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getExpectedClose <em>Expected Close</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Close</em>' attribute.
	 * @see #getExpectedClose()
	 * @generated
	 */
	void setExpectedClose(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_CreatedAt()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the opportunity was won (contract signed) or lost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closed At</em>' attribute.
	 * @see #setClosedAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_ClosedAt()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getClosedAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getClosedAt <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed At</em>' attribute.
	 * @see #getClosedAt()
	 * @generated
	 */
	void setClosedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Competitors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Competitors</em>' attribute list.
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Competitors()
	 * @model
	 * @generated
	 */
	EList<String> getCompetitors();

	/**
	 * Returns the value of the '<em><b>Risks</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risks</em>' attribute list.
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Risks()
	 * @model
	 * @generated
	 */
	EList<String> getRisks();

	/**
	 * Returns the value of the '<em><b>Lost Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lost Reason</em>' attribute.
	 * @see #setLostReason(String)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_LostReason()
	 * @model
	 * @generated
	 */
	String getLostReason();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getLostReason <em>Lost Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lost Reason</em>' attribute.
	 * @see #getLostReason()
	 * @generated
	 */
	void setLostReason(String value);

	/**
	 * Returns the value of the '<em><b>Winning Competitor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Winning Competitor</em>' attribute.
	 * @see #setWinningCompetitor(String)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_WinningCompetitor()
	 * @model
	 * @generated
	 */
	String getWinningCompetitor();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getWinningCompetitor <em>Winning Competitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Winning Competitor</em>' attribute.
	 * @see #getWinningCompetitor()
	 * @generated
	 */
	void setWinningCompetitor(String value);

	/**
	 * Returns the value of the '<em><b>Stage History</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.StageChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every stage entered, in order, with its date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage History</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_StageHistory()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<StageChange> getStageHistory();

	/**
	 * Returns the value of the '<em><b>Team</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' containment reference.
	 * @see #setTeam(Team)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Team()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	Team getTeam();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getTeam <em>Team</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Team</em>' containment reference.
	 * @see #getTeam()
	 * @generated
	 */
	void setTeam(Team value);

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.Activity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Activities()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Activity> getActivities();

	/**
	 * Returns the value of the '<em><b>Deliverables</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.Deliverable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deliverables</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Deliverables()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Deliverable> getDeliverables();

	/**
	 * Returns the value of the '<em><b>Quotes</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.Quote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All quote revisions, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quotes</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Quotes()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Quote> getQuotes();

	/**
	 * Returns the value of the '<em><b>Contract</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contract</em>' containment reference.
	 * @see #setContract(Contract)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_Contract()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	Contract getContract();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getContract <em>Contract</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contract</em>' containment reference.
	 * @see #getContract()
	 * @generated
	 */
	void setContract(Contract value);

	/**
	 * Returns the value of the '<em><b>Forecast Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.ForecastCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The forecast category a person set (commit, best case, pipeline); unset, it follows from the win probability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Forecast Category</em>' attribute.
	 * @see org.bidbench.sales.model.ForecastCategory
	 * @see #isSetForecastCategory()
	 * @see #unsetForecastCategory()
	 * @see #setForecastCategory(ForecastCategory)
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_ForecastCategory()
	 * @model unsettable="true"
	 * @generated
	 */
	ForecastCategory getForecastCategory();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Opportunity#getForecastCategory <em>Forecast Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Forecast Category</em>' attribute.
	 * @see org.bidbench.sales.model.ForecastCategory
	 * @see #isSetForecastCategory()
	 * @see #unsetForecastCategory()
	 * @see #getForecastCategory()
	 * @generated
	 */
	void setForecastCategory(ForecastCategory value);

	/**
	 * Unsets the value of the '{@link org.bidbench.sales.model.Opportunity#getForecastCategory <em>Forecast Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetForecastCategory()
	 * @see #getForecastCategory()
	 * @see #setForecastCategory(ForecastCategory)
	 * @generated
	 */
	void unsetForecastCategory();

	/**
	 * Returns whether the value of the '{@link org.bidbench.sales.model.Opportunity#getForecastCategory <em>Forecast Category</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Forecast Category</em>' attribute is set.
	 * @see #unsetForecastCategory()
	 * @see #getForecastCategory()
	 * @see #setForecastCategory(ForecastCategory)
	 * @generated
	 */
	boolean isSetForecastCategory();

	/**
	 * Returns the value of the '<em><b>Risk Acknowledgements</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.RiskAcknowledgement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Risk flags a person has acknowledged, with their comment; an acknowledged flag stops notifying.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Risk Acknowledgements</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_RiskAcknowledgements()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<RiskAcknowledgement> getRiskAcknowledgements();

	/**
	 * Returns the value of the '<em><b>Competitor Sightings</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.CompetitorSighting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When each competitor was first known to be in the race (a competitor entering late is a risk).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Competitor Sightings</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getOpportunity_CompetitorSightings()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<CompetitorSighting> getCompetitorSightings();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean lostHasReason(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean closedHasDate(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean amountNotNegative(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Opportunity
