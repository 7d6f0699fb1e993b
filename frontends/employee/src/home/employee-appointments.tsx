import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { appointmentKindMessages, appointmentLocationMessages, appointmentStatusMessages, formatDateTime } from '@terugkeer/frontend-kit';
import { graphql, type ResultOf } from '@terugkeer/graphql-client';
import { DataTable, EmptyState, Section, useLocale, useT } from '@terugkeer/ui';
import { messages } from './employee-home.messages';

export const EmployeeAppointmentFragment = graphql(`
  fragment EmployeeAppointments_AppointmentFragment on Appointment {
    id
    kind
    startsAt
    location
    status
    participants {
      userId
      name
    }
  }
`);

type AppointmentRow = ResultOf<typeof EmployeeAppointmentFragment>;

const SHOWN_AT_FIRST = 3;

/** The next few appointments up front; all of them, past ones too, one click away. */
export function EmployeeAppointments({
  appointments: refs,
  viewerId,
  now = new Date(),
}: {
  appointments: ReadonlyArray<FragmentType<AppointmentRow>>;
  viewerId: string;
  now?: Date;
}) {
  const t = useT(messages);
  const read = useFragment({ fragment: EmployeeAppointmentFragment, from: [...refs] });
  const appointments = read.complete ? read.data : [];
  const kind = useT(appointmentKindMessages);
  const where = useT(appointmentLocationMessages);
  const status = useT(appointmentStatusMessages);
  const { locale } = useLocale();
  const moment = now.toISOString();
  const next = appointments.filter((a) => a.status === 'PLANNED' && a.startsAt > moment).slice(0, SHOWN_AT_FIRST);
  const withWhom = (row: AppointmentRow) =>
    row.participants
      .filter((p) => p.userId !== viewerId)
      .map((p) => p.name)
      .join(', ');

  return (
    <Section title={t('nextAppointments')}>
      {next.length === 0 ? (
        <EmptyState title={t('noAppointments')} />
      ) : (
        <DataTable
          caption={t('nextAppointments')}
          captionHidden
          rowKey={(row) => row.id}
          rows={next}
          columns={[
            { key: 'when', header: t('when'), cell: (row) => formatDateTime(row.startsAt, locale), rowHeader: true },
            { key: 'what', header: t('what'), cell: (row) => kind(row.kind) },
            { key: 'with', header: t('with'), cell: withWhom },
            { key: 'where', header: t('where'), cell: (row) => where(row.location) },
          ]}
        />
      )}
      {appointments.length > next.length && (
        <details className="tk-disclosure" data-testid="all-appointments">
          <summary>{t('allAppointments', { count: appointments.length })}</summary>
          <DataTable
            caption={t('allAppointmentsCaption')}
            captionHidden
            rowKey={(row) => row.id}
            rows={appointments}
            columns={[
              { key: 'when', header: t('when'), cell: (row) => formatDateTime(row.startsAt, locale), rowHeader: true },
              { key: 'what', header: t('what'), cell: (row) => kind(row.kind) },
              { key: 'where', header: t('where'), cell: (row) => where(row.location) },
              { key: 'status', header: t('status'), cell: (row) => status(row.status) },
            ]}
          />
        </details>
      )}
    </Section>
  );
}
