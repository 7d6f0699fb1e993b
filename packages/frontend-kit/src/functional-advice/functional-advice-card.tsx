import { graphql, type ResultOf } from '@terugkeer/graphql-client';
import { Card, EmptyState, formatDate, formatNumber, useLocale, useT } from '@terugkeer/ui';
import { functionalAdviceMessages } from './functional-advice.messages';

export const FunctionalAdviceFragment = graphql(`
  fragment FunctionalAdviceCard_CapabilityProfile on CapabilityProfile {
    version
    recordedOn
    possibilities
    limitations
    expectedDuration
    advice
    employeeNeeds
    advisedBuildUp {
      maxHoursPerWeek
      maxIncreasePerWeek
    }
  }
`);

export interface FunctionalAdviceCardProps {
  /**
   * The case's capability profile, spread `@unmask` by the query (it has no id of its own for the
   * cache to find it by); null when the doctor has recorded none yet.
   */
  profile: ResultOf<typeof FunctionalAdviceFragment> | null | undefined;
}

/**
 * The company doctor's functional advice as everyone on the case may read it: capabilities,
 * limits, the advised build-up and what the employee needs. The profile never holds a diagnosis or medical notes.
 */
export function FunctionalAdviceCard({ profile }: FunctionalAdviceCardProps) {
  const t = useT(functionalAdviceMessages);
  const { locale } = useLocale();
  if (!profile) {
    return (
      <Card title={t('title')} data-testid="functional-advice">
        <EmptyState title={t('none')} />
      </Card>
    );
  }
  const hours = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 1 });
  const buildUp = profile.advisedBuildUp;
  return (
    <Card title={t('title')} data-testid="functional-advice">
      <p>{t('intro', { version: profile.version, date: formatDate(profile.recordedOn, locale) })}</p>
      <h4>{t('possibilities')}</h4>
      <ul>
        {profile.possibilities.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h4>{t('limitations')}</h4>
      <ul>
        {profile.limitations.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {buildUp && (buildUp.maxHoursPerWeek != null || buildUp.maxIncreasePerWeek != null) && (
        <>
          <h4>{t('advisedBuildUp')}</h4>
          <ul data-testid="advised-build-up">
            {buildUp.maxHoursPerWeek != null && <li>{t('maxHoursPerWeek', { hours: hours(buildUp.maxHoursPerWeek) })}</li>}
            {buildUp.maxIncreasePerWeek != null && <li>{t('maxIncreasePerWeek', { hours: hours(buildUp.maxIncreasePerWeek) })}</li>}
          </ul>
        </>
      )}
      {profile.expectedDuration && (
        <p>
          {t('expectedDuration')}: {profile.expectedDuration}
        </p>
      )}
      <p>
        {t('advice')}: {profile.advice}
      </p>
      {profile.employeeNeeds && (
        <p data-testid="employee-needs">
          {t('employeeNeeds')}: {profile.employeeNeeds}
        </p>
      )}
    </Card>
  );
}
