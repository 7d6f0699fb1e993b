/*
 * <terugkeer-widget remote="employee" token="…" lang="nl"></terugkeer-widget>
 * <terugkeer-widget remote="manager" page="/manager/cases/…/plan" token="…"></terugkeer-widget>
 *
 * A framework-free custom element an intranet page uses to show one role's Terugkeer
 * screen: employee, manager, company-doctor or coach, optionally at one of its pages (the
 * address path of the screen in Terugkeer, e.g. a case page). It frames the shell in embed mode.
 * The token (from the intranet's own sign-in) never goes into the frame's address: when
 * the shell says it is ready, the token is posted to the shell's origin only. Setting a
 * new token attribute (the intranet renewed it) hands the new one over the same way. The
 * frame grows with its content.
 */
(() => {
  const script = document.currentScript || document.querySelector('script[src*="terugkeer-widget.js"]');
  const shellOrigin = new URL(script.src).origin;
  const TITLES = { employee: 'Mijn dossier', manager: 'Mijn team', 'company-doctor': 'Bedrijfsarts', coach: 'Coaching' };

  class TerugkeerWidget extends HTMLElement {
    static get observedAttributes() {
      return ['remote', 'token', 'lang', 'page'];
    }

    connectedCallback() {
      this.onMessage = (event) => {
        if (event.origin !== shellOrigin || !this.frame || event.source !== this.frame.contentWindow) return;
        if (event.data?.type === 'terugkeer:ready') this.handOverToken();
        if (event.data?.type === 'terugkeer:height') this.frame.style.height = `${Math.ceil(event.data.height)}px`;
      };
      window.addEventListener('message', this.onMessage);
      this.render();
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.onMessage);
    }

    attributeChangedCallback(name) {
      if (!this.isConnected) return;
      if (name === 'token' && this.frame) this.handOverToken();
      else this.render();
    }

    handOverToken() {
      const token = this.getAttribute('token');
      if (token && this.frame?.contentWindow) this.frame.contentWindow.postMessage({ type: 'terugkeer:token', token }, shellOrigin);
    }

    render() {
      const remote = this.getAttribute('remote') || 'employee';
      const lang = this.getAttribute('lang') === 'en' ? 'en' : 'nl';
      const frame = document.createElement('iframe');
      // Only a path of the shell itself: never another origin in the frame.
      const page = /^\/(?![/\\])/.test(this.getAttribute('page') || '') ? this.getAttribute('page') : '/';
      frame.src = `${new URL(page, shellOrigin).href.split(/[?#]/)[0]}?embed=${encodeURIComponent(remote)}&lang=${lang}`;
      frame.title = this.getAttribute('title') || `Terugkeer – ${TITLES[remote] || remote}`;
      frame.style.cssText = 'width:100%;min-height:480px;border:0;display:block';
      this.replaceChildren(frame);
      this.frame = frame;
    }
  }

  if (!customElements.get('terugkeer-widget')) customElements.define('terugkeer-widget', TerugkeerWidget);
})();
