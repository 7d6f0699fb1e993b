import { Alert, Button, Card, LoadingState, Page, Stack, useT } from '@terugkeer/ui';
import { useEffect, useRef, useState } from 'react';
import type { OidcSettings } from './login-method';
import { completeOidcLogin, type CompletedLogin } from './oidc-login';
import { oidcMessages } from './oidc-login.messages';

/** The page the provider sends people back to: exchanges the code, then leaves the callback address. */
export function OidcCallback({ settings, onLoggedIn, onRetry }: { settings: OidcSettings; onLoggedIn: (login: CompletedLogin) => void; onRetry: () => void }) {
  const t = useT(oidcMessages);
  const [failed, setFailed] = useState(false);
  // A code can be exchanged once only; a second effect run must not try again.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    completeOidcLogin(settings, new URL(window.location.href)).then(
      (login) => {
        window.history.replaceState(null, '', login.returnTo);
        onLoggedIn(login);
      },
      (error: unknown) => {
        console.warn('OIDC login failed', error);
        window.history.replaceState(null, '', '/');
        setFailed(true);
      },
    );
  }, [settings, onLoggedIn]);

  if (!failed) {
    return (
      <Page title={t('callbackTitle')}>
        <LoadingState label={t('callbackLoading')} />
      </Page>
    );
  }
  return (
    <Page title={t('callbackTitle')}>
      <Card>
        <Stack gap="md">
          <Alert tone="error">{t('callbackFailed')}</Alert>
          <div>
            <Button onClick={onRetry}>{t('tryAgain')}</Button>
          </div>
        </Stack>
      </Card>
    </Page>
  );
}
