import type { CaseSummary } from '../../../domain/cases.js';
import type { LaterKit } from '../later-parts.js';

export interface SimilarHandlers {
  cases: readonly CaseSummary[];
  /** False for a visitor who is not signed in: following needs an identity. */
  canFollow: boolean;
  /** The id being followed, while the call is in flight. */
  following: string | null;
  error: string | null;
  follow: (summary: CaseSummary) => void;
}

/** Between place and details: open cases of the same kind nearby, to follow instead of reporting again. */
export function similarStep(kit: LaterKit, h: SimilarHandlers) {
  const { html, nothing, t } = kit;
  return html`
    <p>${t('similar.intro')}</p>
    ${h.error ? html`<div class="status error" role="alert"><p class="status-text">${h.error}</p></div>` : nothing}
    ${h.canFollow ? nothing : html`<p class="hint">${t('similar.signIn')}</p>`}
    <ul class="similar-list">
      ${h.cases.map(
        (c) => html`<li class="similar-case">
          <h3 class="similar-title" id="similar-${c.id}">${c.categoryName} · ${c.publicNumber}</h3>
          <p class="similar-meta">
            <span class="tag">${kit.state(c.status)}</span>
            ${t('similar.reported', { date: kit.date(c.createdAt) })} ·
            ${t('similar.followers', { count: c.followers })}
          </p>
          <p class="similar-text">${c.description}</p>
          <p class="hint">${c.location.address || c.location.areaPath.map((a) => a.name).join(' ')}</p>
          ${h.canFollow
            ? html`<button type="button" class="button secondary" aria-describedby="similar-${c.id}"
                ?disabled=${h.following !== null} @click=${() => h.follow(c)}>
                ${h.following === c.id ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
                ${t('similar.follow')}
              </button>`
            : nothing}
        </li>`,
      )}
    </ul>
  `;
}
