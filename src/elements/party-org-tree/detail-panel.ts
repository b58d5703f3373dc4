import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { OrgsApi, SessionApi } from '../../adapters/contract.js';
import type { AdapterError } from '../../adapters/errors.js';
import type { Membership, OrgDetail, Person } from '../../domain/orgs.js';
import { hasPermission, type Session } from '../../domain/session.js';
import { AdapterCallController } from '../../controllers/adapter-call-controller.js';
import { CursorPagingController } from '../../controllers/cursor-paging-controller.js';
import { formatDate } from '../../i18n/format.js';
import { MEMBER_KIND_KEYS, POST_ROLE_KEYS } from './messages.js';
import { headText, kindText, type OrgTreeHost } from './tree-row.js';

const MEMBER_PAGE = 20;

/** The selected organisation's detail, its members (paged) and the session (for the masking hint). */
export class OrgDetailController implements ReactiveController {
  readonly detail: AdapterCallController<OrgDetail>;
  readonly members: CursorPagingController<Membership>;
  readonly session: AdapterCallController<Session>;
  id: string | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly apis: () => { orgs?: OrgsApi; session?: SessionApi },
    private readonly locale: () => string,
    onDetail: (detail: OrgDetail) => void,
  ) {
    this.detail = new AdapterCallController(host, { onComplete: onDetail });
    this.members = new CursorPagingController(host);
    this.session = new AdapterCallController(host);
    host.addController(this);
  }

  hostConnected(): void {}

  /** Loads the session once per adapter: it decides whether to explain masked phone numbers. */
  loadSession(): void {
    const api = this.apis().session;
    if (api) void this.session.run((signal) => api.current({ signal }));
  }

  open(id: string | null): void {
    this.id = id;
    const orgs = this.apis().orgs;
    if (!id || !orgs) {
      this.detail.abort();
      this.members.abort();
      return;
    }
    const locale = this.locale();
    void this.detail.run((signal) => orgs.get(id, { signal, locale }));
    void this.members.reset((cursor, signal) => orgs.members(id, { cursor, signal, locale, limit: MEMBER_PAGE }));
  }

  /** True when the session is known and may not see contact details. */
  get masked(): boolean {
    return this.session.status === 'complete' && !hasPermission(this.session.value, 'org:contact');
  }
}

export interface DetailView extends OrgTreeHost {
  ctl: OrgDetailController;
  /** Name from the tree, so the region is labelled before the detail arrives. */
  name: string;
  renderLoading: () => unknown;
  renderError: (error: AdapterError, retry: () => void) => unknown;
}

/** The detail region: labelled by the organisation's name, beside the tree on wide screens. */
export function renderDetailPanel(v: DetailView): unknown {
  const d = v.ctl.detail;
  return html`<section class="panel" part="detail" aria-labelledby="detail-heading">
    <h2 id="detail-heading" class="panel-title" tabindex="-1">${d.value?.organization.name ?? v.name}</h2>
    ${d.status === 'pending' ? v.renderLoading() : nothing}
    ${d.status === 'error' ? v.renderError(d.error!, () => void d.retry()) : nothing}
    ${d.status === 'complete' && d.value ? renderBody(v, d.value) : nothing}
  </section>`;
}

function renderBody(v: DetailView, detail: OrgDetail): unknown {
  const { t, ctl } = v;
  const org = detail.organization;
  return html`
    ${detail.path.length
      ? html`<nav class="path" aria-label=${t('orgTree.pathLabel')}>
          <ol>
            ${detail.path.map((p) => html`<li>${p.name}</li>`)}
          </ol>
        </nav>`
      : nothing}
    <p class="meta">
      ${kindText(org, t)} · ${headText(org, t)} · ${t('orgTree.members', { count: org.memberCount })} ·
      ${t('orgTree.detail.childCount', { count: org.childCount })}
    </p>
    ${ctl.masked ? html`<p class="status warning mask-hint" part="mask-hint">${t('orgTree.detail.maskedHint')}</p>` : nothing}
    <h3>${t('orgTree.detail.posts')}</h3>
    <ul class="people posts">
      ${detail.posts.map(
        (post) => html`<li class="person">
          <span class="role">${v.locale === 'zh-CN' ? post.label : t(POST_ROLE_KEYS[post.role])}</span>
          ${post.holder ? renderPerson(v, post.holder) : html`<span class="muted">${t('orgTree.detail.vacant')}</span>`}
        </li>`,
      )}
    </ul>
    <h3>${t('orgTree.detail.members')}</h3>
    ${renderMembers(v)}
  `;
}

function renderMembers(v: DetailView): unknown {
  const { t, ctl } = v;
  const m = ctl.members;
  if (m.loading) return v.renderLoading();
  if (m.error && !m.items.length) return v.renderError(m.error, () => void m.retry());
  if (m.started && !m.items.length) return html`<p class="muted">${t('orgTree.detail.noMembers')}</p>`;
  return html`<ul class="people members">
      ${m.items.map(
        (ms) => html`<li class="person">
          ${renderPerson(v, ms.person)}
          <span class="muted"
            >${t(MEMBER_KIND_KEYS[ms.kind])}${ms.startDate
              ? html` · ${t('orgTree.detail.since', { date: formatDate(ms.startDate, v.locale) })}`
              : nothing}</span
          >
        </li>`,
      )}
    </ul>
    ${m.total !== null ? html`<p class="muted">${t('orgTree.detail.shown', { shown: m.items.length, total: m.total })}</p>` : nothing}
    ${m.error ? v.renderError(m.error, () => void m.retry()) : nothing}
    ${m.hasMore && !m.error
      ? html`<button type="button" class="button secondary" part="more-members" ?disabled=${m.loadingMore} @click=${() => void m.loadMore()}>
          ${m.loadingMore ? t('common.loadingMore') : t('orgTree.detail.moreMembers')}
        </button>`
      : nothing}`;
}

function renderPerson(v: DetailView, p: Person): unknown {
  const { t } = v;
  return html`<span class="person-name">${p.name}</span>
    ${p.phone ? html`<span class="phone">${t('orgTree.detail.phone')}<span dir="ltr">${p.phone}</span></span>` : nothing}
    ${p.commitments.length
      ? html`<span class="commitments-label visually-hidden">${t('orgTree.detail.commitments')}</span>
          <ul class="commitments">
            ${p.commitments.map((c) => html`<li>${c}</li>`)}
          </ul>`
      : html`<span class="muted">${t('orgTree.detail.noCommitments')}</span>`}`;
}
