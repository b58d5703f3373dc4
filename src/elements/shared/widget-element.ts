import { consume } from '@lit/context';
import { html, LitElement, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Adapter, AdapterGroup } from '../../adapters/contract.js';
import type { AdapterError } from '../../adapters/errors.js';
import { validatingGroups } from '../../adapters/validating-core.js';
import { adapterContext } from '../../context/adapter-context.js';
import { displayContext, parseTheme, type DisplayOptions, type Theme } from '../../context/display-context.js';
import { ensureContextRoot } from '../../context/context-root.js';
import { LiveAnnouncer } from '../../controllers/live-announcer.js';
import { isKnownLocale, pageMessageLocale, resolveLocale, resolveMessageLocale, type Locale, type LocaleTag } from '../../i18n/locales.js';
import { messagesVersion, onMessagesChanged } from '../../i18n/message-store.js';
import { loadMessages, messagesLoaded, type Messages } from '../../i18n/lazy-messages.js';
import { sharedMessages, type SharedMessageKey } from '../../i18n/messages/index.js';
import { createTranslator, type MessageParams, type Translator } from '../../i18n/translator.js';
import { shared } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { VERSION } from '../../version.js';
import { observePageLang } from './page-lang-observer.js';
import { extendHost, type AdapterNeeds, type NoAdapterNeeds, type ValidatedAdapter, type WidgetHost } from './widget-host.js';

/** The one word shown before a widget's catalogue has arrived (the catalogues are fetched per locale). */
const LOADING_WORD: Readonly<Record<Locale, string>> = { 'zh-CN': '正在加载…', en: 'Loading…' };

/**
 * Base class of every widget. It resolves the adapter and the display
 * options (own property/attribute first, then the nearest
 * `<grassroots-provider>`, then the page), builds the translator, and shows
 * a "not configured" state when there is no adapter.
 *
 * Subclasses implement `renderContent()` and may set `static messages`
 * (their own catalogue, merged over the shared one) and
 * `static adapterNeeds` (`adapterNeeds(required, optional)`: the adapter
 * groups they need and use, with their response schemas).
 *
 * `K` is the widget's own message keys (`BundleKeys<typeof myMessages>`):
 * `t()` takes those and the shared keys only, so a typo is a compile error
 * (without `K`, the shared keys only).
 * `N` is the type of `static adapterNeeds` (`typeof NEEDS`): `this.adapterApi`
 * has its required groups and, possibly, its optional ones.
 * Terms a portal registers with `registerMessages` apply at once: the
 * widget re-renders.
 *
 * The catalogues load per locale (`lazyMessages`): until the effective
 * locale's words have arrived, a widget that has shown none yet shows a
 * loading state and does not update (no `willUpdate`, `adapterChanged` or
 * render runs; the properties changed meanwhile are handed to the update
 * that follows), and one that has keeps its old language, so raw keys never
 * show. `updateComplete` waits for the words.
 *
 * The effective display options are reflected to the host as
 * `effective-theme` (`light` | `dark` | `auto`) and the boolean
 * `effective-elder-friendly`, which the design tokens select on. Those two
 * attributes are managed by the element; the `theme` and `elder-friendly`
 * attributes are never written, so they always say what the page set.
 *
 * @attr {string} locale - `zh-CN`, `en` or a locale registered with `registerMessages` (other tags are resolved, e.g. `zh-Hans` → `zh-CN`). Unset: the provider's locale, else the page's `lang`, else `zh-CN`.
 * @attr {'light'|'dark'|'auto'} theme - Colour scheme. Unset: the provider's theme, else `light`.
 * @attr {boolean} elder-friendly - Large type, higher contrast and bigger targets. Also on when the provider has it.
 * @csspart base - The wrapper around the widget's content; carries `lang`.
 * @csspart not-configured - The "not configured" message box.
 * @csspart loading - The loading state.
 * @csspart error - The error state box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart empty - The empty state.
 *
 * @cssprop --gr-color-text - Body text colour (`--gr-dark-color-text`, `--gr-elder-color-text`, `--gr-elder-dark-color-text` for the other modes; likewise for every colour below).
 * @cssprop --gr-color-text-muted - Secondary text.
 * @cssprop --gr-color-surface - Background.
 * @cssprop --gr-color-surface-raised - Cards, alert boxes.
 * @cssprop --gr-color-border - Borders (≥ 3:1 on the surface).
 * @cssprop --gr-color-primary - Primary actions and links.
 * @cssprop --gr-color-primary-contrast - Text on primary.
 * @cssprop --gr-color-accent - Civic red accent.
 * @cssprop --gr-color-accent-contrast - Text on accent.
 * @cssprop --gr-color-focus - Focus ring.
 * @cssprop --gr-color-focus-text - Outline and text on the focus colour.
 * @cssprop --gr-color-success - Success.
 * @cssprop --gr-color-warning - Warning.
 * @cssprop --gr-color-danger - Errors.
 * @cssprop --gr-color-info - Information.
 * @cssprop --gr-font-family - Font stack, Chinese fonts first.
 * @cssprop --gr-font-size-base - Body size (`--gr-elder-font-size-base` in elder-friendly mode).
 * @cssprop --gr-line-height - Body line height.
 * @cssprop --gr-radius - Corner radius.
 * @cssprop --gr-target-size - Minimum clickable size (`--gr-elder-target-size`).
 * @cssprop --gr-motion-duration - Transition length (0ms with reduced motion).
 */
export abstract class GrassrootsElement<K extends string = never, N extends AdapterNeeds = NoAdapterNeeds> extends LitElement {
  /** The library version, compared by `define` when two copies meet. */
  static readonly version: string = VERSION;

  static override styles = [tokens, shared];

  /**
   * The widget's own catalogue, merged over the shared one; usually `lazyMessages`, fetched per locale. A list
   * when it needs more (a widget with a form adds `validationMessages`, the field-error words).
   */
  static messages?: Messages<string> | readonly Messages<string>[];

  /**
   * What the widget needs from an adapter (`adapterNeeds(required, optional)`): with a required group
   * missing it shows "not configured"; `this.adapterApi` checks every response of the groups named.
   */
  static adapterNeeds?: AdapterNeeds;

  /**
   * The data source. Set it directly, or let the nearest
   * `<grassroots-provider>` supply it; this property wins over the provider.
   * Property only (an adapter is an object, not an attribute).
   */
  @property({ attribute: false }) adapter?: Adapter;

  /** Locale as set on this element (`locale` attribute); see `effectiveLocale`. */
  @property() locale?: string;

  /** Colour scheme as set on this element (`theme` attribute); see `effectiveTheme`. */
  @property() theme?: Theme;

  /** Elder-friendly mode as set on this element (`elder-friendly` attribute). */
  @property({ type: Boolean, attribute: 'elder-friendly' }) elderFriendly = false;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  protected contextAdapter?: Adapter;

  @consume({ context: displayContext, subscribe: true })
  @state()
  protected contextDisplay?: DisplayOptions;

  /** Bumped when a page `lang` changes or a portal registers terms, to re-render. */
  @state() private pageLangVersion = 0;

  private translator?: Translator<K | SharedMessageKey>;
  /** The fetch of a locale's catalogues under way, and its locale. */
  private wordsLoading?: { tag: LocaleTag; done: Promise<void> };
  /** What changed while the first words were on their way (old values), for the update after they arrive. */
  private heldChanges?: Map<PropertyKey, unknown>;
  private localeMemo?: { own: string | undefined; display: DisplayOptions | undefined; version: number; tag: LocaleTag | undefined };
  private cachedPageLocale?: LocaleTag;
  private unobserveLang?: () => void;
  private unobserveMessages?: () => void;
  private warnedNotConfigured = false;
  private warnTimer?: ReturnType<typeof setTimeout>;
  private lastAdapter?: Adapter;
  private hostMemo?: WidgetHost<K, ValidatedAdapter<N>>;

  /** The polite live region: render `this.liveRegion.render()` in every state that may announce. */
  protected readonly liveRegion = new LiveAnnouncer(this);

  constructor() {
    super();
    ensureContextRoot();
  }

  /** The adapter in use: the own `adapter` property, else the provider's. */
  get effectiveAdapter(): Adapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  /**
   * The locale whose terms are shown: own `locale`, else the provider's, else the page `lang`, else
   * `zh-CN`; a locale a portal registered (`zh-TW`) when one of them names it.
   */
  get effectiveMessageLocale(): LocaleTag {
    // Every t() asks, so the answer is kept until what it depends on changes.
    const memo = this.localeMemo;
    const version = messagesVersion();
    if (memo && memo.own === this.locale && memo.display === this.contextDisplay && memo.version === version) {
      if (memo.tag !== undefined) return memo.tag;
      this.cachedPageLocale ??= pageMessageLocale(this);
      return this.cachedPageLocale;
    }
    const display = this.contextDisplay;
    let tag: LocaleTag | undefined;
    if (isKnownLocale(this.locale)) tag = resolveMessageLocale(this.locale);
    else if (isKnownLocale(display?.localeTag)) tag = resolveMessageLocale(display!.localeTag);
    else if (display?.locale) tag = display.locale;
    // `tag` undefined: the page's lang decides (cached apart, as lang changes are observed).
    this.localeMemo = { own: this.locale, display, version, tag };
    return this.effectiveMessageLocale;
  }

  /**
   * The built-in locale in use (`zh-CN` or `en`), for `Intl` formats and locale-specific code:
   * that of {@link effectiveMessageLocale}, or the one a registered locale falls back to.
   */
  get effectiveLocale(): Locale {
    return resolveLocale(this.effectiveMessageLocale);
  }

  /** The colour scheme in use: own `theme`, else the provider's, else `light`. */
  get effectiveTheme(): Theme {
    return parseTheme(this.theme) ?? this.contextDisplay?.theme ?? 'light';
  }

  /** Whether elder-friendly mode is on (own attribute or the provider's). */
  get effectiveElderFriendly(): boolean {
    return this.elderFriendly || this.contextDisplay?.elderFriendly === true;
  }

  /** True when there is an adapter with every required group of `static adapterNeeds`. */
  get isConfigured(): boolean {
    return this.missingGroups().length === 0 && this.effectiveAdapter !== undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.cachedPageLocale = undefined;
    this.unobserveLang = observePageLang(() => {
      this.cachedPageLocale = undefined;
      this.pageLangVersion++;
    });
    this.unobserveMessages = onMessagesChanged(() => {
      // A new locale may match the page's lang; new terms need a new translator (the version tells), but the
      // old one stays until the words it needs have arrived.
      this.cachedPageLocale = undefined;
      this.pageLangVersion++;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unobserveLang?.();
    this.unobserveLang = undefined;
    this.unobserveMessages?.();
    this.unobserveMessages = undefined;
    clearTimeout(this.warnTimer);
  }

  /**
   * Looks up a message in the widget's and the shared catalogue (and the terms a portal
   * registered), in the effective locale. Keys are typed: the widget's own and the shared ones.
   */
  protected t(key: K | SharedMessageKey, params?: MessageParams): string {
    // Before any words have arrived nothing renders that calls t(); if something does, it gets the key.
    return (this.shownWords() ?? createTranslator(this.effectiveMessageLocale, ...this.wordCatalogues()))(key, params);
  }

  /** The shared catalogue and the widget's own. */
  private wordCatalogues(): Messages[] {
    const own = (this.constructor as typeof GrassrootsElement).messages;
    return [sharedMessages, ...(own ? [own].flat() : [])];
  }

  /**
   * The translator for the effective locale; while that locale's catalogues are on their way (fetched
   * here), the previous one, or none when the widget has shown no words yet.
   */
  private shownWords(): Translator<K | SharedMessageKey> | undefined {
    const tag = this.effectiveMessageLocale;
    const current = this.translator;
    if (current && current.tag === tag && current.version === messagesVersion()) return current;
    const catalogues = this.wordCatalogues();
    if (!messagesLoaded(tag, ...catalogues)) {
      this.fetchWords(tag, catalogues);
      return current;
    }
    this.translator = createTranslator(tag, ...catalogues) as Translator<K | SharedMessageKey>;
    return this.translator;
  }

  private fetchWords(tag: LocaleTag, catalogues: readonly Messages[]): void {
    if (this.wordsLoading?.tag === tag) return;
    const done = loadMessages(tag, ...catalogues).then(
      () => {
        const held = this.heldChanges;
        this.heldChanges = undefined;
        for (const [name, old] of held ?? []) this.requestUpdate(name, old);
        this.requestUpdate();
      },
      (error: unknown) => {
        // Offline or a missing chunk: say so once; the widget stays in its loading state or old language.
        console.warn(`[grassroots-gov-widgets] <${this.localName}> could not load its "${tag}" words.`, error);
      },
    );
    this.wordsLoading = { tag, done };
    void done.then(() => {
      if (this.wordsLoading?.done === done) this.wordsLoading = undefined;
    });
  }

  /** Until a widget has words to show, it shows the loading state instead of updating. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.shownWords()) return super.shouldUpdate(changed);
    this.heldChanges ??= new Map();
    for (const [name, old] of changed) if (!this.heldChanges.has(name)) this.heldChanges.set(name, old);
    render(this.renderWaitingForWords(), this.renderRoot, this.renderOptions);
    return false;
  }

  /** The loading state shown before the first words arrive: the one word it needs is built in. */
  private renderWaitingForWords(): TemplateResult {
    const locale = this.effectiveLocale;
    return html`<div part="base" class="gr-root" lang=${locale}>
      <div class="status" role="status" part="loading">
        <p class="status-text"><span class="spinner" aria-hidden="true"></span> ${LOADING_WORD[locale]}</p>
      </div>
    </div>`;
  }

  /** Also waits for the catalogues of a new locale and the render that shows them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let loading = this.wordsLoading; loading; loading = this.wordsLoading) {
      await loading.done;
      if (this.wordsLoading === loading) this.wordsLoading = undefined;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The message for an adapter error, in the effective locale. */
  protected errorText(error: AdapterError): string {
    if (error.code === 'unavailable' && error.retryAfterMs !== undefined && error.retryAfterMs > 0) {
      return this.t('error.unavailableRetryAfter', { count: Math.ceil(error.retryAfterMs / 1000) });
    }
    // A code without its own message (from a newer backend) gets the generic one.
    const key = `error.${error.code}` as SharedMessageKey;
    return this.t(this.shownWords()?.has(key) ? key : 'error.unknown');
  }

  /** Says `text` through the live region (`this.liveRegion`). */
  protected announce(text: string): void {
    this.liveRegion.announce(text);
  }

  /**
   * `adapter` (the effective one unless given), schema-checked for the groups of `static adapterNeeds`;
   * undefined when there is none or it lacks a required group. Cached per adapter.
   */
  protected validatedAdapter(adapter: Adapter | undefined = this.effectiveAdapter): ValidatedAdapter<N> | undefined {
    const needs = (this.constructor as typeof GrassrootsElement).adapterNeeds;
    if (!adapter || !needs || needs.required.some((g) => adapter[g] === undefined)) return undefined;
    return validatingGroups(adapter, needs.schemas) as unknown as ValidatedAdapter<N>;
  }

  /**
   * The schema-checked effective adapter: required groups there, optional ones maybe. Only while the
   * widget is configured (what `renderContent` and the loads it starts see); throws otherwise.
   */
  protected get adapterApi(): ValidatedAdapter<N> {
    const api = this.validatedAdapter();
    if (!api) throw new Error(`[grassroots-gov-widgets] <${this.localName}> used its adapter while not configured.`);
    return api;
  }

  /**
   * What the widget's parts get from it (`WidgetHost`), with `own` (the widget's own members; getters stay
   * getters) added. Build it once, in a field.
   */
  protected widgetHost(): WidgetHost<K, ValidatedAdapter<N>>;
  protected widgetHost<X extends object>(own: X): WidgetHost<K, ValidatedAdapter<N>> & X;
  protected widgetHost<X extends object>(own?: X): WidgetHost<K, ValidatedAdapter<N>> {
    const locale = () => this.effectiveLocale;
    this.hostMemo ??= {
      host: this,
      t: (key, params) => this.t(key, params),
      get locale() {
        return locale();
      },
      errorText: (error) => this.errorText(error),
      announce: (text) => this.announce(text),
      api: () => this.adapterApi,
    };
    return own ? extendHost(this.hostMemo, own) : this.hostMemo;
  }

  /**
   * Called before render when the effective adapter changes (including the
   * first time one is available). Override to (re)load data.
   */
  protected adapterChanged(_adapter: Adapter | undefined, _previous: Adapter | undefined): void {}

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.toggleAttribute('effective-elder-friendly', this.effectiveElderFriendly);
    const theme = this.effectiveTheme;
    if (this.getAttribute('effective-theme') !== theme) this.setAttribute('effective-theme', theme);
    const adapter = this.effectiveAdapter;
    if (adapter !== this.lastAdapter) {
      const previous = this.lastAdapter;
      this.lastAdapter = adapter;
      this.adapterChanged(adapter, previous);
    }
  }

  protected override render(): TemplateResult {
    // `lang` is that of the words shown (the old ones while a new locale's are on their way).
    return html`<div part="base" class="gr-root" lang=${this.shownWords()?.tag ?? this.effectiveMessageLocale}>
      ${this.isConfigured ? this.renderContent() : this.renderNotConfigured()}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.isConfigured && !this.warnedNotConfigured && this.warnTimer === undefined) {
      // Wait a task: a provider that upgrades late answers right after.
      this.warnTimer = setTimeout(() => {
        this.warnTimer = undefined;
        if (this.isConnected && !this.isConfigured && !this.warnedNotConfigured) {
          this.warnedNotConfigured = true;
          console.warn(this.notConfiguredReason());
        }
      }, 0);
    }
  }

  /** The widget's UI once an adapter is available. */
  protected abstract renderContent(): unknown;

  /** The "not configured" state: a visible status message in the locale. */
  protected renderNotConfigured(): unknown {
    return html`<div class="status warning" role="status" part="not-configured">
      <p class="status-title">${this.t('notConfigured.title')}</p>
      <p class="status-text">${this.t('notConfigured.hint')}</p>
    </div>`;
  }

  /** Loading state: a spinner and text, announced politely. */
  protected renderLoading(text: string = this.t('common.loading')): unknown {
    return html`<div class="status" role="status" part="loading">
      <p class="status-text"><span class="spinner" aria-hidden="true"></span> ${text}</p>
    </div>`;
  }

  /** Error state with the message for the error's code and, when given, a retry button. */
  protected renderError(error: AdapterError, onRetry?: () => void): unknown {
    return html`<div class="status error" role="alert" part="error">
      <p class="status-title">${this.t('error.title')}</p>
      <p class="status-text">${this.errorText(error)}</p>
      ${onRetry
        ? html`<button type="button" class="button secondary" part="retry-button" @click=${onRetry}>${this.t('common.retry')}</button>`
        : nothing}
    </div>`;
  }

  /** Empty state. */
  protected renderEmpty(text: string = this.t('common.empty')): unknown {
    return html`<div class="status" role="status" part="empty"><p class="status-text">${text}</p></div>`;
  }

  private missingGroups(): AdapterGroup[] {
    const adapter = this.effectiveAdapter;
    const ctor = this.constructor as typeof GrassrootsElement;
    const groups = ctor.adapterNeeds?.required ?? [];
    return adapter ? groups.filter((g) => adapter[g] === undefined) : [...groups];
  }

  private notConfiguredReason(): string {
    const tag = this.localName;
    const missing = this.missingGroups();
    if (this.effectiveAdapter && missing.length > 0) {
      return `[grassroots-gov-widgets] <${tag}> needs the adapter group(s) ${missing.join(', ')}, which the adapter "${this.effectiveAdapter.name ?? 'unnamed'}" does not implement.`;
    }
    return (
      `[grassroots-gov-widgets] <${tag}> has no adapter, so it shows its "not configured" state. ` +
      `Wrap it in <grassroots-provider> and set the provider's \`adapter\` property, ` +
      `or set the widget's own \`adapter\` property (e.g. to createMemoryAdapter() for a demo).`
    );
  }
}
