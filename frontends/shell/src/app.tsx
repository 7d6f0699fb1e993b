import { ApolloProvider } from '@apollo/client/react';
import { I18nProvider, Root } from '@terugkeer/ui';
import { useMemo, useState } from 'react';
import { createApolloClient } from './apollo-client';
import { ServiceOutages } from './outage/service-outages';
import { runtimeConfig } from './runtime-config';
import { DevLogin } from './session/dev-login';
import { LoginNotConfigured } from './session/login-not-configured';
import { loginMethod } from './session/login-method';
import { OidcCallback } from './session/oidc-callback';
import { OidcLoginPage } from './session/oidc-login-page';
import { useSession } from './session/use-session';
import { Workspace } from './workspace/workspace';

export function App() {
  const config = runtimeConfig();
  const method = useMemo(() => loginMethod(config), [config]);
  const { token, notice, logIn, logOut, expire } = useSession(method);
  const [atCallback, setAtCallback] = useState(() => method.kind === 'oidc' && window.location.pathname === method.settings.redirectPath);
  const outages = useMemo(() => new ServiceOutages(), []);
  const client = useMemo(() => (token ? createApolloClient(config.gatewayUrl, token, outages, expire) : null), [config.gatewayUrl, token, outages, expire]);

  const leave = () => {
    void client?.clearStore();
    void logOut();
  };

  const loginPage = () => {
    switch (method.kind) {
      case 'oidc':
        return atCallback ? (
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
        {client ? (
          <ApolloProvider client={client}>
            <Workspace onLogOut={leave} outages={outages} />
          </ApolloProvider>
        ) : (
          loginPage()
        )}
      </Root>
    </I18nProvider>
  );
}
