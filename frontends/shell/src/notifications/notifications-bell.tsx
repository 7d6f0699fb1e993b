import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@terugkeer/graphql-client';
import { Button, Dialog, useT, VisuallyHidden } from '@terugkeer/ui';
import { useState } from 'react';
import { messages } from './notifications.messages';

const NotificationsBellQuery = graphql(`
  query NotificationsBell_Query {
    unreadNotificationCount
    notifications(first: 20) {
      edges {
        node {
          id
          title
          body
          createdAt
          readAt
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

/** Unread count in the header; the list opens in a dialog, where each can be marked read. */
export function NotificationsBell() {
  const t = useT(messages);
  const [open, setOpen] = useState(false);
  const { data, error, refetch } = useQuery(NotificationsBellQuery, { pollInterval: 60_000 });
  const [markRead] = useMutation(MarkReadMutation);
  const [markAllRead] = useMutation(MarkAllReadMutation);
  const unread = data?.unreadNotificationCount ?? 0;
  const notifications = data?.notifications.edges.map((edge) => edge.node) ?? [];

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
                <li key={notification.id} className={notification.readAt ? undefined : 'shell-notification--unread'}>
                  <strong>{notification.title}</strong>
                  <p>{notification.body}</p>
                  {!notification.readAt && (
                    <Button size="small" variant="secondary" onClick={() => void markRead({ variables: { id: notification.id } }).then(() => refetch())}>
                      {t('markRead')}
                    </Button>
                  )}
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
