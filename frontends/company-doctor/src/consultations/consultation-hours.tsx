import { useQuery } from '@apollo/client/react';
import {
  appointmentKindMessages,
  appointmentLocationMessages,
  appointmentStatusMessages,
  CalendarFeed,
  formatDateTime,
  formatDay,
  instantOfLocal,
  localDateTime,
  localToday,
} from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { DataTable, ErrorState, LoadingState, Page, Stack, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { BookConsultation } from './book-consultation';
import { ConsultationActions } from './consultation-actions';
import { consultationDays } from './consultation-days';
import { messages } from './consultations.messages';

const ConsultationHoursQuery = graphql(`
  query ConsultationHours_AppointmentsQuery($from: DateTime) {
    viewer {
      id
      cases(first: 100) {
        edges {
          node {
            id
            status
            employee {
              id
              name
            }
            participants {
              userId
              role
            }
          }
        }
      }
    }
    myAppointments(from: $from) {
      id
      kind
      startsAt
      endsAt
      status
      location
      version
      case {
        id
        employee {
          id
          name
        }
      }
    }
  }
`);

const CONSULTATIONS = new Set(['COMPANY_DOCTOR_CONSULT', 'PROBLEM_ANALYSIS_CONSULT']);
const STATUS_TONE = { PLANNED: 'info', HELD: 'success', NO_SHOW: 'danger', CANCELLED: 'neutral' } as const;

/** Today's and coming consultations per day, with what to record, and a form to plan the next one. */
export function ConsultationHours() {
  const t = useT(messages);
  const kind = useT(appointmentKindMessages);
  const place = useT(appointmentLocationMessages);
  const status = useT(appointmentStatusMessages);
  const { locale } = useLocale();
  // From the start of today, so this morning's consultations can still be recorded.
  // Partial answers count: a consultation on a case the doctor no longer follows keeps its
  // time and place, without the case's details (shown as a dash).
  const { data, loading, refetch } = useQuery(ConsultationHoursQuery, {
    variables: { from: instantOfLocal(localToday(), '00:00') },
    errorPolicy: 'all',
  });

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (!data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const days = consultationDays(data.myAppointments.filter((a) => CONSULTATIONS.has(a.kind)));
  const cases = data.viewer.cases.edges.map((edge) => edge.node).filter((c) => c.status !== 'CLOSED');

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="doctor-consultations">
      <Stack gap="lg">
        {days.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          days.map((day) => (
            <DataTable
              key={day.date}
              data-testid={`consultations-${day.date}`}
              caption={`${day.name ? `${t(day.name)} · ` : ''}${formatDay(day.date, locale)} · ${day.consultations.length === 1 ? t('countOne') : t('countMany', { count: day.consultations.length })}`}
              rowKey={(row) => row.id}
              rows={day.consultations}
              columns={[
                { key: 'when', header: t('when'), cell: (row) => `${localDateTime(row.startsAt).time}–${localDateTime(row.endsAt).time}`, rowHeader: true },
                { key: 'employee', header: t('employee'), cell: (row) => row.case?.employee.name ?? '—' },
                { key: 'what', header: t('what'), cell: (row) => kind(row.kind) },
                { key: 'where', header: t('where'), cell: (row) => place(row.location) },
                { key: 'status', header: t('status'), cell: (row) => <StatusBadge tone={STATUS_TONE[row.status]}>{status(row.status)}</StatusBadge> },
                {
                  key: 'actions',
                  header: t('actions'),
                  cell: (row) => (
                    <ConsultationActions
                      consultation={row}
                      employeeName={row.case?.employee.name ?? '—'}
                      label={t('actionsFor', { name: row.case?.employee.name ?? '—', when: formatDateTime(row.startsAt, locale) })}
                      onChanged={() => void refetch()}
                    />
                  ),
                },
              ]}
            />
          ))
        )}
        <BookConsultation doctorUserId={data.viewer.id} cases={cases} onBooked={() => void refetch()} />
        <CalendarFeed />
      </Stack>
    </Page>
  );
}
