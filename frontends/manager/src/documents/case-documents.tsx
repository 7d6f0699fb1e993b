import { useLazyQuery } from '@apollo/client/react';
import { resultOrNull } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Button, Cluster, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { messages } from './documents.messages';

const ActionPlanDocumentQuery = graphql(`
  query CaseDocuments_ActionPlanQuery($caseId: ID!, $language: DocumentLanguage) {
    actionPlanDocument(caseId: $caseId, language: $language) {
      fileName
      contentType
      base64
    }
  }
`);

const ProgressReportDocumentQuery = graphql(`
  query CaseDocuments_ProgressReportQuery($caseId: ID!, $language: DocumentLanguage) {
    progressReportDocument(caseId: $caseId, language: $language) {
      fileName
      contentType
      base64
    }
  }
`);

interface Document {
  fileName: string;
  contentType: string;
  base64: string;
}

function saveDocument({ fileName, contentType, base64 }: Document) {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The two PDFs a case manager files with UWV or hands the employee, made when asked for. */
export function CaseDocuments({ caseId, employeeName }: { caseId: string; employeeName: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const language = locale === 'en' ? 'EN' : 'NL';
  const [fetchPlan, plan] = useLazyQuery(ActionPlanDocumentQuery, { fetchPolicy: 'network-only' });
  const [fetchReport, report] = useLazyQuery(ProgressReportDocumentQuery, { fetchPolicy: 'network-only' });
  const [failed, setFailed] = useState(false);

  const download = async (fetchDocument: () => Promise<Document | undefined>) => {
    setFailed(false);
    const document = await resultOrNull(fetchDocument());
    if (document) saveDocument(document);
    else setFailed(true);
  };

  return (
    <Cluster gap="xs">
      <Button
        variant="secondary"
        size="small"
        aria-label={t('actionPlan', { name: employeeName })}
        loading={plan.loading}
        onClick={() => void download(async () => (await fetchPlan({ variables: { caseId, language } })).data?.actionPlanDocument)}
      >
        {t('actionPlanShort')}
      </Button>
      <Button
        variant="secondary"
        size="small"
        aria-label={t('progressReport', { name: employeeName })}
        loading={report.loading}
        onClick={() => void download(async () => (await fetchReport({ variables: { caseId, language } })).data?.progressReportDocument)}
      >
        {t('progressReportShort')}
      </Button>
      {failed && <span role="alert">{t('failed')}</span>}
    </Cluster>
  );
}
