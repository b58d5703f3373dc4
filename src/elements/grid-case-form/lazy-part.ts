import type { ReactiveControllerHost } from 'lit';
import { toAdapterError, type AdapterError } from '../../adapters/errors.js';
import { lazyMessages, loadMessages, messagesLoaded, type LazyMessages } from '../../i18n/lazy-messages.js';
import type { LocaleTag } from '../../i18n/locales.js';
import { messagesVersion } from '../../i18n/message-store.js';
import { createTranslator, type Catalogue, type Translator } from '../../i18n/translator.js';

/**
 * The parts of the form fetched when a person nears them: dynamic imports of the library's own chunks (a strict
 * CSP allows them). One object, read at each fetch, so a test can make a fetch fail as it does offline.
 */
export const chunks = {
  later: () => import('./later-parts.js'),
};

/** A part's module: its code, and a loader of its own words per locale. */
export interface PartModule {
  readonly words: { 'zh-CN': () => Promise<Catalogue>; en: () => Promise<Catalogue> };
}

/** The part, once here in the locale asked for, with a translator of its own words. */
export interface ReadyPart<M> {
  readonly module: M;
  readonly words: Translator;
}

/**
 * A part of the form in a chunk of its own, with its own words: fetched on first use (`load`, or `ready` while
 * rendering), once, and again after a failure (offline, a chunk gone after a deploy). Until it is here the form shows
 * a loading state; when the fetch failed, `error` says why and the form offers to try again. The host updates
 * when a fetch ends.
 */
export class LazyPart<M extends PartModule> {
  private module?: M;
  private catalogue?: LazyMessages;
  private translator?: Translator;
  /** The fetch under way, and the locale whose words it fetches. */
  private fetching?: { tag: LocaleTag; done: Promise<void> };
  /** Why the last fetch failed; cleared when the next one starts. */
  error?: AdapterError;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchModule: () => Promise<M>,
  ) {}

  /** The fetch under way, if any: the form's `updateComplete` waits for it. */
  get pending(): Promise<void> | undefined {
    return this.fetching?.done;
  }

  /** Fetches the part and its words in `tag` (resolves at once when both are here); never rejects, sets `error`. */
  load(tag: LocaleTag): Promise<void> {
    if (this.fetching?.tag === tag) return this.fetching.done;
    if (this.catalogue && messagesLoaded(tag, this.catalogue)) return Promise.resolve();
    this.error = undefined;
    const done = this.fetch(tag).then(() => {
      if (this.fetching?.done === done) this.fetching = undefined;
      this.host.requestUpdate();
    });
    this.fetching = { tag, done };
    return done;
  }

  private async fetch(tag: LocaleTag): Promise<void> {
    try {
      this.module ??= await this.fetchModule();
      this.catalogue ??= lazyMessages(this.module.words);
      await loadMessages(tag, this.catalogue);
    } catch (e) {
      this.error = toAdapterError(e);
    }
  }

  /**
   * The part with its words in `tag`, for rendering. While the words of a new locale are on their way, the
   * ones already shown; undefined (fetching it, unless the last fetch failed) when it has not arrived yet.
   */
  ready(tag: LocaleTag): ReadyPart<M> | undefined {
    const { module, catalogue } = this;
    if (module && catalogue && messagesLoaded(tag, catalogue)) {
      const current = this.translator;
      if (!current || current.tag !== tag || current.version !== messagesVersion()) this.translator = createTranslator(tag, catalogue);
      return { module, words: this.translator! };
    }
    if (!this.error) void this.load(tag);
    return module && this.translator ? { module, words: this.translator } : undefined;
  }

  /** Forgets the last failure and fetches again. */
  retry(tag: LocaleTag): void {
    this.error = undefined;
    void this.load(tag);
    this.host.requestUpdate();
  }
}
