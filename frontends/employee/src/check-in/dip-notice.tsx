import { Alert, formatNumber, useLocale, useT } from '@terugkeer/ui';
import { messages } from './check-in.messages';

interface Dip {
  reasons: readonly string[];
  demands: number;
  resources: number;
  energyBaseline?: number | null;
  actions: readonly string[];
}

/** The dip in Job Demands–Resources terms, and the employee's own agreed actions. */
export function DipNotice({ dip }: { dip: Dip }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const number = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 1 });
  return (
    <Alert tone="warning" title={t('dipTitle')} data-testid="dip-notice">
      {dip.reasons.includes('DEMANDS_EXCEED_RESOURCES') && (
        <p>{t('DEMANDS_EXCEED_RESOURCES', { demands: number(dip.demands), resources: number(dip.resources) })}</p>
      )}
      {dip.reasons.includes('ENERGY_BELOW_RECENT') && dip.energyBaseline != null && <p>{t('ENERGY_BELOW_RECENT', { baseline: number(dip.energyBaseline) })}</p>}
      {dip.actions.length > 0 && (
        <>
          <p>{t('dipNormal')}</p>
          <ul>
            {dip.actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
