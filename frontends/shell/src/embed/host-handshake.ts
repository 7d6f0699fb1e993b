/** What the framing intranet page sent after the handshake, and from where. */
export interface HostSession {
  token: string;
  origin: string;
}

/** The messages of the embedding protocol, shared with public/terugkeer-widget.js. */
export const EMBED_MESSAGES = { ready: 'terugkeer:ready', token: 'terugkeer:token', height: 'terugkeer:height' } as const;

/**
 * The token never travels in the frame's address. The shell tells its parent it is ready
 * (nothing secret in that message); the parent answers with the token, addressed to the
 * shell's origin only. A token is taken only from the parent window and only from an
 * origin the deployment allows to embed Terugkeer (EMBED_ORIGINS). A later token (the
 * intranet renewed it) replaces the earlier one.
 */
export function listenForHostSession(allowedOrigins: readonly string[], onSession: (session: HostSession) => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || !allowedOrigins.includes(event.origin)) return;
    const data = event.data as { type?: unknown; token?: unknown } | null;
    if (data?.type === EMBED_MESSAGES.token && typeof data.token === 'string' && data.token.length > 0) {
      onSession({ token: data.token, origin: event.origin });
    }
  };
  window.addEventListener('message', onMessage);
  if (window.parent !== window) window.parent.postMessage({ type: EMBED_MESSAGES.ready }, '*');
  return () => window.removeEventListener('message', onMessage);
}

/** Tells the framing page, and only that page's origin, how tall the content is. */
export function reportHeightToHost(hostOrigin: string): () => void {
  const post = () => window.parent.postMessage({ type: EMBED_MESSAGES.height, height: document.documentElement.scrollHeight }, hostOrigin);
  const observer = new ResizeObserver(post);
  observer.observe(document.body);
  post();
  return () => observer.disconnect();
}
