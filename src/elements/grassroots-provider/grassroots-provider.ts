import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Adapter } from '../../adapters/contract.js';
import { adapterContext } from '../../context/adapter-context.js';
import { ensureContextRoot } from '../../context/context-root.js';
import { displayContext, parseTheme, type DisplayOptions, type Theme } from '../../context/display-context.js';
import { isKnownLocale, resolveLocale } from '../../i18n/locales.js';
import { VERSION } from '../../version.js';

/** `detail` of the `gr-adapter-change` event. */
export interface AdapterChangeDetail {
  adapter: Adapter | undefined;
  previous: Adapter | undefined;
}

/**
 * Hands an adapter and display options to every widget inside it.
 *
 * Widgets find the nearest provider above them (through light and shadow
 * DOM) with `@lit/context`, and follow it: setting `adapter`, `locale`,
 * `theme` or `elder-friendly` later reaches widgets already on the page. A
 * widget's own `adapter` property or attributes win over the provider.
 * Nested providers are allowed; the nearest one wins.
 *
 * The element renders only its children (`display: contents`).
 *
 * @tagname grassroots-provider
 * @summary Supplies the data adapter and display options to the widgets inside it.
 *
 * @attr {string} locale - `zh-CN`, `en` or a locale registered with `registerMessages` (e.g. `zh-TW`) for every widget inside. Unset: widgets follow the page's `lang`.
 * @attr {'light'|'dark'|'auto'} theme - Colour scheme for every widget inside (default `light`).
 * @attr {boolean} elder-friendly - Large type, higher contrast and bigger targets for every widget inside.
 *
 * @fires {CustomEvent<AdapterChangeDetail>} gr-adapter-change - The `adapter` property changed. Bubbles, composed.
 *
 * @slot - The widgets (and any other content).
 */
export class GrassrootsProvider extends LitElement {
  static readonly version: string = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The data source every widget inside uses. Property only. */
  @property({ attribute: false }) adapter?: Adapter;

  /** Locale for the widgets inside (`zh-CN` | `en`); unset: the page's `lang`. */
  @property() locale?: string;

  /** Colour scheme for the widgets inside. */
  @property() theme: Theme = 'light';

  /** Elder-friendly mode for the widgets inside. */
  @property({ type: Boolean, attribute: 'elder-friendly' }) elderFriendly = false;

  private readonly adapterProvider = new ContextProvider(this, { context: adapterContext });
  private readonly displayProvider = new ContextProvider(this, {
    context: displayContext,
    initialValue: { theme: 'light', elderFriendly: false },
  });

  constructor() {
    super();
    ensureContextRoot();
  }

  /** The display options currently handed to widgets. */
  get displayOptions(): DisplayOptions {
    return this.displayProvider.value!;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) {
      this.adapterProvider.setValue(this.adapter);
    }
    if (changed.has('locale') || changed.has('theme') || changed.has('elderFriendly')) {
      const display: DisplayOptions = {
        theme: parseTheme(this.theme) ?? 'light',
        elderFriendly: this.elderFriendly,
      };
      if (isKnownLocale(this.locale)) display.locale = resolveLocale(this.locale);
      if (this.locale?.trim()) display.localeTag = this.locale;
      this.displayProvider.setValue(display);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // `adapter` starts undefined, so the first update only reports a real value.
    if (changed.has('adapter') && (changed.get('adapter') !== undefined || this.adapter !== undefined)) {
      this.dispatchEvent(
        new CustomEvent<AdapterChangeDetail>('gr-adapter-change', {
          detail: { adapter: this.adapter, previous: changed.get('adapter') as Adapter | undefined },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
