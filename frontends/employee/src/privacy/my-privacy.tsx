import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@terugkeer/graphql-client';
import { Button, Checkbox, DataTable, EmptyState, ErrorState, LoadingState, Page, Section, useLocale, useT } from '@terugkeer/ui';
import { formatDateOf, formatTime } from '@terugkeer/frontend-kit';
import { useOwnCase } from '../workspace/own-case';
import { groupAccessLog, type AccessLogLine } from './access-log';
import { accessLogSentence } from './access-log-sentence';
import { messages } from './privacy.messages';

const MyPrivacyQuery = graphql(`
  query MyPrivacy_CaseQuery($id: ID!) {
    case(id: $id) {
      id
      consents {
        scope
        granteeRole
        granted
      }
    }
    myDataAccessLog(first: 50) {
      edges {
        node {
          id
          occurredAt
          actorName
          actorRole
          action
          dataClass
        }
      }
    }
  }
`);

const SetConsentMutation = graphql(`
  mutation MyPrivacy_SetConsentMutation($input: SetConsentInput!) {
    setConsent(input: $input) {
      scope
      granteeRole
      granted
    }
  }
`);

const ExportQuery = graphql(`
  query MyPrivacy_ExportQuery {
    myPersonalDataExport {
      userId
      generatedAt
      notice
      dossier
    }
  }
`);

const OPTIONS = [
  { scope: 'CHECK_IN_TREND', granteeRole: 'MANAGER' },
  { scope: 'CHECK_IN_DETAIL', granteeRole: 'COACH' },
  { scope: 'CHECK_IN_DETAIL', granteeRole: 'COMPANY_DOCTOR' },
  { scope: 'RELAPSE_PLAN', granteeRole: 'MANAGER' },
] as const;

export function MyPrivacy() {
  const t = useT(messages);
  const { locale } = useLocale();
  const client = useApolloClient();
  const own = useOwnCase();
  const { data, loading, error, refetch } = useQuery(MyPrivacyQuery, { variables: { id: own.caseId ?? '' }, skip: !own.caseId });
  const [setConsent, setting] = useMutation(SetConsentMutation);

  if (own.loading || loading) return <LoadingState label={t('loading')} />;
  if (own.error || error || !data?.case) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const caseId = data.case.id;
  const consents = data.case.consents;
  const granted = (scope: string, granteeRole: string) => consents.some((c) => c.scope === scope && c.granteeRole === granteeRole && c.granted);
  const lines = groupAccessLog(data.myDataAccessLog.edges.map((edge) => edge.node));
  const when = (line: AccessLogLine) => {
    const [from, to] = [formatTime(line.earliest, locale), formatTime(line.latest, locale)];
    return `${formatDateOf(line.latest, locale)}, ${from === to ? to : `${from}–${to}`}`;
  };

  const download = async () => {
    const { data: exported } = await client.query({ query: ExportQuery, fetchPolicy: 'network-only' });
    const blob = new Blob([JSON.stringify(exported?.myPersonalDataExport, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'mijn-gegevens-terugkeer.json';
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="employee-privacy">
      <Section title={t('consents')}>
        {OPTIONS.map(({ scope, granteeRole }) => (
          <Checkbox
            key={`${scope}-${granteeRole}`}
            label={t('grantedFor', { what: t(scope), who: t(granteeRole) })}
            checked={granted(scope, granteeRole)}
            disabled={setting.loading}
            onChange={(event) => void setConsent({ variables: { input: { caseId, scope, granteeRole, granted: event.target.checked } } }).then(() => refetch())}
          />
        ))}
      </Section>
      <Section title={t('accessLog')}>
        {lines.length === 0 ? (
          <EmptyState title={t('noAccess')} />
        ) : (
          <DataTable
            caption={t('accessLog')}
            captionHidden
            rowKey={(line) => line.key}
            rows={lines}
            columns={[
              { key: 'when', header: t('when'), cell: when, rowHeader: true },
              { key: 'what', header: t('action'), cell: (line) => accessLogSentence(line, locale) },
            ]}
          />
        )}
      </Section>
      <Section title={t('export')}>
        <p>{t('exportHint')}</p>
        <Button variant="secondary" onClick={() => void download()}>
          {t('export')}
        </Button>
      </Section>
    </Page>
  );
}
