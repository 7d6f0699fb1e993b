import { Alert, Button, Card, LanguageSwitch, LoadingState, Page, Stack, useT } from '@terugkeer/ui';
import { useEffect, useState } from 'react';
import { messages } from '../shell.messages';
import { oidcMessages } from './oidc-login.messages';
import type { LoginNotice } from './oidc-login-page';
import { fetchDemoUsers, requestDevToken, type DemoUser } from './session';

/** Development login: one button per seeded user. Production uses the OIDC redirect instead. */
export function DevLogin({ gatewayUrl, onLoggedIn, notice = null }: { gatewayUrl: string; onLoggedIn: (token: string) => void; notice?: LoginNotice | null }) {
  const t = useT(messages);
  const tLogin = useT(oidcMessages);
  const [users, setUsers] = useState<DemoUser[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    fetchDemoUsers(gatewayUrl).then(setUsers, () => setFailed(true));
  }, [gatewayUrl]);

  const logIn = async (email: string) => {
    setPending(email);
    setFailed(false);
    try {
      onLoggedIn(await requestDevToken(gatewayUrl, email));
    } catch {
      setFailed(true);
      setPending(null);
    }
  };

  return (
    <Page title={t('loginTitle')} description={t('loginIntro')} actions={<LanguageSwitch />}>
      {notice && <Alert tone="info">{tLogin(notice)}</Alert>}
      {failed && <Alert tone="error">{t('loginFailed')}</Alert>}
      {!users && !failed && <LoadingState label={t('loadingUsers')} />}
      {users && (
        <Card>
          <Stack gap="sm">
            {users.map((user) => (
              <Button
                key={user.email}
                variant="secondary"
                loading={pending === user.email}
                onClick={() => void logIn(user.email)}
                aria-label={t('loginAs', { name: user.name })}
                data-email={user.email}
              >
                <span className="shell-login-name">{user.name}</span>{' '}
                <span className="shell-login-meta">
                  {user.email} · {user.roles.map((role) => t(role as 'EMPLOYEE')).join(', ')}
                </span>
              </Button>
            ))}
          </Stack>
        </Card>
      )}
    </Page>
  );
}
