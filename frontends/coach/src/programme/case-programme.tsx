import { useQuery } from '@apollo/client/react';
import { appointmentKindMessages, formatDateTime, localToday } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import {
  Alert,
  Button,
  EmptyState,
  ErrorState,
  formatDate,
  KeyFigures,
  LoadingState,
  Page,
  Section,
  Select,
  Stack,
  StackedBarChart,
  StatusBadge,
  useLocale,
  useT,
} from '@terugkeer/ui';
import { useChosenCase, type CaseRequest } from '../caseload/case-request';
import { useState } from 'react';
import { SessionReportForm } from '../sessions/session-report-form';
import { ProgrammeWeekList } from './programme-week-list';
import { PROGRAMME_MINUTES_PER_WEEK, programmeWeeks } from './programme-weeks';
import { messages } from './programme.messages';
import { StartProgrammeForm } from './start-programme-form';

const CaseProgrammeQuery = graphql(`
  query CaseProgramme_CasesQuery {
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
            dialogueColleagues {
              userId
              name
            }
            sessionReports {
              id
              appointmentId
              state
            }
            programme {
              id
              status
              startDate
              unplaced {
                week
                kind
                preferredStart
              }
              progress {
                held
                missed
                remaining
                unrecorded
                currentWeek
              }
              sessions {
                id
                kind
                startsAt
                endsAt
                status
                version
                programmeWeek
              }
            }
          }
        }
      }
    }
  }
`);

const UNPLACED_KIND = { REFLECTION: 'REFLECTION_TALK', DIALOGUE: 'DIALOGUE_TALK' } as const;

/** The coach's view of one case's programme: start it, follow it week by week, record attendance. */
export function CaseProgramme({ request }: { request?: CaseRequest | null } = {}) {
  const t = useT(messages);
  const kind = useT(appointmentKindMessages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(CaseProgrammeQuery);
  const [chosen, setChosen] = useChosenCase(request);
  const [writingOf, setWritingOf] = useState<string | null>(null);

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map((edge) => edge.node).filter((c) => c.status !== 'CLOSED');
  if (cases.length === 0) return <EmptyState title={t('noCases')} />;
  const current = cases.find((c) => c.id === chosen) ?? cases.find((c) => c.programme?.status === 'ACTIVE') ?? cases[0];
  const programme = current.programme;
  const weeks = programme ? programmeWeeks(programme.startDate, programme.sessions, localToday()) : [];
  const reportStates = new Map(current.sessionReports.flatMap((report) => (report.appointmentId ? [[report.appointmentId, report.state] as const] : [])));
  const talkWritten = programme?.sessions.find((session) => session.id === writingOf);

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="coach-programme">
      <Stack gap="lg">
        <Select
          label={t('caseField')}
          value={current.id}
          onChange={(event) => setChosen(event.target.value)}
          options={cases.map((c) => ({ value: c.id, label: c.employee.name }))}
        />
        {!programme ? (
          <StartProgrammeForm key={current.id} caseId={current.id} colleagues={current.dialogueColleagues ?? []} onStarted={() => void refetch()} />
        ) : (
          <>
            <div>
              <StatusBadge tone={programme.status === 'ACTIVE' ? 'info' : 'neutral'}>{t(programme.status)}</StatusBadge>
            </div>
            <KeyFigures
              figures={[
                { id: 'hours-per-week', label: t('hoursPerWeek'), value: t('hoursValue', { hours: PROGRAMME_MINUTES_PER_WEEK / 60 }) },
                {
                  id: 'current-week',
                  label: t('currentWeek'),
                  value: programme.progress.currentWeek ? t('weekOf', { number: programme.progress.currentWeek }) : '—',
                },
                { id: 'held', label: t('held'), value: programme.progress.held },
                { id: 'missed', label: t('missed'), value: programme.progress.missed },
                { id: 'unrecorded', label: t('unrecorded'), value: programme.progress.unrecorded },
                { id: 'remaining', label: t('remaining'), value: programme.progress.remaining },
              ]}
            />
            <StackedBarChart
              title={t('chartTitle')}
              description={t('chartDescription')}
              categories={weeks.map((week) => t('week', { number: week.number }))}
              series={[
                { id: 'held', label: t('held'), values: weeks.map((week) => week.held) },
                { id: 'missed', label: t('missed'), values: weeks.map((week) => week.missed) },
                { id: 'planned', label: t('planned'), values: weeks.map((week) => week.planned) },
              ]}
            />
            {programme.unplaced.length > 0 && (
              <Alert tone="warning" title={t('unplacedTitle')}>
                <ul>
                  {programme.unplaced.map((session) => (
                    <li key={`${session.week}-${session.kind}-${session.preferredStart}`}>
                      {t('unplaced', {
                        week: session.week,
                        what: kind(UNPLACED_KIND[session.kind as keyof typeof UNPLACED_KIND] ?? 'REFLECTION_TALK'),
                        when: `${formatDate(session.preferredStart.slice(0, 10), locale)} ${session.preferredStart.slice(11, 16)}`,
                      })}
                    </li>
                  ))}
                </ul>
              </Alert>
            )}
            {talkWritten && (
              <Section title={t('reportOf', { what: kind(talkWritten.kind), when: formatDateTime(talkWritten.startsAt, locale) })} id="coach-programme-report">
                <SessionReportForm
                  key={talkWritten.id}
                  caseId={current.id}
                  colleagues={current.dialogueColleagues ?? []}
                  talks={programme.sessions}
                  talkId={talkWritten.id}
                  onSaved={() => {
                    setWritingOf(null);
                    void refetch();
                  }}
                />
                <Button variant="secondary" onClick={() => setWritingOf(null)}>
                  {t('closeReport')}
                </Button>
              </Section>
            )}
            <ProgrammeWeekList weeks={weeks} reportStates={reportStates} onWriteReport={setWritingOf} onChanged={() => void refetch()} />
          </>
        )}
      </Stack>
    </Page>
  );
}
