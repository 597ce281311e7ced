package org.bidbench.ui.sales.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the Sales perspective (messages.properties, messages_zh.properties beside this class). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.bidbench.ui.sales.internal.messages";

    public static String SalesSession_noSalesData;
    public static String SalesSession_loading;
    public static String SalesSession_partsLeftOut;
    public static String SalesSession_unreadable;
    public static String PipelineView_loading;
    public static String PipelineView_noWorkspace;
    public static String PipelineView_customer;
    public static String PipelineView_opportunity;
    public static String PipelineView_stage;
    public static String PipelineView_amount;
    public static String PipelineView_win;
    public static String PipelineView_expectedClose;
    public static String PipelineView_overdueGates;
    public static String PipelineView_summary;
    public static String PipelineView_winProbability;
    public static String PipelineView_fromModel;
    public static String PipelineView_stageDefault;
    public static String PipelineView_overdue;
    public static String SalesLabels_factorStageProgress;
    public static String SalesLabels_factorDaysInStage;
    public static String SalesLabels_factorGateCompliance;
    public static String SalesLabels_factorQuoteRevisions;
    public static String SalesLabels_factorTeamCompleteness;
    public static String SalesLabels_factorEarlierWins;
    public static String SalesLabels_factorCompetitors;
    public static String SalesLabels_factorRaised;
    public static String SalesLabels_factorLowered;
    public static String SalesLabels_EmployeeRole_SALES_LEAD;
    public static String SalesLabels_EmployeeRole_TECHNICAL_LEAD;
    public static String SalesLabels_EmployeeRole_COMMERCIAL_LEAD;
    public static String SalesLabels_EmployeeRole_FINANCE;
    public static String SalesLabels_EmployeeRole_PROJECT_MANAGER;
    public static String SalesLabels_EmployeeRole_SALES_MANAGER;
    public static String SalesLabels_EmployeeRole_EXECUTIVE;
    public static String SalesLabels_CustomerTier_STRATEGIC;
    public static String SalesLabels_CustomerTier_KEY;
    public static String SalesLabels_CustomerTier_STANDARD;
    public static String SalesLabels_CustomerTier_SMALL;
    public static String SalesLabels_BuyingRole_DECISION_MAKER;
    public static String SalesLabels_BuyingRole_TECHNICAL_EVALUATOR;
    public static String SalesLabels_BuyingRole_PROCUREMENT;
    public static String SalesLabels_BuyingRole_USER;
    public static String SalesLabels_BuyingRole_INFLUENCER;
    public static String SalesLabels_Attitude_NEUTRAL;
    public static String SalesLabels_Attitude_CHAMPION;
    public static String SalesLabels_Attitude_SUPPORTER;
    public static String SalesLabels_Attitude_SKEPTIC;
    public static String SalesLabels_Attitude_OPPONENT;
    public static String SalesLabels_LeadStatus_NEW;
    public static String SalesLabels_LeadStatus_QUALIFYING;
    public static String SalesLabels_LeadStatus_CONVERTED;
    public static String SalesLabels_LeadStatus_DISCARDED;
    public static String SalesLabels_OpportunityStatus_OPEN;
    public static String SalesLabels_OpportunityStatus_WON;
    public static String SalesLabels_OpportunityStatus_LOST;
    public static String SalesLabels_ActivityKind_VISIT;
    public static String SalesLabels_ActivityKind_CALL;
    public static String SalesLabels_ActivityKind_MEETING;
    public static String SalesLabels_ActivityKind_DEMO;
    public static String SalesLabels_ActivityKind_EMAIL;
    public static String SalesLabels_ActivityKind_PROJECT_MEETING;
    public static String SalesLabels_DeliverableStatus_DRAFT;
    public static String SalesLabels_DeliverableStatus_SUBMITTED;
    public static String SalesLabels_DeliverableStatus_ACCEPTED;
    public static String SalesLabels_DeliverableStatus_REJECTED;
    public static String SalesLabels_QuoteStatus_DRAFT;
    public static String SalesLabels_QuoteStatus_IN_REVIEW;
    public static String SalesLabels_QuoteStatus_APPROVED;
    public static String SalesLabels_QuoteStatus_RELEASED;
    public static String SalesLabels_QuoteStatus_SUPERSEDED;
    public static String SalesLabels_QuoteStatus_ACCEPTED;
    public static String SalesLabels_QuoteStatus_REJECTED;
    public static String SalesLabels_Verdict_APPROVED;
    public static String SalesLabels_Verdict_REJECTED;
    public static String SalesUndo_undo;
    public static String SalesUndo_undoCommand;
    public static String SalesUndo_redo;
    public static String SalesUndo_redoCommand;
    public static String SalesSave_title;
    public static String SalesSave_failed;
    public static String SalesSave_conflictTitle;
    public static String SalesSave_conflict;
    public static String SalesSave_reload;
    public static String SalesSave_keepElsewhere;
    public static String SalesSave_elsewhereTitle;
    public static String SalesSave_elsewhereMessage;
    public static String SalesSave_notEmpty;
    public static String SalesSave_keptElsewhere;
    public static String SalesSessionStartup_unsavedTitle;
    public static String SalesSessionStartup_unsaved;
    public static String SalesSessionStartup_save;
    public static String SalesSessionStartup_discard;
    public static String SalesSessionStartup_cancel;
    public static String SalesNavigator_search;
    public static String SalesNavigator_stageTip;
    public static String SalesNavigator_ownerTip;
    public static String SalesNavigator_regionTip;
    public static String SalesNavigator_allStages;
    public static String SalesNavigator_allOwners;
    public static String SalesNavigator_allRegions;
    public static String SalesNavigator_mine;
    public static String SalesNavigator_mineTip;
    public static String SalesNavigator_overdue;
    public static String SalesNavigator_overdueTip;
    public static String SalesNavigator_loading;
    public static String SalesNavigator_counts;
    public static String SalesNavigator_customerLabel;
    public static String SalesNavigator_opportunityLabel;
    public static String SalesNavigator_leadLabel;
    public static String SalesNavigator_unassignedLeads;
    public static String ReloadSalesDataHandler_title;
    public static String ReloadSalesDataHandler_dropEdits;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
