import { AppLink, casePath } from '@terugkeer/frontend-kit';
import { Card, formatDate, Stack, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { AcknowledgeEscalation } from './acknowledge-escalation';
import type { DueItem } from './doctor-due';
import { messages } from './doctor-caseload.messages';

interface EscalationDetail {
  id: string;
  reason: string;
  raisedBy: string;
  version: number;
}

const TONE = { URGENT_ESCALATION: 'danger', ANALYSIS_OVERDUE: 'danger', ANALYSIS_DUE_SOON: 'warning', ESCALATION: 'warning' } as const;

/** The doctor's to-do list; an escalation is taken up right here. */
export function DoctorDueList({
  items,
  escalations,
  onChanged,
}: {
  items: readonly DueItem[];
  escalations: ReadonlyMap<string, EscalationDetail>;
  onChanged: () => void;
}) {
  const t = useT(messages);
  const { locale } = useLocale();
  return (
    <Card title={t('dueTitle')} data-testid="doctor-due">
      {items.length === 0 ? (
        <p>{t('dueNone')}</p>
      ) : (
        <ol>
          {items.map((item) => {
            const escalation = item.escalationId ? escalations.get(item.escalationId) : undefined;
            return (
              <li key={`${item.caseId}:${item.kind}:${item.escalationId ?? ''}`}>
                <Stack gap="xs">
                  <div>
                    <StatusBadge tone={TONE[item.kind]}>{t(item.kind)}</StatusBadge>{' '}
                    <AppLink to={casePath('company-doctor', item.caseId, 'analysis')}>
                      <strong>{item.employeeName}</strong>
                    </AppLink>
                    :{' '}
                    {escalation
                      ? t('escalationLine', { coach: escalation.raisedBy, reason: escalation.reason })
                      : t(item.kind === 'ANALYSIS_OVERDUE' ? 'analysisOverdueLine' : 'analysisDueSoonLine', { date: formatDate(item.dueDate ?? '', locale) })}
                  </div>
                  {escalation && <AcknowledgeEscalation escalation={escalation} onDone={onChanged} />}
                </Stack>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
