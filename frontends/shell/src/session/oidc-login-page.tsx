import { Alert, Button, Card, LanguageSwitch, Page, Stack, useT } from '@terugkeer/ui';
import { useState } from 'react';
import type { OidcSettings } from './login-method';
import { startOidcLogin } from './oidc-login';
import { oidcMessages } from './oidc-login.messages';

export type LoginNotice = 'expired' | 'loggedOut';

/** Production login: one button that takes the person to the organization's OpenID provider. */
export function OidcLoginPage({ settings, notice }: { settings: OidcSettings; notice: LoginNotice | null }) {
  const t = useT(oidcMessages);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  const logIn = async () => {
    setPending(true);
    setFailed(false);
    try {
      await startOidcLogin(settings);
    } catch {
      setFailed(true);
      setPending(false);
    }
  };

  return (
    <Page title={t('loginTitle')} description={t('loginIntro')} actions={<LanguageSwitch />}>
      <Stack gap="md">
        {notice && <Alert tone="info">{t(notice)}</Alert>}
        {failed && <Alert tone="error">{t('providerUnreachable')}</Alert>}
        <Card>
          <Button loading={pending} onClick={() => void logIn()}>
            {t('loginButton')}
          </Button>
        </Card>
      </Stack>
    </Page>
  );
}
