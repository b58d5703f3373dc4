import { cityDate } from '../../domain/city-clock.js';
import { html, nothing, type ReactiveController } from 'lit';
import type { Page } from '../../adapters/contract.js';
import { isAbortError, toAdapterError } from '../../adapters/errors.js';
import type { Volunteer, VolunteerQuery } from '../../domain/volunteers.js';
import { buildCsv } from '../shared/csv.js';
import { COLUMN_KEYS } from './messages.js';
import { volunteerText, type RosterContext, type VolunteerText } from './roster-context.js';

const PAGE = 200;
const COLUMNS: ReadonlyArray<keyof VolunteerText> = [
  'name',
  'teams',
  'skills',
  'availability',
  'area',
  'hours',
  'hoursTotal',
  'party',
  'phone',
  'idNumber',
  'joined',
];

type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; loaded: number; total: number }
  | { kind: 'done'; message: string; error?: boolean };

/**
 * Exports the current query to CSV: walks every page through the adapter (with progress and
 * a cancel button that aborts the request in flight), builds the file with the pure `buildCsv`
 * and downloads it through a Blob URL. Contact details are exported as the backend sent them: masked.
 */
export class CsvExport implements ReactiveController {
  state: ExportState = { kind: 'idle' };
  private controller?: AbortController;

  constructor(private readonly ctx: RosterContext) {
    ctx.host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  async start(query: VolunteerQuery): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const { signal } = controller;
    const rows: Volunteer[] = [];
    this.set({ kind: 'running', loaded: 0, total: 0 });
    try {
      let cursor: string | null = null;
      do {
        const page: Page<Volunteer> = await this.ctx.api().volunteers.query(query, { cursor, limit: PAGE, signal });
        rows.push(...page.items);
        cursor = page.nextCursor;
        this.set({ kind: 'running', loaded: rows.length, total: page.total ?? rows.length });
      } while (cursor && !signal.aborted);
      if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
      const header = COLUMNS.map((c) => this.ctx.t(COLUMN_KEYS[c]));
      const csv = buildCsv(
        header,
        rows.map((v) => {
          const text = volunteerText(this.ctx, v);
          return COLUMNS.map((c) => text[c]);
        }),
      );
      this.download(csv, `${this.ctx.t('vr.exportFile')}-${cityDate()}.csv`);
      this.finish(this.ctx.t('vr.exported', { count: rows.length }));
    } catch (e) {
      if (isAbortError(e) || signal.aborted) this.finish(this.ctx.t('vr.exportCancelled'));
      else this.finish(this.ctx.t('vr.exportFailed', { reason: this.ctx.errorText(toAdapterError(e)) }), true);
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }

  render(start: () => void) {
    const s = this.state;
    return html`<div class="export" part="export">
      ${s.kind === 'running'
        ? html`<progress max=${s.total || 1} .value=${s.loaded} aria-labelledby="export-progress"></progress>
            <span id="export-progress">${this.ctx.t('vr.exporting', { loaded: s.loaded, total: s.total })}</span>
            <button type="button" class="button secondary" @click=${() => this.cancel()}>${this.ctx.t('vr.exportCancel')}</button>`
        : html`<button type="button" class="button secondary" part="export-button" @click=${start}>${this.ctx.t('vr.export')}</button>`}
      ${s.kind === 'done' ? html`<span class=${s.error ? 'error-text' : ''}>${s.message}</span>` : nothing}
    </div>`;
  }

  private finish(message: string, error = false) {
    this.set({ kind: 'done', message, error });
    this.ctx.announce(message);
  }

  private set(state: ExportState) {
    this.state = state;
    this.ctx.host.requestUpdate();
  }

  private download(text: string, filename: string) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    this.ctx.host.shadowRoot?.append(link);
    link.click();
    link.remove();
    // Revoke after the click has been handled, or some browsers cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
