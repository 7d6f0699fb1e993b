import { Alert, LanguageSwitch, Page, useT } from '@terugkeer/ui';
import { oidcMessages } from './oidc-login.messages';

/** Production without an OpenID provider: say so, and never offer the demo users. */
export function LoginNotConfigured() {
  const t = useT(oidcMessages);
  return (
    <Page title={t('loginTitle')} actions={<LanguageSwitch />}>
      <Alert tone="warning" title={t('notConfiguredTitle')}>
        {t('notConfigured')}
      </Alert>
    </Page>
  );
}
