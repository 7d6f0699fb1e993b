import { I18nProvider, LoadingState, Root, useT } from '@terugkeer/ui';
import { lazy, Suspense, useMemo, useState } from 'react';
import { runtimeConfig } from './runtime-config';
import { DevLogin } from './session/dev-login';
import { LoginNotConfigured } from './session/login-not-configured';
import { loginMethod } from './session/login-method';
import { useSession } from './session/use-session';
import { messages } from './shell.messages';

/** Apollo Client, GraphQL and the remotes come after the login, not with the login page. */
const SignedIn = lazy(() => import('./signed-in'));
/** The OpenID Connect client only where the login goes through a provider. */
const OidcCallback = lazy(() => import('./session/oidc-callback').then(({ OidcCallback }) => ({ default: OidcCallback })));
const OidcLoginPage = lazy(() => import('./session/oidc-login-page').then(({ OidcLoginPage }) => ({ default: OidcLoginPage })));

export function App() {
  const config = runtimeConfig();
  const method = useMemo(() => loginMethod(config), [config]);
  const { token, notice, logIn, logOut, expire } = useSession(method);
  const [atCallback, setAtCallback] = useState(() => method.kind === 'oidc' && window.location.pathname === method.settings.redirectPath);

  const loginPage = () => {
    switch (method.kind) {
      case 'oidc':
        return (
          <Suspense fallback={<Loading />}>
            {atCallback ? (
              <OidcCallback
                settings={method.settings}
                onLoggedIn={(login) => {
                  setAtCallback(false);
                  logIn(login.accessToken, login.details);
                }}
                onRetry={() => setAtCallback(false)}
              />
            ) : (
              <OidcLoginPage settings={method.settings} notice={notice} />
            )}
          </Suspense>
        );
      case 'development':
        return <DevLogin gatewayUrl={config.gatewayUrl} onLoggedIn={logIn} notice={notice} />;
      case 'not-configured':
        return <LoginNotConfigured />;
    }
  };

  return (
    <I18nProvider>
      <Root>
        {token ? (
          <Suspense fallback={<Loading />}>
            <SignedIn gatewayUrl={config.gatewayUrl} token={token} onExpired={expire} onLogOut={() => void logOut()} />
          </Suspense>
        ) : (
          loginPage()
        )}
      </Root>
    </I18nProvider>
  );
}

function Loading() {
  const t = useT(messages);
  return <LoadingState label={t('loading')} />;
}
