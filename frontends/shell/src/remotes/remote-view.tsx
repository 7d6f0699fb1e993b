import { ErrorState, LoadingState, useT } from '@terugkeer/ui';
import { Component, lazy, Suspense, useMemo, type ReactNode } from 'react';
import { runtimeConfig, type RemoteName } from '../runtime-config';
import { messages } from '../shell.messages';
import { loadRemoteApp } from './load-remote-app';

/** One role's remote, loaded at run time; if it fails, only this area shows an error. */
export function RemoteView({ name }: { name: RemoteName }) {
  const t = useT(messages);
  const RemoteApp = useMemo(() => lazy(async () => ({ default: await loadRemoteApp(name, runtimeConfig()) })), [name]);
  return (
    <RemoteErrorBoundary key={name} fallback={<ErrorState title={t('remoteFailed')} description={t('remoteFailedHint')} />}>
      <Suspense fallback={<LoadingState label={t('loading')} />}>
        <div data-remote={name}>
          <RemoteApp />
        </div>
      </Suspense>
    </RemoteErrorBoundary>
  );
}

class RemoteErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('A remote failed to load or render:', error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
