import { EmptyState, ErrorState, LoadingState, Page, Stack, Tabs, useT, type TabItem } from '@terugkeer/ui';
import type { ReactNode } from 'react';
import { AppLink } from '../routing/app-link';
import { areaPath, casePath } from '../routing/app-path';
import { navigate } from '../routing/use-app-route';
import { casePageMessages } from './case-page.messages';

export interface CasePageLayoutProps {
  area: string;
  caseId: string;
  /** The section the address asks for; none opens the first. */
  section: string | null;
  /** What the case query gave: still loading, failed, or the case's employee (null: not found or not the viewer's). */
  state: { loading: boolean; failed: boolean; onRetry: () => void; employeeName: string | null };
  sections: readonly TabItem[];
}

/**
 * The frame every role's case page shares: a way back to the list, the employee's name,
 * and the sections as tabs that each have an address. A case the server does not give
 * (unknown, or not the viewer's) and a section the role does not have both get a message.
 */
export function CasePageLayout({ area, caseId, section, state, sections }: CasePageLayoutProps): ReactNode {
  const t = useT(casePageMessages);
  const back = (
    <p>
      <AppLink to={areaPath(area)}>← {t('back')}</AppLink>
    </p>
  );
  if (state.loading) return <LoadingState label={t('loading')} />;
  if (state.failed) return <ErrorState title={t('error')} onRetry={state.onRetry} retryLabel={t('retry')} />;
  if (state.employeeName === null) {
    return (
      <Stack gap="md">
        {back}
        <EmptyState title={t('notFound')} description={t('notFoundHint')} data-testid="case-not-found" />
      </Stack>
    );
  }
  const selected = section ?? sections[0]?.id;
  const known = sections.some((s) => s.id === selected);
  return (
    <Page title={t('title', { name: state.employeeName })} as="div" id="case-page" data-testid="case-page">
      {back}
      <Tabs label={t('sections')} tabs={sections} selectedId={known ? selected : ''} onSelect={(id) => navigate(casePath(area, caseId, id))} />
      {!known && <EmptyState title={t('sectionNotFound')} description={t('sectionNotFoundHint')} />}
    </Page>
  );
}
