import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@terugkeer/graphql-client';
import { AppLink, areaPath, navigate, useAppRoute } from '@terugkeer/frontend-kit';
import { Button, EmptyState, ErrorState, LanguageSwitch, LoadingState, SkipLink, useT } from '@terugkeer/ui';
import { useEffect } from 'react';
import { AnalystWorkspace } from '../analytics/analyst-workspace';
import { NotificationsBell } from '../notifications/notifications-bell';
import { ServiceOutageNotice } from '../outage/service-outage-notice';
import type { ServiceOutages } from '../outage/service-outages';
import { RemoteView } from '../remotes/remote-view';
import { messages } from '../shell.messages';
import { roleAreas } from './role-areas';

const WorkspaceViewerQuery = graphql(`
  query Workspace_ViewerQuery {
    viewer {
      id
      name
      memberships {
        role
        organization {
          id
          name
        }
        healthProvider {
          id
          name
        }
      }
    }
  }
`);

export function Workspace({ onLogOut, outages }: { onLogOut: () => void; outages: ServiceOutages }) {
  const t = useT(messages);
  const { data, loading, error, refetch } = useQuery(WorkspaceViewerQuery);
  const route = useAppRoute();
  const areas = data ? roleAreas(data.viewer.memberships.map((m) => m.role)) : [];
  const home = areas[0]?.id;
  // The bare address opens the first area, so every screen has an address of its own.
  useEffect(() => {
    if (route.kind === 'home' && home) navigate(areaPath(home), { replace: true });
  }, [route.kind, home]);

  // A background refetch must not unmount the remotes and lose what the person was doing.
  if (loading && !data) return <LoadingState label={t('loading')} />;
  // Analysts read aggregates only, not even their own record: the graph refuses them the viewer.
  if (!data && CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN')) {
    return (
      <div className="shell-layout">
        <SkipLink targetId="shell-main" />
        <header className="shell-header">
          <div>
            <p className="shell-product">{t('product')}</p>
            <p className="shell-tagline">{t('tagline')}</p>
          </div>
          <div className="shell-user">
            <LanguageSwitch />
            <Button variant="secondary" onClick={onLogOut}>
              {t('logout')}
            </Button>
          </div>
        </header>
        <main id="shell-main" className="shell-main" tabIndex={-1}>
          <ServiceOutageNotice outages={outages} />
          <AnalystWorkspace />
        </main>
      </div>
    );
  }
  if (!data) {
    return (
      <main className="shell-main">
        <ErrorState title={t('viewerError')} onRetry={() => void refetch()} retryLabel={t('retry')} />
        <Button variant="secondary" onClick={onLogOut}>
          {t('logout')}
        </Button>
      </main>
    );
  }

  const { viewer } = data;
  const requested = route.kind === 'area' || route.kind === 'case' ? route.area : null;
  const active = route.kind === 'home' ? areas[0] : areas.find((area) => area.id === requested);
  const employer = viewer.memberships.find((m) => m.organization)?.organization?.name ?? viewer.memberships.find((m) => m.healthProvider)?.healthProvider?.name;

  return (
    <div className="shell-layout">
      <SkipLink targetId="shell-main" />
      <header className="shell-header">
        <div>
          <p className="shell-product">{t('product')}</p>
          <p className="shell-tagline">{t('tagline')}</p>
        </div>
        <div className="shell-user">
          <span data-testid="viewer-name">{viewer.name}</span>
          {employer && <span className="shell-employer">{employer}</span>}
          <NotificationsBell areas={areas.map((area) => area.id)} />
          <LanguageSwitch />
          <Button variant="secondary" onClick={onLogOut}>
            {t('logout')}
          </Button>
        </div>
      </header>
      {areas.length > 1 && (
        <nav aria-label={t('navigation')} className="shell-nav">
          {areas.map((area) => (
            <AppLink key={area.id} to={areaPath(area.id)} className="shell-nav-item" aria-current={area.id === active?.id ? 'page' : undefined}>
              {t(area.label)}
            </AppLink>
          ))}
        </nav>
      )}
      <main id="shell-main" className="shell-main" tabIndex={-1}>
        <ServiceOutageNotice outages={outages} />
        {areas.length === 0 ? (
          <EmptyState title={t('noRole')} />
        ) : active ? (
          <RemoteView name={active.remote} />
        ) : (
          <EmptyState
            title={t('pageNotFound')}
            description={t('pageNotFoundHint')}

            action={<AppLink to={areaPath(areas[0].id)}>{t('toStart')}</AppLink>}
          />
        )}
      </main>
    </div>
  );
}
