import { useCallback, useEffect, useState } from 'react';
import { isExpired, msUntilExpiry, type LoginMethod } from './login-method';
import type { LoginNotice } from './oidc-login-page';
import { session, type TokenDetails } from './session';

interface SessionState {
  token: string | null;
  notice: LoginNotice | null;
}

function initialState(): SessionState {
  const token = session.token();
  if (token && isExpired(session.expiresAt())) {
    session.clear();
    return { token: null, notice: 'expired' };
  }
  return { token, notice: null };
}

/**
 * The tab's login: the token (in sessionStorage), its end, and why the person is at the
 * login page again. An expired token — by the clock or by the gateway's 401 — sends them
 * back with a calm message instead of errors.
 */
export function useSession(method: LoginMethod) {
  const [state, setState] = useState(initialState);

  const logIn = useCallback((token: string, details?: TokenDetails) => {
    session.save(token, details);
    setState({ token, notice: null });
  }, []);

  const expire = useCallback(() => {
    session.clear();
    setState((current) => (current.token ? { token: null, notice: 'expired' } : current));
  }, []);

  const logOut = useCallback(async () => {
    const idToken = session.idToken();
    session.clear();
    if (method.kind === 'oidc') {
      // eslint-disable-next-line no-restricted-syntax -- without the provider's end-session address, the local log-out stands on its own
      const endSession = await import('./oidc-login').then(({ providerLogoutUrl }) => providerLogoutUrl(method.settings, idToken)).catch(() => null);
      if (endSession) {
        window.location.assign(endSession);
        return;
      }
    }
    setState({ token: null, notice: method.kind === 'oidc' ? 'loggedOut' : null });
  }, [method]);

  useEffect(() => {
    const wait = state.token ? msUntilExpiry(session.expiresAt()) : null;
    if (wait === null) return;
    const timer = window.setTimeout(expire, wait);
    return () => window.clearTimeout(timer);
  }, [state.token, expire]);

  return { ...state, logIn, logOut, expire };
}
