/*
 * <terugkeer-widget remote="employee" token="…" lang="nl"></terugkeer-widget>
 *
 * A framework-free custom element an intranet page uses to show one role's Terugkeer
 * screen: employee, manager, company-doctor or coach. It frames the shell in embed mode;
 * the token (from the intranet's own sign-in) goes in the URL fragment, which never
 * reaches a server log. The frame grows with its content.
 */
(() => {
  const script = document.currentScript || document.querySelector('script[src*="terugkeer-widget.js"]');
  const shellOrigin = new URL(script.src).origin;
  const TITLES = { employee: 'Mijn dossier', manager: 'Mijn team', 'company-doctor': 'Bedrijfsarts', coach: 'Coaching' };

  class TerugkeerWidget extends HTMLElement {
    static get observedAttributes() {
      return ['remote', 'token', 'lang'];
    }

    connectedCallback() {
      this.onMessage = (event) => {
        if (event.origin === shellOrigin && event.source === this.frame?.contentWindow && event.data?.type === 'terugkeer:height') {
          this.frame.style.height = `${Math.ceil(event.data.height)}px`;
        }
      };
      window.addEventListener('message', this.onMessage);
      this.render();
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.onMessage);
    }

    attributeChangedCallback() {
      if (this.isConnected) this.render();
    }

    render() {
      const remote = this.getAttribute('remote') || 'employee';
      const token = this.getAttribute('token');
      if (!token) return;
      const lang = this.getAttribute('lang') === 'en' ? 'en' : 'nl';
      const frame = document.createElement('iframe');
      frame.src = `${shellOrigin}/?embed=${encodeURIComponent(remote)}&lang=${lang}#token=${encodeURIComponent(token)}`;
      frame.title = this.getAttribute('title') || `Terugkeer – ${TITLES[remote] || remote}`;
      frame.style.cssText = 'width:100%;min-height:480px;border:0;display:block';
      this.replaceChildren(frame);
      this.frame = frame;
    }
  }

  if (!customElements.get('terugkeer-widget')) customElements.define('terugkeer-widget', TerugkeerWidget);
})();
