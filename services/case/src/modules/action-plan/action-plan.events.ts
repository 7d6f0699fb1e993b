import type { ActionPlanVersionChangedPayload } from '@terugkeer/events';
import { ActionPlanVersionStatus, type ActionPlan, type ActionPlanVersion } from './action-plan.types';

/** Everything on the saved version, as scheduling (contact moments, build-up) and reporting (the PDF) need it. */
export function versionChangedPayload(plan: ActionPlan, version: ActionPlanVersion, savedByUserId: string, savedAt: Date): ActionPlanVersionChangedPayload {
  return {
    caseId: plan.caseId,
    planId: plan.id,
    version: version.number,
    savedAt: savedAt.toISOString(),
    savedByUserId,
    content: {
      activities: version.activities,
      goals: version.goals,
      contactPerson: version.contactPerson,
      employeeView: version.employeeView,
      status: version.status,
    },
    hourAgreements: version.hourAgreements.map((agreement) => ({
      weekStart: agreement.weekStart,
      hoursPerWeek: agreement.hoursPerWeek,
      homeHours: agreement.homeHours,
      locationHours: agreement.locationHours,
      therapeutic: agreement.therapeutic,
      tasks: agreement.tasksToStartWith,
      tasksToStartWith: agreement.tasksToStartWith,
      tasksTooMuch: agreement.tasksTooMuch,
    })),
    contactAgreement: version.contactAgreement && {
      frequency: version.contactAgreement.frequency,
      weekday: version.contactAgreement.weekday,
      time: version.contactAgreement.time,
      mode: version.contactAgreement.mode,
      purpose: version.contactAgreement.purpose,
      meetingPlace: version.contactAgreement.meetingPlace,
    },
    evaluationEveryWeeks: version.evaluationEveryWeeks,
    signatures: version.signatures.map((signature) => ({
      role: signature.role,
      userId: signature.userId,
      name: signature.name,
      signedAt: signature.signedAt.toISOString(),
    })),
    signed: version.status === ActionPlanVersionStatus.SIGNED,
  };
}
