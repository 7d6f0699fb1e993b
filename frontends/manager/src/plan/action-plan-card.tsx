import { useMutation } from '@apollo/client/react';
import { ErrorAlert, formatDateOf, resultOrNull } from '@terugkeer/frontend-kit';
import { graphql, type ResultOf } from '@terugkeer/graphql-client';
import { Alert, Button, Card, Cluster, DataTable, formatDate, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { editorMessages } from './plan-editor.messages';
import { messages } from './plan.messages';

export const ActionPlanCardFragment = graphql(`
  fragment ActionPlanCard_ActionPlan on ActionPlan {
    id
    version
    signed {
      number
    }
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
  }
`);

const SignMutation = graphql(`
  mutation ActionPlanCard_SignActionPlanMutation($input: SignActionPlanInput!) {
    signActionPlan(input: $input) {
      id
      version
    }
  }
`);

export type ActionPlanCardData = ResultOf<typeof ActionPlanCardFragment>;

export interface ActionPlanCardProps {
  caseId: string;
  plan: ActionPlanCardData;
  /** The manager signs; the case manager only reads and edits. */
  maySign: boolean;
  onEdit: (() => void) | null;
  onChanged: () => void;
}

/** The latest version of the plan of action as agreed so far, with its signatures. */
export function ActionPlanCard({ caseId, plan, maySign, onEdit, onChanged }: ActionPlanCardProps) {
  const t = useT(messages);
  const label = useT(editorMessages);
  const { locale } = useLocale();
  const [sign, signing] = useMutation(SignMutation);
  const latest = plan.latest;
  const showSign = maySign && !latest.signatures.some((s) => s.role === 'MANAGER');
  const contact = latest.contactAgreement;
  const weekday = contact?.weekday ? new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, contact.weekday)) : null;

  return (
    <Card title={t('version', { number: latest.number })} data-testid="action-plan">
      <StatusBadge tone={latest.status === 'SIGNED' ? 'success' : 'warning'}>{t(latest.status)}</StatusBadge>
      <h4>{t('goals')}</h4>
      <ul>
        {latest.goals.map((goal) => (
          <li key={goal.description}>
            {goal.description} ({t('deadline', { date: formatDate(goal.deadline, locale) })})
          </li>
        ))}
      </ul>
      <h4>{t('activities')}</h4>
      <ul>
        {latest.activities.map((activity) => (
          <li key={activity.description}>
            {activity.description} ({t('deadline', { date: formatDate(activity.deadline, locale) })})
          </li>
        ))}
      </ul>
      <DataTable
        caption={t('hours')}
        rowKey={(row) => row.weekStart}
        rows={latest.hourAgreements}
        columns={[
          { key: 'from', header: t('from'), cell: (row) => formatDate(row.weekStart, locale), rowHeader: true },
          { key: 'hours', header: t('perWeek'), cell: (row) => row.hoursPerWeek },
          { key: 'home', header: t('home'), cell: (row) => row.homeHours },
          { key: 'location', header: t('location'), cell: (row) => row.locationHours },
          { key: 'tasks', header: t('tasks'), cell: (row) => row.tasksToStartWith.join(', ') },
        ]}
      />
      <h4>{label('contact')}</h4>
      {contact ? (
        <p data-testid="contact-agreement">
          {[label(contact.frequency), weekday, contact.time, label(contact.mode), label(contact.purpose), contact.meetingPlace && label(contact.meetingPlace)]
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : (
        <p>{t('noContactAgreement')}</p>
      )}
      <p>
        {latest.contactPerson && <>{t('contactPerson', { name: latest.contactPerson })} </>}
        {t('evaluationEvery', { weeks: latest.evaluationEveryWeeks })}
      </p>
      {latest.employeeView && (
        <>
          <h4>{t('employeeView')}</h4>
          <p>{latest.employeeView}</p>
        </>
      )}
      <h4>{t('signatures')}</h4>
      {latest.signatures.length === 0 ? (
        <p>{t('notSigned')}</p>
      ) : (
        <ul>
          {latest.signatures.map((signature) => (
            <li key={signature.role}>
              {t(signature.role)}: {signature.name}, {formatDateOf(String(signature.signedAt), locale)}
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={signing.error} conflict={t('conflict')} />
      {signing.data && !signing.error && <Alert tone="success">{t('signedOk')}</Alert>}
      <Cluster gap="md">
        {showSign && (
          <Button
            loading={signing.loading}
            onClick={() =>
              void resultOrNull(sign({ variables: { input: { caseId, versionNumber: latest.number, expectedVersion: plan.version } } })).then(onChanged)
            }
          >
            {t('sign', { number: latest.number })}
          </Button>
        )}
        {onEdit && (
          <Button variant="secondary" onClick={onEdit}>
            {label('edit')}
          </Button>
        )}
      </Cluster>
    </Card>
  );
}
