import type { LaterKit } from './later-parts.js';

/** What a `conflict` on send says: the case the draft's idempotency key already created, when the backend names it. */
export interface AlreadyReceived {
  caseId?: string;
  publicNumber?: string;
}

export interface ReceivedHandlers {
  /** The `tracker-href` link for the case, if the portal set one. */
  href: string | undefined;
  keep: () => void;
  sendAsNew: () => void;
}

/** The case the draft's key already created, with a way to follow it, keep it, or send the changes as new. */
export function receivedBox(kit: LaterKit, received: AlreadyReceived, h: ReceivedHandlers) {
  const { html, nothing, t } = kit;
  const number = received.publicNumber;
  return html`<div class="status success already-received" role="alert" tabindex="-1" id="already-received" part="already-received">
    <p class="status-title">${number ? t('received.title', { number }) : t('received.titleNoNumber')}</p>
    <p class="status-text">${t('received.text')}</p>
    ${h.href ? html`<p class="status-text"><a part="tracker-link" href=${h.href}>${t('success.track')}</a></p>` : nothing}
    <div class="actions">
      ${received.caseId && number ? html`<button type="button" class="button" @click=${h.keep}>${t('received.keep')}</button>` : nothing}
      <button type="button" class="button secondary" @click=${h.sendAsNew}>${t('received.sendAsNew')}</button>
    </div>
  </div>`;
}
