import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@terugkeer/graphql-client';
import { AppLink, formatDateOf } from '@terugkeer/frontend-kit';
import { Button, Cluster, Dialog, StatusBadge, useLocale, useT, VisuallyHidden } from '@terugkeer/ui';
import { useState } from 'react';
import { notificationTarget } from './notification-target';
import { messages } from './notifications.messages';

const NotificationsBellQuery = graphql(`
  query NotificationsBell_Query {
    unreadNotificationCount
    notifications(first: 20) {
      edges {
        node {
          id
          reason
          title
          body
          createdAt
          readAt
          resolvedAt
          case {
            id
            viewerRelationships
          }
        }
      }
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation NotificationsBell_MarkReadMutation($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

const MarkAllReadMutation = graphql(`
  mutation NotificationsBell_MarkAllReadMutation {
    markAllNotificationsRead
  }
`);

/**
 * Unread count in the header; the list opens in a dialog, each dated and leading to where
 * its task is done. One whose task is done counts no longer, read or not.
 */
export function NotificationsBell({ areas }: { areas: readonly string[] }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const { data, error, refetch } = useQuery(NotificationsBellQuery, { pollInterval: 60_000 });
  const [markRead] = useMutation(MarkReadMutation);
  const [markAllRead] = useMutation(MarkAllReadMutation);
  const unread = data?.unreadNotificationCount ?? 0;
  const notifications = data?.notifications.edges.map((edge) => edge.node) ?? [];
  const target = (notification: (typeof notifications)[number]) => notificationTarget(notification, areas);

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} data-testid="notifications-bell">
        {t('bell')}{' '}
        <span className="shell-badge">
          {unread}
          <VisuallyHidden> {t('unreadSuffix')}</VisuallyHidden>
        </span>
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('title')}>
        {error && <p role="alert">{t('error')}</p>}
        {notifications.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <>
            <ul className="shell-notifications">
              {notifications.map((notification) => (
                <li key={notification.id} className={notification.readAt || notification.resolvedAt ? undefined : 'shell-notification--unread'}>
                  <strong>{notification.title}</strong> {notification.resolvedAt && <StatusBadge tone="success">{t('resolved')}</StatusBadge>}
                  <p className="tk-muted">
                    <time dateTime={notification.createdAt}>{formatDateOf(notification.createdAt, locale)}</time>
                  </p>
                  <p>{notification.body}</p>
                  <Cluster gap="sm">
                    {target(notification) && (
                      <AppLink
                        to={target(notification) ?? '/'}
                        onClick={() => {
                          setOpen(false);
                          if (!notification.readAt) void markRead({ variables: { id: notification.id } }).then(() => refetch());
                        }}
                      >
                        {t('open')}
                        <VisuallyHidden>: {notification.title}</VisuallyHidden>
                      </AppLink>
                    )}
                    {!notification.readAt && !notification.resolvedAt && (
                      <Button size="small" variant="secondary" onClick={() => void markRead({ variables: { id: notification.id } }).then(() => refetch())}>
                        {t('markRead')}
                      </Button>
                    )}
                  </Cluster>
                </li>
              ))}
            </ul>
            {unread > 0 && <Button onClick={() => void markAllRead().then(() => refetch())}>{t('markAllRead')}</Button>}
          </>
        )}
      </Dialog>
    </>
  );
}
