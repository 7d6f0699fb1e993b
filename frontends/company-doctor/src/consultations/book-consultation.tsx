import { useMutation } from '@apollo/client/react';
import { appointmentKindMessages, BookAppointmentMutation, ErrorAlert, instantOfLocal, localToday, resultOrNull } from '@terugkeer/frontend-kit';
import { Alert, Card, Select, Stack, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { ConsultationTimeForm, type ConsultationTime } from './consultation-time-form';
import { messages } from './consultations.messages';

type Kind = 'COMPANY_DOCTOR_CONSULT' | 'PROBLEM_ANALYSIS_CONSULT';

export interface BookableCase {
  id: string;
  employee: { name: string };
  participants: ReadonlyArray<{ userId: string; role: string }>;
}

/** The doctor plans a consultation with an employee of one of their cases. */
export function BookConsultation({ doctorUserId, cases, onBooked }: { doctorUserId: string; cases: readonly BookableCase[]; onBooked: () => void }) {
  const t = useT(messages);
  const kindLabel = useT(appointmentKindMessages);
  const [caseId, setCaseId] = useState(cases[0]?.id ?? '');
  const [kind, setKind] = useState<Kind>('COMPANY_DOCTOR_CONSULT');
  const [book, booking] = useMutation(BookAppointmentMutation);
  const chosen = cases.find((c) => c.id === caseId);
  const employee = chosen?.participants.find((p) => p.role === 'EMPLOYEE');
  const result = booking.data?.bookAppointment;

  const send = async (time: ConsultationTime, despiteConflicts: boolean) => {
    if (!chosen || !employee) return;
    const startsAt = instantOfLocal(time.date, time.time);
    const endsAt = new Date(Date.parse(startsAt) + time.minutes * 60_000).toISOString();
    const input = {
      caseId: chosen.id,
      kind,
      startsAt,
      endsAt,
      location: time.location,
      participantUserIds: [doctorUserId, employee.userId],
      bookDespiteConflicts: despiteConflicts,
    };
    const reply = await resultOrNull(book({ variables: { input } }));
    if (reply?.data?.bookAppointment.booked) onBooked();
  };

  return (
    <Card title={t('book')} data-testid="book-consultation">
      <Stack gap="md">
        <Select
          label={t('caseField')}
          value={caseId}
          onChange={(event) => setCaseId(event.target.value)}
          options={cases.map((c) => ({ value: c.id, label: c.employee.name }))}
        />
        <Select
          label={t('kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as Kind)}
          options={[
            { value: 'COMPANY_DOCTOR_CONSULT', label: kindLabel('COMPANY_DOCTOR_CONSULT') },
            { value: 'PROBLEM_ANALYSIS_CONSULT', label: kindLabel('PROBLEM_ANALYSIS_CONSULT') },
          ]}
        />
        {!employee ? (
          <Alert tone="info">{t('noLogin')}</Alert>
        ) : (
          <ConsultationTimeForm
            key={caseId}
            initial={{ date: localToday(), time: '09:30', minutes: 30, location: 'OFFICE' }}
            conflicts={result && !result.booked ? result.conflicts : []}
            busy={booking.loading}
            submitLabel={t('submit')}
            onSubmit={(time, despite) => void send(time, despite)}
          />
        )}
        {result?.booked && <Alert tone="success">{t('booked')}</Alert>}
        <ErrorAlert error={booking.error} />
      </Stack>
    </Card>
  );
}
