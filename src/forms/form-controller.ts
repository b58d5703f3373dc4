import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toAdapterError, type AdapterError } from '../adapters/errors.js';
import type { DraftController, DraftOptions } from '../controllers/draft-controller.js';
import { hasErrors, type FieldErrors } from '../domain/field-errors.js';
import { newIdempotencyKey } from '../domain/ids.js';
import { focusErrorSummary, renderErrorSummary, type SummaryError } from './error-summary.js';
import { FieldList, type FormField } from './field-list.js';

/** The element a form lives in. */
export interface FormHost extends ReactiveControllerHost {
  readonly shadowRoot: ShadowRoot | null;
}

/**
 * What is kept of a draft: the `DraftController` options but the initial value (the form's), and the
 * `DraftController` class itself. A form that keeps a draft passes it, so forms without one (the queue's bulk
 * action, the tracker's dialog) do not bundle it.
 */
export type FormDraftOptions<T> = Omit<DraftOptions<T>, 'initial'> & { controller: typeof DraftController };

export interface FormOptions<T extends object> {
  /** The empty form. */
  initial: () => T;
  /** Keep the values as a draft that survives a reload (its idempotency key is then the draft's). */
  draft?: FormDraftOptions<T>;
  /** The fields in page order, with their ids and labels, at the time of asking (labels follow the locale). */
  fields: () => readonly FormField[];
  /** The locale of the messages. */
  locale: () => string;
  /** The field an error on an unlisted path goes to; by default such errors are left out (see `FieldList`). */
  fallback?: (path: string) => FormField | undefined;
  /** The client-side check, with the domain's rules; empty when the values may be sent. */
  validate?: (values: T) => FieldErrors;
  /** Prefix of idempotency keys made here (a draft's keys are the draft's). Default `form`. */
  keyPrefix?: string;
  /**
   * What an edit after a send does to the key. `renew` (the default without a draft): the edited values are a
   * new attempt with a new key, and only an unchanged retry reuses the key. `keep` (the default with a draft):
   * the draft keeps its key until it is sent, so a backend that received an earlier version answers `conflict`
   * and the form can say so, instead of creating a second record.
   */
  keyAfterEdit?: 'renew' | 'keep';
  /** What takes focus after the render that follows an outcome (selectors in the host's shadow root). */
  focus?: {
    /** After a success (the confirmation). */
    success?: string;
    /** After a failure that is not about fields (the box with "try again"); null leaves focus where it is. */
    failure?: string | ((error: AdapterError) => string | null);
  };
}

/** How a `submit` ended. */
export type SubmitResult<R> =
  | { status: 'sent'; value: R }
  /** Field errors, from the client-side check or the backend's `validation`: shown, and the summary focused. */
  | { status: 'invalid'; errors: FieldErrors }
  /** Anything else went wrong: `failure` holds it; the values and the key are kept for "try again". */
  | { status: 'failed'; error: AdapterError }
  /** A submit was already in flight, or the form was reset or cleared while this one was. */
  | { status: 'busy' | 'stale' };

/** Sends the values with the attempt's idempotency key. */
export type SendFunction<T, R> = (values: T, idempotencyKey: string) => Promise<R>;

/** What templates read of a form, whatever its values: for helpers shared by a widget's forms. */
export interface FormView {
  readonly errors: FieldErrors;
  readonly submitting: boolean;
  readonly failure?: AdapterError;
  /** The values came back from a saved draft. */
  readonly restored: boolean;
  field(path: string): { id: string; error?: string };
  message(path: string): string | undefined;
  renderSummary(title: string): unknown;
}

/**
 * One form's state, for any widget: values (kept as a draft when asked), field errors, whether it
 * is sending, the last failure, and one idempotency key per attempt, so a retry never creates a
 * second record. `submit(send)` checks the values with the domain's rules, sends them, maps a
 * backend's `validation` error onto the fields, and after the render moves focus to the error
 * summary (GOV.UK), the failure box or the confirmation.
 */
export class FormController<T extends object, R = unknown> implements ReactiveController, FormView {
  errors: FieldErrors = {};
  submitting = false;
  failure?: AdapterError;
  /** The answer to the last successful submit (a receipt to confirm with), until the next submit or `reset`. */
  receipt?: R;

  private own: T;
  private draftController?: DraftController<T>;
  private key: string;
  /** The current key went to the backend. */
  private sent = false;
  /** Changed since the key went to the backend. */
  private editedSinceSend = false;
  /** Bumped by `reset` and `clear`: a submit in flight across one is stale. */
  private generation = 0;
  /** `summary`, or a selector, to focus after the next render. */
  private pendingFocus: string | null = null;

  constructor(
    private readonly host: FormHost,
    private readonly options: FormOptions<T>,
  ) {
    this.own = options.initial();
    this.key = newIdempotencyKey(options.keyPrefix ?? 'form');
    host.addController(this);
    if (options.draft) this.useDraft(options.draft);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const target = this.pendingFocus;
    if (!target) return;
    this.pendingFocus = null;
    const root = this.host.shadowRoot;
    if (target === 'summary') focusErrorSummary(root);
    else root?.querySelector<HTMLElement>(target)?.focus();
  }

  /** The draft behind the values, when the form keeps one. */
  get draft(): DraftController<T> | undefined {
    return this.draftController;
  }

  get restored(): boolean {
    return this.draftController?.restored ?? false;
  }

  get values(): T {
    return this.draftController?.value ?? this.own;
  }

  /** The key the next send uses (see `keyAfterEdit`). */
  get idempotencyKey(): string {
    return this.draftController?.idempotencyKey ?? this.key;
  }

  /** The fields, in order, as they are now. */
  get fields(): FieldList {
    return new FieldList(this.options.fields(), { locale: this.options.locale(), fallback: this.options.fallback });
  }

  /**
   * Keeps the values in another draft (a changed draft key): the current one is saved and let go, and
   * the other is restored. `undefined` stops keeping a draft.
   */
  useDraft(draft: FormDraftOptions<T> | undefined): void {
    const old = this.draftController;
    if (old) {
      old.flush();
      this.host.removeController(old);
    }
    if (draft) {
      const { controller: Draft, ...options } = draft;
      this.draftController = new Draft<T>(this.host, { ...options, initial: this.options.initial });
    } else this.draftController = undefined;
    this.errors = {};
    this.failure = undefined;
    this.sent = false;
    this.editedSinceSend = false;
    this.generation++;
  }

  /**
   * Merges a change into the values and re-renders. `save: false` for a value the widget fills in itself
   * (a preselection): a draft saves it with the next real change.
   */
  update(patch: Partial<T>, options: { save?: boolean } = {}): void {
    const values = this.values;
    const changed = (Object.keys(patch) as Array<keyof T>).some((k) => !Object.is(patch[k], values[k]));
    if (changed && this.sent) this.editedSinceSend = true;
    if (this.draftController) this.draftController.update(patch, options);
    else {
      this.own = { ...this.own, ...patch };
      this.host.requestUpdate();
    }
  }

  /** The client-side check of the current values. */
  validate(): FieldErrors {
    return this.options.validate?.(this.values) ?? {};
  }

  /**
   * Checks the values and, when they pass, sends them with the attempt's key. Never rejects: the
   * result says how it went, and `errors`, `failure` and focus are set for the next render.
   */
  async submit(send: SendFunction<T, R>): Promise<SubmitResult<R>> {
    if (this.submitting) return { status: 'busy' };
    this.receipt = undefined;
    const errors = this.validate();
    if (hasErrors(errors)) {
      this.showErrors(errors);
      return { status: 'invalid', errors };
    }
    return this.send(send);
  }

  /** Sends without the client-side check (a retry of what was already checked). */
  async send(send: SendFunction<T, R>): Promise<SubmitResult<R>> {
    if (this.submitting) return { status: 'busy' };
    const generation = this.generation;
    if (this.editedSinceSend && (this.options.keyAfterEdit ?? (this.draftController ? 'keep' : 'renew')) === 'renew') this.renewKey();
    this.submitting = true;
    this.failure = undefined;
    this.errors = {};
    this.sent = true;
    this.editedSinceSend = false;
    this.draftController?.flush();
    this.host.requestUpdate();
    try {
      const value = await send(this.values, this.idempotencyKey);
      if (generation !== this.generation) return { status: 'stale' };
      this.submitting = false;
      this.clear();
      this.receipt = value;
      this.focusAfterRender(this.options.focus?.success);
      return { status: 'sent', value };
    } catch (e) {
      if (generation !== this.generation) return { status: 'stale' };
      this.submitting = false;
      const error = toAdapterError(e);
      const fieldErrors = error.code === 'validation' ? this.fields.known(error.fieldErrors) : {};
      if (hasErrors(fieldErrors)) {
        this.showErrors(fieldErrors);
        return { status: 'invalid', errors: fieldErrors };
      }
      this.failure = error;
      const focus = this.options.focus?.failure;
      this.focusAfterRender(typeof focus === 'function' ? focus(error) : focus);
      return { status: 'failed', error };
    } finally {
      this.host.requestUpdate();
    }
  }

  /** Shows these errors inline and in the summary, which takes focus after the render. */
  showErrors(errors: FieldErrors): void {
    this.errors = errors;
    this.failure = undefined;
    this.focusAfterRender(hasErrors(errors) ? 'summary' : undefined);
  }

  /** Replaces the errors without moving focus (a step checked again, a photo refused as it was picked). */
  setErrors(errors: FieldErrors): void {
    this.errors = errors;
    this.host.requestUpdate();
  }

  /** Forgets the last failure (the person moved on); errors stay. */
  dismissFailure(): void {
    if (!this.failure) return;
    this.failure = undefined;
    this.host.requestUpdate();
  }

  /** Forgets errors, the failure, the receipt and any submit in flight; the values stay. */
  reset(): void {
    this.generation++;
    this.errors = {};
    this.failure = undefined;
    this.receipt = undefined;
    this.submitting = false;
    this.host.requestUpdate();
  }

  /** An empty form (with `patch` applied) and a new attempt: the draft is deleted and the key renewed. */
  clear(patch?: Partial<T>): void {
    this.reset();
    if (this.draftController) this.draftController.clear();
    else this.own = this.options.initial();
    this.key = newIdempotencyKey(this.options.keyPrefix ?? 'form');
    this.sent = false;
    this.editedSinceSend = false;
    if (patch) this.update(patch, { save: false });
  }

  /** A new key for the same values: the next send is a new request (e.g. "send my changes as a new report"). */
  renewKey(): void {
    if (this.draftController) this.draftController.renewKey();
    this.key = newIdempotencyKey(this.options.keyPrefix ?? 'form');
    this.sent = false;
    this.editedSinceSend = false;
  }

  /** Moves focus after the next render: `summary` (the error summary) or a selector in the shadow root. */
  focusAfterRender(target: string | null | undefined): void {
    if (!target) return;
    this.pendingFocus = target;
    this.host.requestUpdate();
  }

  /** The message of the error at `path`, if any. */
  message(path: string): string | undefined {
    return this.fields.message(path, this.errors);
  }

  /** The summary's entries, in field order. */
  summary(): SummaryError[] {
    return this.fields.summary(this.errors);
  }

  /** A field's id and error message, to spread into a field template. */
  field(path: string): { id: string; error?: string } {
    const f = this.fields.find(path);
    return { id: f?.id ?? path, error: this.message(path) };
  }

  /** The GOV.UK error summary of the current errors. */
  renderSummary(title: string) {
    return renderErrorSummary(title, this.summary(), this.host.shadowRoot);
  }
}
