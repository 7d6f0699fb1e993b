import { useQuery } from '@apollo/client/react';
import { appointmentKindMessages, localToday } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import {
  Alert,
  EmptyState,
  ErrorState,
  formatDate,
  KeyFigures,
  LoadingState,
  Page,
  Select,
  Stack,
  StackedBarChart,
  StatusBadge,
  useLocale,
  useT,
} from '@terugkeer/ui';
import { useChosenCase, type CaseRequest } from '../caseload/case-request';
import { ProgrammeWeekList } from './programme-week-list';
import { programmeWeeks } from './programme-weeks';
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

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map((edge) => edge.node).filter((c) => c.status !== 'CLOSED');
  if (cases.length === 0) return <EmptyState title={t('noCases')} />;
  const current = cases.find((c) => c.id === chosen) ?? cases.find((c) => c.programme?.status === 'ACTIVE') ?? cases[0];
  const programme = current.programme;
  const weeks = programme ? programmeWeeks(programme.startDate, programme.sessions, localToday()) : [];

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
            <ProgrammeWeekList weeks={weeks} onChanged={() => void refetch()} />
          </>
        )}
      </Stack>
    </Page>
  );
}
