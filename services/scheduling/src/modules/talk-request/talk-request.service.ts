import { inputReason, required } from '@terugkeer/domain';
import { badInput, notFound } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { AppointmentKind } from '../appointment/appointment.entity';
import { checkInterval, findConflicts, insertAppointment, resolveParticipants } from '../appointment/appointment.service';
import type { ReplicatedCase } from '../case/case-access.repository';
import { NotificationReason } from '../notification/notification.entity';
import { notifyAll } from '../notification/notification.service';
import { TalkRequestRepository } from './talk-request.repository';
import { TalkRequestState, type PlanExtraTalkInput, type PlanExtraTalkResult, type TalkRequest } from './talk-request.types';

const requests = new TalkRequestRepository();

export function talkRequestsOf(dataSource: DataSource, caseId: string): Promise<TalkRequest[]> {
  return requests.ofCases(dataSource, [caseId]);
}

/** Locks a request; `authorize` receives its case and refuses as if there were no such request. */
export type AuthorizeTalkRequest = (caseId: string) => Promise<ReplicatedCase>;

/**
 * The employee asks for an extra talk; the coaches of the case hear of it in the app and by
 * e-mail. While a request waits, asking again returns the waiting one.
 */
export function requestExtraTalk(dataSource: DataSource, facts: ReplicatedCase, employeeUserId: string): Promise<TalkRequest> {
  return dataSource.transaction(async (manager) => {
    const created = await requests.insertUnlessOpen(manager, facts.caseId, employeeUserId);
    if (!created) return required(await requests.open(manager, facts.caseId), 'the talk request that waits');
    await notifyAll(manager, facts.coachUserIds, {
      caseId: facts.caseId,
      reason: NotificationReason.EXTRA_TALK_REQUESTED,
      subjectId: created.id,
      dueAt: null,
      title: 'Vraag om een extra gesprek',
      body: 'Na een dip in de check-in vraagt de werknemer om een extra gesprek. Plan het gesprek bij Signalen en escalatie.',
    });
    return created;
  });
}

/** The coach books the extra talk with the employee; a busy participant refuses it unless booked anyway. */
export function planExtraTalk(
  dataSource: DataSource,
  input: PlanExtraTalkInput,
  coachUserId: string,
  authorize: AuthorizeTalkRequest,
): Promise<PlanExtraTalkResult> {
  return dataSource.transaction(async (manager) => {
    const request = await requests.lock(manager, input.requestId);
    if (!request) throw notFound('TalkRequest', input.requestId);
    const facts = await authorize(request.caseId);
    if (request.state !== TalkRequestState.REQUESTED) throw badInput('requestId', inputReason('ALREADY_DONE'));
    if (!facts.employeeUserId) throw badInput('requestId', inputReason('EMPLOYEE_WITHOUT_LOGIN'));
    const { start, end } = checkInterval(input.startsAt, input.endsAt);
    const participants = await resolveParticipants(manager, facts, AppointmentKind.EXTRA_TALK, [facts.employeeUserId, coachUserId]);
    const conflicts = await findConflicts(
      manager,
      participants.map((p) => p.userId),
      start,
      end,
    );
    if (conflicts.length && !input.bookDespiteConflicts) return { planned: false, request, appointment: null, conflicts };
    const appointment = await insertAppointment(
      manager,
      facts,
      { kind: AppointmentKind.EXTRA_TALK, start, end, location: input.location, purpose: null, participants },
      coachUserId,
    );
    return { planned: true, request: await requests.markPlanned(manager, request.id, appointment.id, coachUserId), appointment, conflicts };
  });
}
