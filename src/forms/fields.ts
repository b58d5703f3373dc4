import { html, noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { MessageParams } from '../i18n/translator.js';
import { describedBy, renderFieldError } from './error-summary.js';

/**
 * The one set of field templates, GOV.UK order: label (or legend), hint, error, control. Every
 * widget's forms render through these, so ids, `aria-describedby` and the words around a control
 * are the same everywhere:
 * - the hint is `${id}-hint`, the error `${id}-error`; `aria-describedby` lists the hint, then the
 *   error, then any extra ids (a counter); a group puts it on its `<fieldset>`;
 * - the error starts with a visually hidden "Error:" (`a11y.errorPrefix`);
 * - an optional field says so once, in the shared catalogue's words (`field.optional`);
 * - `aria-invalid` is set on a control with an error.
 */

/** The shared words the templates use; a widget's `t` fits. */
export type FormMessageKey = 'field.optional' | 'a11y.errorPrefix' | 'form.counter.left' | 'form.counter.over';
export type FormText = (key: FormMessageKey, params?: MessageParams) => string;

/** What every field shows around its control. */
export interface FieldChrome {
  /** Id of the control; for a group the base of its ids (the first option's id unless options name their own). */
  id: string;
  /** The label, or a group's legend. */
  label: unknown;
  hint?: unknown;
  /** The error message, in words (see `FormController.field`). */
  error?: string;
  /** Says "(optional)" after the label. */
  optional?: boolean;
  /** More ids after the hint and the error in `aria-describedby`. */
  describedBy?: readonly string[];
  /** Shown between the error and the control (a note, previews). */
  before?: unknown;
  /** Shown after the control (the chosen files). */
  after?: unknown;
  /** More classes on the field's wrapper. */
  class?: string;
  /** Base of the hint and error ids (`${idBase}-hint`, `${idBase}-error`); default `id`. */
  idBase?: string;
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** `aria-describedby` for a field: its hint, its error, then the extra ids. */
export function fieldDescribedBy(f: Pick<FieldChrome, 'id' | 'idBase' | 'hint' | 'error' | 'describedBy'>) {
  const base = f.idBase ?? f.id;
  return describedBy(f.hint ? hintId(base) : undefined, f.error ? errorId(base) : undefined, ...(f.describedBy ?? []));
}

function labelText(t: FormText, label: unknown, optional?: boolean) {
  return optional ? html`${label} <span class="optional">${t('field.optional')}</span>` : label;
}

function wrapperClass(f: FieldChrome): string {
  return ['field', f.class, f.error ? 'has-error' : ''].filter(Boolean).join(' ');
}

function hintAndError(t: FormText, f: FieldChrome) {
  const base = f.idBase ?? f.id;
  return html`${f.hint ? html`<span class="hint" id=${hintId(base)}>${f.hint}</span>` : nothing}
  ${renderFieldError(errorId(base), f.error, t('a11y.errorPrefix'))}`;
}

/**
 * The wrapper of a single control: label for `id`, hint, error, then the control. For a composite
 * control (the area picker's selects) or a read-only stand-in, `labelFor: false` renders the label as text.
 */
export function fieldShell(t: FormText, f: FieldChrome, control: unknown, options: { labelFor?: boolean } = {}) {
  const label = labelText(t, f.label, f.optional);
  return html`<div class=${wrapperClass(f)}>
    ${options.labelFor === false ? html`<p class="label">${label}</p>` : html`<label class="label" for=${f.id}>${label}</label>`}
    ${hintAndError(t, f)} ${f.before ?? nothing} ${control} ${f.after ?? nothing}
  </div>`;
}

/** A fieldset with a legend, hint and error; `aria-describedby` on the fieldset. */
export function groupShell(t: FormText, f: FieldChrome, content: unknown, options: { legendHidden?: boolean } = {}) {
  return html`<div class=${wrapperClass(f)}>
    <fieldset aria-describedby=${fieldDescribedBy(f)}>
      <legend class=${options.legendHidden ? 'visually-hidden' : nothing}>${labelText(t, f.label, f.optional)}</legend>
      ${hintAndError(t, f)} ${f.before ?? nothing} ${content} ${f.after ?? nothing}
    </fieldset>
  </div>`;
}

/** What a control carries of its field: its name and the wiring of its descriptions and state. */
interface ControlWiring extends Pick<FieldChrome, 'id' | 'idBase' | 'hint' | 'error' | 'describedBy'> {
  name?: string;
  required?: boolean;
  autocomplete?: string;
}

function setAttribute(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * Keeps a control's `name`, `required`, `autocomplete`, `aria-describedby` (hint, then error, then extra ids) and
 * `aria-invalid` in step with its field: one place for what every kind of control needs (as Vaadin's field mixin
 * sets them on its input), whatever the element.
 */
class FieldControlDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('fieldControl() belongs on a form control element.');
  }

  render(_field: ControlWiring) {
    return noChange;
  }

  override update(part: ElementPart, [f]: [ControlWiring]) {
    const el = part.element;
    setAttribute(el, 'name', f.name);
    setAttribute(el, 'autocomplete', f.autocomplete);
    el.toggleAttribute('required', f.required ?? false);
    const described = fieldDescribedBy(f);
    setAttribute(el, 'aria-describedby', described === nothing ? undefined : described);
    setAttribute(el, 'aria-invalid', f.error ? 'true' : 'false');
    return noChange;
  }
}

export const fieldControl = directive(FieldControlDirective);

type InputMode = 'decimal' | 'numeric' | 'tel' | 'text' | 'search' | 'email' | 'url';

interface InputProps extends FieldChrome {
  value: string;
  onInput: (value: string) => void;
  name?: string;
  required?: boolean;
  autocomplete?: string;
  /** A counter of characters left, under the control (its id joins `aria-describedby`). */
  counter?: CounterProps;
}

export interface CounterProps {
  max: number;
  /** Default `${id}-counter`. */
  id?: string;
  /** Announce changes as the person types. */
  live?: boolean;
}

function counter(t: FormText, f: InputProps) {
  const c = f.counter;
  if (!c) return nothing;
  const left = c.max - f.value.length;
  return html`<span class="counter ${left < 0 ? 'over' : ''}" id=${c.id ?? `${f.id}-counter`} aria-live=${c.live ? 'polite' : nothing}
    >${left < 0 ? t('form.counter.over', { count: -left }) : t('form.counter.left', { count: left })}</span
  >`;
}

function withCounter<P extends InputProps>(f: P): P {
  return f.counter ? { ...f, describedBy: [...(f.describedBy ?? []), f.counter.id ?? `${f.id}-counter`] } : f;
}

export interface TextFieldProps extends InputProps {
  type?: 'text' | 'tel' | 'email' | 'search' | 'url';
  inputmode?: InputMode;
  maxlength?: number;
  spellcheck?: boolean;
  enterkeyhint?: 'search' | 'done' | 'go' | 'next' | 'send';
  /** Wraps the control (the lookup form puts its button beside it). */
  wrap?: (control: unknown) => unknown;
}

function input(f: Omit<TextFieldProps, 'type'> & { type?: string; max?: string; min?: string }) {
  return html`<input
    class="input"
    id=${f.id}
    type=${f.type ?? 'text'}
    inputmode=${ifDefined(f.inputmode)}
    maxlength=${ifDefined(f.maxlength)}
    max=${ifDefined(f.max)}
    min=${ifDefined(f.min)}
    spellcheck=${ifDefined(f.spellcheck === undefined ? undefined : String(f.spellcheck))}
    enterkeyhint=${ifDefined(f.enterkeyhint)}
    ${fieldControl(f)}
    .value=${live(f.value)}
    @input=${(e: Event) => f.onInput((e.target as HTMLInputElement).value)}
  />`;
}

/** A one-line text input (`type` text, tel, email, search or url). */
export function textField(t: FormText, props: TextFieldProps) {
  const f = withCounter(props);
  const control = input(f);
  return fieldShell(t, { ...f, after: html`${counter(t, f)}${f.after ?? nothing}` }, f.wrap ? f.wrap(control) : control);
}

export interface NumberFieldProps extends InputProps {
  /** `decimal` (default) or `numeric` for whole numbers. */
  inputmode?: 'decimal' | 'numeric';
}

/** A number, typed as text with a numeric keyboard (GOV.UK: no `type=number` spinner); the value stays as typed. */
export function numberField(t: FormText, f: NumberFieldProps) {
  return fieldShell(t, f, input({ ...f, inputmode: f.inputmode ?? 'decimal' }));
}

export interface DateTimeFieldProps extends InputProps {
  /** `date` or `datetime-local` (default). */
  type?: 'date' | 'datetime-local';
  max?: string;
  min?: string;
}

/** A date, or a date and time, with the browser's picker. */
export function dateTimeField(t: FormText, f: DateTimeFieldProps) {
  return fieldShell(t, f, input({ ...f, type: f.type ?? 'datetime-local' }));
}

export interface TextareaFieldProps extends InputProps {
  rows?: number;
}

/** Several lines of text, with an optional counter of characters left. */
export function textareaField(t: FormText, props: TextareaFieldProps) {
  const f = withCounter(props);
  return fieldShell(
    t,
    { ...f, after: html`${counter(t, f)}${f.after ?? nothing}` },
    html`<textarea
      class="textarea"
      id=${f.id}
      rows=${f.rows ?? 4}
      ${fieldControl(f)}
      .value=${live(f.value)}
      @input=${(e: Event) => f.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>`,
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectGroup {
  label: string;
  options: readonly SelectOption[];
}

export interface SelectFieldProps extends FieldChrome {
  value: string;
  onChange: (value: string) => void;
  /** Options, or labelled groups of options (`<optgroup>`). */
  options: ReadonlyArray<SelectOption | SelectGroup>;
  name?: string;
  required?: boolean;
  disabled?: boolean;
}

function option(o: SelectOption, value: string) {
  return html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`;
}

/** A labelled select; the chosen option is marked `selected`, so it holds while options load. */
export function selectField(t: FormText, f: SelectFieldProps) {
  return fieldShell(
    t,
    f,
    html`<select
      class="select"
      id=${f.id}
      ?disabled=${f.disabled ?? false}
      ${fieldControl(f)}
      @change=${(e: Event) => f.onChange((e.target as HTMLSelectElement).value)}
    >
      ${f.options.map((o) =>
        'options' in o ? html`<optgroup label=${o.label}>${o.options.map((x) => option(x, f.value))}</optgroup>` : option(o, f.value),
      )}
    </select>`,
  );
}

export interface FileFieldProps extends FieldChrome {
  onFiles: (files: File[]) => void;
  accept?: string;
  multiple?: boolean;
  name?: string;
  /** Empties the input after each pick, so the same file can be picked again (the list lives elsewhere). */
  resetAfterPick?: boolean;
}

/** A file input. */
export function fileField(t: FormText, f: FileFieldProps) {
  return fieldShell(
    t,
    f,
    html`<input
      class="file-input"
      type="file"
      id=${f.id}
      accept=${ifDefined(f.accept)}
      ?multiple=${f.multiple ?? false}
      ${fieldControl(f)}
      @change=${(e: Event) => {
        const target = e.target as HTMLInputElement;
        const files = [...(target.files ?? [])];
        if (f.resetAfterPick) target.value = '';
        f.onFiles(files);
      }}
    />`,
  );
}

export interface ChoiceOption {
  value: string;
  label: unknown;
  hint?: unknown;
  /** Default: the group's id for the first option, `${id}-${index}` after it. */
  id?: string;
}

interface GroupProps extends FieldChrome {
  options: readonly ChoiceOption[];
  /** Default: the group's id. */
  name?: string;
  /** Options side by side (yes / no). */
  inline?: boolean;
  legendHidden?: boolean;
}

export interface ChoiceInputProps {
  type: 'radio' | 'checkbox';
  id: string;
  name: string;
  value: string;
  label: unknown;
  hint?: unknown;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One radio or checkbox inside its label (a larger target), with its own hint, `${id}-item-hint`. */
export function choiceInput(o: ChoiceInputProps) {
  const hint = o.hint ? `${o.id}-item-hint` : undefined;
  return html`<label class="choice" for=${o.id}>
    <input
      id=${o.id}
      type=${o.type}
      name=${o.name}
      .value=${o.value}
      .checked=${live(o.checked)}
      aria-describedby=${ifDefined(hint)}
      @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
    />
    <span class="choice-text">${o.label}${o.hint ? html`<span class="hint option-hint" id=${hint!}>${o.hint}</span>` : nothing}</span>
  </label>`;
}

/** The id of a group's option. */
export function optionId(groupId: string, option: Pick<ChoiceOption, 'id'>, index: number): string {
  return option.id ?? (index === 0 ? groupId : `${groupId}-${index}`);
}

function group(t: FormText, f: GroupProps, type: 'radio' | 'checkbox', isChecked: (v: string) => boolean, onChange: (v: string, on: boolean) => void) {
  return groupShell(
    t,
    f,
    html`<div class="choices ${f.inline ? 'inline' : ''}">
      ${f.options.map((o, i) =>
        choiceInput({
          type,
          id: optionId(f.id, o, i),
          name: f.name ?? f.id,
          value: o.value,
          label: o.label,
          hint: o.hint,
          checked: isChecked(o.value),
          onChange: (on) => onChange(o.value, on),
        }),
      )}
    </div>`,
    { legendHidden: f.legendHidden },
  );
}

export interface RadioGroupProps extends GroupProps {
  /** The chosen value, or null for none. */
  value: string | null;
  onChange: (value: string) => void;
}

/** Radios in a fieldset: one choice. */
export function radioGroup(t: FormText, f: RadioGroupProps) {
  return group(t, f, 'radio', (v) => v === f.value, (v) => f.onChange(v));
}

export interface CheckboxGroupProps extends GroupProps {
  values: readonly string[];
  /** The new list, in the order of the options. */
  onChange: (values: string[]) => void;
}

/** Checkboxes in a fieldset: any number of choices. */
export function checkboxGroup(t: FormText, f: CheckboxGroupProps) {
  return group(
    t,
    f,
    'checkbox',
    (v) => f.values.includes(v),
    (v, on) => f.onChange(f.options.map((o) => o.value).filter((x) => (x === v ? on : f.values.includes(x)))),
  );
}
