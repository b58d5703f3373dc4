import type { LaterKit } from './later-parts.js';

export interface DiscardHandlers {
  /** "Yes": discard, then say `done` (the words that it is done). */
  discard: (done: string) => void;
  /** "No" or Escape: keep the draft. */
  keep: () => void;
}

/** The confirmation before a draft is discarded (Escape or "No" keeps it). */
export function discardConfirm(kit: LaterKit, h: DiscardHandlers) {
  const { html, t } = kit;
  return html`<div
    class="status warning discard"
    role="group"
    aria-labelledby="discard-question"
    aria-describedby="discard-text"
    tabindex="-1"
    id="discard-confirm"
    part="discard-confirm"
    @keydown=${(e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      h.keep();
    }}
  >
    <p class="status-title" id="discard-question">${t('discard.question')}</p>
    <p class="status-text" id="discard-text">${t('discard.text')}</p>
    <div class="actions">
      <button type="button" class="button" @click=${() => h.discard(t('discard.done'))}>${t('discard.yes')}</button>
      <button type="button" class="button secondary" @click=${h.keep}>${t('discard.no')}</button>
    </div>
  </div>`;
}
