import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { graphql, type ResultOf } from '@terugkeer/graphql-client';
import { Alert, Button, Card, Cluster, DataTable, formatDate, Heading, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { useState, type ReactNode } from 'react';
import { ErrorAlert, resultOrNull } from '../errors';
import { formatDateOf } from '../format-date-time';
import { contactAgreementMessages, planOfActionMessages } from './plan-of-action.messages';

export const PlanOfActionFragment = graphql(`
  fragment PlanOfActionCard_ActionPlan on ActionPlan {
    id
    version
    latest {
      number
      status
      goals {
        description
        deadline
      }
      activities {
        description
        deadline
      }
      contactPerson
      evaluationEveryWeeks
      hourAgreements {
        weekStart
        hoursPerWeek
        homeHours
        locationHours
        tasksToStartWith
        tasksTooMuch
        therapeutic
      }
      contactAgreement {
        frequency
        weekday
        time
        mode
        purpose
        meetingPlace
      }
      employeeView
      signatures {
        role
        name
        signedAt
      }
    }
    evaluations {
      id
      number
      heldOn
      outcome
    }
  }
`);

type PlanOfAction = ResultOf<typeof PlanOfActionFragment>;
type Agreement = PlanOfAction['latest']['contactAgreement'];

const SignMutation = graphql(`
  mutation PlanOfActionCard_SignActionPlanMutation($input: SignActionPlanInput!) {
    signActionPlan(input: $input) {
      id
      version
    }
  }
`);

export interface PlanOfActionCardProps {
  caseId: string;
  plan: FragmentType<PlanOfAction>;
  title: (number: number) => string;
  /**
   * `agreements` is goals, activities and hours in short; `full` adds deadlines, tasks (to
   * start with and still too much), therapeutic work, contact agreements, the contact
   * person, the evaluations and the employee's view. Whoever signs reads `full`.
   */
  detail: 'agreements' | 'full';
  /** Who may sign here, if they have not signed yet; null where the reader only reads. */
  signAs: 'EMPLOYEE' | 'MANAGER' | null;
  onSigned: () => void;
  /** Buttons beside the sign button, e.g. to edit the plan. */
  actions?: ReactNode;
  /** What follows the signatures, e.g. the employee's own view. */
  children?: ReactNode;
  'data-testid'?: string;
}

/** The latest version of a plan of action, with its signatures and the sign button, as every role sees it. */
export function PlanOfActionCard({ caseId, plan, title, detail, signAs, onSigned, actions, children, 'data-testid': testId }: PlanOfActionCardProps) {
  const t = useT(planOfActionMessages);
  const { locale } = useLocale();
  const [sign, signing] = useMutation(SignMutation);
  const { data, complete } = useFragment({ fragment: PlanOfActionFragment, from: plan });
  // The employee signs in two steps: first the whole plan, then a last look at what the signature means.
  const [confirming, setConfirming] = useState(false);
  if (!complete) return null;
  const { latest } = data;
  const full = detail === 'full';
  const showSign = signAs !== null && !latest.signatures.some((s) => s.role === signAs);
  const withDeadline = (item: { description: string; deadline: string }) =>
    full ? `${item.description} (${t('deadline', { date: formatDate(item.deadline, locale) })})` : item.description;

  return (
    <Card title={title(latest.number)} data-testid={testId}>
      <StatusBadge tone={latest.status === 'SIGNED' ? 'success' : 'warning'}>{t(latest.status)}</StatusBadge>
      <Heading>{t('goals')}</Heading>
      <ul>
        {latest.goals.map((goal) => (
          <li key={goal.description}>{withDeadline(goal)}</li>
        ))}
      </ul>
      <Heading>{t('activities')}</Heading>
      <ul>
        {latest.activities.map((activity) => (
          <li key={activity.description}>{withDeadline(activity)}</li>
        ))}
      </ul>
      {full ? (
        <>
          <DataTable
            caption={t('hours')}
            rowKey={(row) => row.weekStart}
            rows={latest.hourAgreements}
            columns={[
              { key: 'from', header: t('from'), cell: (row) => formatDate(row.weekStart, locale), rowHeader: true },
              { key: 'hours', header: t('perWeek'), cell: (row) => row.hoursPerWeek },
              { key: 'home', header: t('home'), cell: (row) => row.homeHours },
              { key: 'location', header: t('location'), cell: (row) => row.locationHours },
              { key: 'tasks', header: t('tasks'), cell: (row) => row.tasksToStartWith.join(', ') || '—' },
              { key: 'too-much', header: t('tasksTooMuch'), cell: (row) => row.tasksTooMuch.join(', ') || '—' },
              { key: 'therapeutic', header: t('therapeutic'), cell: (row) => (row.therapeutic ? t('yes') : t('no')) },
            ]}
          />
          <ContactAgreement agreement={latest.contactAgreement} />
          <p>
            {latest.contactPerson && <>{t('contactPerson', { name: latest.contactPerson })} </>}
            {t('evaluationEvery', { weeks: latest.evaluationEveryWeeks })}
          </p>
          <Heading>{t('evaluations')}</Heading>
          {data.evaluations.length === 0 ? (
            <p>{t('noEvaluations')}</p>
          ) : (
            <ul data-testid="plan-evaluations-held">
              {data.evaluations.map((evaluation) => (
                <li key={evaluation.id}>
                  {t('evaluationLine', { number: evaluation.number, date: formatDate(evaluation.heldOn, locale), outcome: evaluation.outcome })}
                </li>
              ))}
            </ul>
          )}
          {latest.employeeView && (
            <>
              <Heading>{t('employeeView')}</Heading>
              <p>{latest.employeeView}</p>
            </>
          )}
        </>
      ) : (
        <>
          <Heading>{t('hours')}</Heading>
          <ul>
            {latest.hourAgreements.map((a) => (
              <li key={a.weekStart}>
                {t('hourLine', { date: formatDate(a.weekStart, locale), hours: a.hoursPerWeek, home: a.homeHours, location: a.locationHours })}
              </li>
            ))}
          </ul>
        </>
      )}
      <Heading>{t('signatures')}</Heading>
      {latest.signatures.length === 0 ? (
        <p>{t('notSigned')}</p>
      ) : (
        <ul>
          {latest.signatures.map((signature) => (
            <li key={signature.role}>
              {t(signature.role)}: {signature.name}, {formatDateOf(signature.signedAt, locale)}
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={signing.error} conflict={t('conflict')} />
      {signing.data && !signing.error && <Alert tone="success">{t('signedOk')}</Alert>}
      {confirming && showSign && (
        <Alert tone="info" data-testid="sign-confirmation">
          {t('signConfirm', { number: latest.number })}
        </Alert>
      )}
      {(showSign || actions) && (
        <Cluster gap="md">
          {showSign && !(signAs === 'EMPLOYEE' && !confirming) && (
            <Button
              loading={signing.loading}
              onClick={() =>
                void resultOrNull(sign({ variables: { input: { caseId, versionNumber: latest.number, expectedVersion: data.version } } })).then(() => {
                  setConfirming(false);
                  onSigned();
                })
              }
            >
              {t(confirming ? 'signConfirmed' : 'sign', { number: latest.number })}
            </Button>
          )}
          {showSign && signAs === 'EMPLOYEE' && !confirming && <Button onClick={() => setConfirming(true)}>{t('sign', { number: latest.number })}</Button>}
          {confirming && (
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('signBack')}
            </Button>
          )}
          {actions}
        </Cluster>
      )}
      {children}
    </Card>
  );
}

function ContactAgreement({ agreement }: { agreement: Agreement }) {
  const t = useT(planOfActionMessages);
  const label = useT(contactAgreementMessages);
  const { locale } = useLocale();
  if (!agreement) {
    return (
      <>
        <Heading>{t('contact')}</Heading>
        <p>{t('noContactAgreement')}</p>
      </>
    );
  }
  const weekday = agreement.weekday ? new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, agreement.weekday)) : null;
  return (
    <>
      <Heading>{t('contact')}</Heading>
      <p data-testid="contact-agreement">
        {[
          label(agreement.frequency),
          weekday,
          agreement.time,
          label(agreement.mode),
          label(agreement.purpose),
          agreement.meetingPlace && label(agreement.meetingPlace),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </>
  );
}
