import { useMutation } from '@apollo/client/react';
import { ErrorAlert, resultOrNull } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Cluster, DataTable, Page, Stack, useT } from '@terugkeer/ui';
import { useId, useState } from 'react';
import { useProblemReason } from './import-problems';
import { messages } from './import.messages';

/** The gateway refuses request bodies above 100 kB; larger exports go through the import command. */
const MAX_UPLOAD_BYTES = 95_000;

const ImportMutation = graphql(`
  mutation ImportData_ImportMutation($input: ImportOrganizationDataInput!) {
    importOrganizationData(input: $input) {
      imported
      employeeRows
      absenceRows
      problems {
        file
        line
        field
        code
        values
      }
      employees {
        created
        updated
        unchanged
      }
      sickReports {
        created
        updated
        unchanged
      }
      cases
    }
  }
`);

function FileInput({ label, hint, onFile }: { label: string; hint: string; onFile: (file: File | null) => void }) {
  const id = useId();
  return (
    <div className="tk-field">
      <label className="tk-label" htmlFor={id}>
        {label}
      </label>
      <p className="tk-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input id={id} type="file" accept=".csv,text/csv" aria-describedby={`${id}-hint`} onChange={(event) => onFile(event.target.files?.[0] ?? null)} />
    </div>
  );
}

/** The case manager's import: both files checked row by row, written in one go or not at all. */
export function ImportData({ organizationId }: { organizationId: string }) {
  const t = useT(messages);
  const reason = useProblemReason();
  const [employees, setEmployees] = useState<File | null>(null);
  const [absences, setAbsences] = useState<File | null>(null);
  const [run, { data, loading, error }] = useMutation(ImportMutation);
  const result = data?.importOrganizationData;
  const tooLarge = (employees?.size ?? 0) + (absences?.size ?? 0) > MAX_UPLOAD_BYTES;

  const submit = async (dryRun: boolean) => {
    if (!employees || !absences || tooLarge) return;
    const [employeesCsv, absencesCsv] = await Promise.all([employees.text(), absences.text()]);
    await resultOrNull(run({ variables: { input: { organizationId, employeesCsv, absencesCsv, dryRun } } }));
  };

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="case-manager-import">
      <Stack gap="md">
        <FileInput label={t('employeesFile')} hint={t('employeesHint')} onFile={setEmployees} />
        <FileInput label={t('absencesFile')} hint={t('absencesHint')} onFile={setAbsences} />
        {(!employees || !absences) && <p>{t('chooseFiles')}</p>}
        {tooLarge && <Alert tone="error">{t('tooLarge')}</Alert>}
        <Cluster>
          <Button variant="secondary" onClick={() => void submit(true)} disabled={!employees || !absences || tooLarge} loading={loading}>
            {t('check')}
          </Button>
          <Button onClick={() => void submit(false)} disabled={!employees || !absences || tooLarge} loading={loading}>
            {t('import')}
          </Button>
        </Cluster>
        <ErrorAlert error={error} />
        {result && result.problems.length > 0 && (
          <>
            <Alert tone="error">{t('problems', { count: result.problems.length })}</Alert>
            <DataTable
              caption={t('problemsCaption')}
              rowKey={(row) => `${row.file}:${row.line}:${row.field}`}
              rows={result.problems}
              columns={[
                { key: 'file', header: t('file'), cell: (row) => `${row.file}.csv` },
                { key: 'line', header: t('line'), cell: (row) => row.line, align: 'end', rowHeader: true },
                { key: 'field', header: t('field'), cell: (row) => row.field },
                { key: 'reason', header: t('reason'), cell: (row) => reason(row.code, row.values) },
              ]}
            />
          </>
        )}
        {result && result.problems.length === 0 && !result.imported && (
          <Alert tone="info">{t('checked', { employees: result.employeeRows, absences: result.absenceRows })}</Alert>
        )}
        {result?.imported && result.employees && result.sickReports && (
          <Alert tone="success">
            {t('imported', {
              employeesCreated: result.employees.created,
              employeesUpdated: result.employees.updated,
              employeesUnchanged: result.employees.unchanged,
              reportsCreated: result.sickReports.created,
              reportsUpdated: result.sickReports.updated,
              reportsUnchanged: result.sickReports.unchanged,
              cases: result.cases ?? 0,
            })}
          </Alert>
        )}
      </Stack>
    </Page>
  );
}
