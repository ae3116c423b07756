namespace Hyeopchi.Domain.Common;

/// <summary>
/// Which condition a <see cref="Condition"/> is: one value per distinct condition of the plan that a
/// refusal names as unmet, a stage gate reads, or a yearly obligation reports. The Domain names the
/// condition and its facts; the host says it (Admin/Korean.cs).
/// </summary>
public enum ConditionCode
{
    // Divisions: the stage gates R2 and R3
    GateChairAppointed,
    GateCivilMemberOrganisations,
    GateCivilCivilWorkshopAdoptedTask,
    GateRegularMeetingsWithAdministration,
    GateJointTaskAdopted,
    GateJointTaskForceFormed,

    // Divisions: leaders
    LeaderEducationCompleted,

    // Workshops: the year's obligations (R4, R5)
    NetworkCivilCivilHeld,
    NetworkCivilCivilMissing,
    IntegratedCivilGovernmentMissing,
    IntegratedCivilGovernmentWithSectionChief,
    IntegratedCivilGovernmentWithoutSectionChief,
    DivisionCivilCivilMissing,
    DivisionCivilCivilWithCivilMembers,
    DivisionCivilCivilWithoutCivilMembers,
    DivisionCivilGovernmentMissing,
    DivisionCivilGovernmentWithoutDepartment,
    DivisionCivilGovernmentWithWorkingLevel,
    DivisionCivilGovernmentWithoutWorkingLevel,
    NetworkWorkshopMissingForReview,
    DivisionWorkshopMissingForReview,
    NetworkWorkshopsReviewedReport,
    DivisionWorkshopsReviewedReport,
    WorkshopsWithoutReview,
    WorkshopsWithoutReviewReportUnpublished,

    // Workshops: what a corrected workshop must still fit
    AdoptionJointNeedsCivilGovernment,
    AdoptionOfOwnDivision,
    AdoptionForWorkshopYear,

    // Strategic tasks
    JointDecisionGiven,
    JointDecidingWorkshopCivilGovernment,
    JointDecidingWorkshopNotWithdrawn,
    JointDecidingWorkshopHeldBy,
    ProgressReportVersion,

    // The joint task force (R6)
    TaskForceSectorMember,
    TaskForceFormed,
    TaskForceAttendeeMember,
    OrdinanceDraftRecorded,
    OrdinanceDraftSubmitted,

    // Education
    CourseAttendeeEnrolled,
    CourseAttendanceAtLeast,

    // Monitoring (R7)
    MonitorTrainedByDay,
    MonitorTrainedByYear,
    EvaluatedTaskOfDivision,
    EvaluatedExhibitAccepted,
    EvaluatedOrdinanceEnacted,
    MonitorOfYear,
    MonitorServingOn,
    IndicatorOnScale,
    IndicatorKindOfCatalogue,
    MonitoringReportHasEvaluation,

    // Expos (R9)
    ExpoSubmissionWindow,
    ExpoExhibitSubmittedOutsideNewWindow,
    ExpoSideEventOutsideDates,
    ExpoDays,
    ExpoPromotionOrDays,
    ExhibitWithoutStaff,
    ExhibitUnstaffedDays,
}
