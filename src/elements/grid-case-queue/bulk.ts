import { html, nothing, type ReactiveController } from 'lit';
import { toAdapterError, type AdapterError } from '../../adapters/errors.js';
import { allowedActions } from '../../domain/case-machine.js';
import type { CaseActionRequest, CaseSummary, Department, GridCase } from '../../domain/cases.js';
import { newIdempotencyKey } from '../../domain/ids.js';
import type { Session } from '../../domain/session.js';
import { failureBox, submitButton, type FormController, type FormHost } from '../../forms/index.js';
import { actionForm, buildRequest, renderActionFields, type ActionValues } from '../grid-case-tracker/action-forms.js';
import type { ViewContext } from '../grid-case-tracker/view-context.js';
import type { QueueT } from './messages.js';

/** The actions the queue takes on several cases at once. */
export type BulkAction = 'accept' | 'dispatch';

/** Detail of `gr-queue-bulk`: how a bulk action ended. */
export interface QueueBulkDetail {
  action: BulkAction;
  /** Ids of the cases the action was done to (in this and earlier tries of the same batch). */
  done: string[];
  /** Ids of the cases it failed for, with the error code. */
  failed: { caseId: string; code: AdapterError['code'] }[];
  /** Ids of the selected cases that could not take the action and were left alone. */
  skipped: string[];
}

export interface BulkHost extends FormHost {
  /** Sends one action for one case. */
  act(caseId: string, request: CaseActionRequest): Promise<GridCase>;
  /** A case changed: update its row. */
  caseChanged(kase: GridCase): void;
  /** Loads the departments to dispatch to. */
  loadDepartments(): Promise<void>;
  /** The batch ended (for the event and the selection). */
  bulkEnded(detail: QueueBulkDetail): void;
}

interface Batch {
  action: BulkAction;
  /** The cases to act on, in the order they were selected. */
  cases: CaseSummary[];
  skipped: CaseSummary[];
  /** One idempotency key per case, kept for a retry of the batch. */
  keys: Map<string, string>;
  done: Set<string>;
  failed: Map<string, AdapterError>;
  prepareError?: AdapterError;
}

/**
 * Accept or dispatch the selected cases together: one form (through `FormController`, with the
 * tracker's action fields and checks), then one `cases.act` per case, each with its own idempotency
 * key. A partial failure is listed per case; "try again" sends only the failed ones, with the keys
 * they had, and never the ones that succeeded, so nothing is done twice.
 */
export class BulkController implements ReactiveController {
  batch?: Batch;
  private view?: ViewContext;
  private readonly form: FormController<ActionValues, number>;

  constructor(private readonly host: BulkHost) {
    host.addController(this);
    const current = () => (this.batch && this.view ? { action: this.batch.action, view: this.view } : undefined);
    this.form = actionForm<number>(host, current, { keyPrefix: 'bulk', focus: { failure: '#bulk-result', success: '#bulk-result' } });
  }

  hostConnected(): void {}

  /** The selected cases that can take `action` now, as far as the row tells. */
  static eligible(session: Session | null, action: BulkAction, kase: CaseSummary): boolean {
    return allowedActions(session, { ...kase, mine: false }).includes(action);
  }

  get busy(): boolean {
    return this.form.submitting;
  }

  /** Starts a batch for the selected cases (those that cannot take the action are skipped and said so). */
  async open(action: BulkAction, selected: readonly CaseSummary[], session: Session | null): Promise<void> {
    if (this.form.submitting) return;
    const cases = selected.filter((k) => BulkController.eligible(session, action, k));
    const skipped = selected.filter((k) => !cases.includes(k));
    this.batch = { action, cases, skipped, keys: new Map(), done: new Set(), failed: new Map() };
    this.form.clear();
    this.host.requestUpdate();
    if (action === 'dispatch') {
      try {
        await this.host.loadDepartments();
      } catch (e) {
        if (this.batch) this.batch.prepareError = toAdapterError(e);
      }
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('#bulk-form select, #bulk-form textarea, #bulk-form button[type="submit"]')?.focus();
  }

  close(): void {
    if (this.form.submitting) return;
    this.batch = undefined;
    this.form.reset();
    this.host.requestUpdate();
  }

  private async submit(check: boolean): Promise<void> {
    const b = this.batch;
    if (!b) return;
    const send = async (values: ActionValues) => {
      for (const kase of b.cases) {
        if (b.done.has(kase.id)) continue;
        let key = b.keys.get(kase.id);
        if (!key) b.keys.set(kase.id, (key = newIdempotencyKey(`bulk-${b.action}`)));
        try {
          const updated = await this.host.act(kase.id, buildRequest(b.action, values, key));
          b.done.add(kase.id);
          b.failed.delete(kase.id);
          this.host.caseChanged(updated);
        } catch (e) {
          b.failed.set(kase.id, toAdapterError(e));
        }
        this.host.requestUpdate();
      }
      this.host.bulkEnded({
        action: b.action,
        done: [...b.done],
        failed: [...b.failed].map(([caseId, error]) => ({ caseId, code: error.code })),
        skipped: b.skipped.map((k) => k.id),
      });
      const first = b.failed.values().next();
      if (!first.done) throw first.value;
      return b.done.size;
    };
    if (check) await this.form.submit(send);
    else await this.form.send(send);
  }

  render(ctx: ViewContext & { t: QueueT }, departments: readonly Department[]) {
    const b = this.batch;
    if (!b) return nothing;
    this.view = ctx;
    const { t, errorText } = ctx;
    const f = this.form;
    const count = b.cases.length;
    const finished = b.done.size > 0 && b.failed.size === 0 && !f.submitting;
    const title = t(b.action === 'accept' ? 'queue.bulk.acceptTitle' : 'queue.bulk.dispatchTitle', { count });
    return html`<section class="bulk-panel" part="bulk-panel" aria-labelledby="bulk-title">
      <h3 id="bulk-title" class="heading heading-1">${title}</h3>
      ${b.skipped.length ? html`<p class="hint">${t('queue.bulk.skipped', { count: b.skipped.length })}</p>` : nothing}
      ${this.renderResult(t, b, errorText)}
      ${finished || count === 0
        ? html`<div class="actions">
            <button type="button" class="button secondary" @click=${() => this.close()}>${t('queue.bulk.close')}</button>
          </div>`
        : html`<form id="bulk-form" novalidate @submit=${(e: Event) => (e.preventDefault(), void this.submit(b.failed.size === 0))}>
            ${f.renderSummary(t('queue.bulk.errorSummary'))}
            ${b.prepareError
              ? failureBox({ text: errorText(b.prepareError), actions: html`<button type="button" class="button secondary" @click=${() => void this.open(b.action, [...b.cases, ...b.skipped], null)}>${t('common.retry')}</button>` })
              : renderActionFields(ctx, { action: b.action, values: f.values, form: f, departments, onChange: (p) => !f.submitting && f.update(p) })}
            <div class="actions">
              ${submitButton({
                part: 'bulk-confirm',
                busy: f.submitting,
                busyLabel: t('queue.bulk.sending'),
                label: b.failed.size ? t('queue.bulk.retry') : t('queue.bulk.confirm'),
              })}
              <button type="button" class="button secondary" part="bulk-cancel" @click=${() => this.close()}>${t('common.cancel')}</button>
            </div>
          </form>`}
    </section>`;
  }

  private renderResult(t: QueueT, b: Batch, errorText: (e: AdapterError) => string) {
    if (!b.done.size && !b.failed.size) return nothing;
    const numberOf = (id: string) => b.cases.find((k) => k.id === id)?.publicNumber ?? id;
    return html`<div id="bulk-result" class="status ${b.failed.size ? 'error' : 'success'}" role=${b.failed.size ? 'alert' : 'status'} tabindex="-1" part="bulk-result">
      ${b.done.size ? html`<p class="status-title">${t('queue.bulk.done', { count: b.done.size })}</p>` : nothing}
      ${b.failed.size
        ? html`<p class="status-title">${t('queue.bulk.failed', { count: b.failed.size })}</p>
            <ul class="bulk-failures">
              ${[...b.failed].map(([id, error]) => html`<li data-case=${id}>${t('queue.bulk.caseFailed', { number: numberOf(id), reason: errorText(error) })}</li>`)}
            </ul>`
        : nothing}
    </div>`;
  }
}
