import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  bell: { nl: 'Meldingen', en: 'Notifications' },
  unreadSuffix: { nl: 'ongelezen', en: 'unread' },
  title: { nl: 'Meldingen', en: 'Notifications' },
  none: { nl: 'Geen meldingen.', en: 'No notifications.' },
  markRead: { nl: 'Gelezen', en: 'Mark read' },
  open: { nl: 'Openen', en: 'Open' },
  resolved: { nl: 'Afgehandeld', en: 'Done' },
  markAllRead: { nl: 'Alles gelezen', en: 'Mark all read' },
  error: { nl: 'Meldingen konden niet worden geladen.', en: 'Notifications could not be loaded.' },
});
