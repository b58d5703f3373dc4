import type { ReactiveControllerHost } from 'lit';
import type { Adapter, AdapterGroup } from '../../adapters/contract.js';
import type { AdapterError } from '../../adapters/errors.js';
import type { ResponseSchemaMaps } from '../../adapters/validating-core.js';
import type { Locale } from '../../i18n/locales.js';
import type { SharedMessageKey } from '../../i18n/messages/index.js';
import type { MessageParams } from '../../i18n/translator.js';

/**
 * What a widget needs from an adapter: the groups without which it shows "not configured", the groups it
 * uses when they are there, and the response schemas of both. Declare it once, as a module constant, with
 * {@link adapterNeeds}, and give it to the class twice over — as its type and as its static:
 *
 * ```ts
 * const NEEDS = adapterNeeds({ cases: casesResponses }, { session: sessionResponses });
 * export class MyWidget extends GrassrootsElement<MyKey, typeof NEEDS> {
 *   static override adapterNeeds = NEEDS;
 *   // this.api.cases is there; this.api.session may not be.
 * }
 * ```
 */
export interface AdapterNeeds<
  R extends AdapterGroup = AdapterGroup,
  O extends AdapterGroup = AdapterGroup,
  S extends ResponseSchemaMaps = ResponseSchemaMaps,
> {
  /** Groups the widget cannot work without. */
  readonly required: readonly R[];
  /** Groups the widget uses when the adapter has them. */
  readonly optional: readonly O[];
  /** The response schemas of every group above: one object, so `validatingGroups` caches on it. */
  readonly schemas: S;
}

/** A widget that needs no adapter group (the default). */
export type NoAdapterNeeds = AdapterNeeds<never, never>;

/**
 * The needs of a widget: `required` groups (missing one, it shows "not configured") and `optional` ones,
 * each with its response schemas (`casesResponses`, …). Call it once at module level.
 */
export function adapterNeeds<const R extends ResponseSchemaMaps, const O extends ResponseSchemaMaps = Record<never, never>>(
  required: R,
  optional?: O,
): AdapterNeeds<keyof R & AdapterGroup, Exclude<keyof O & AdapterGroup, keyof R>, Omit<O, keyof R> & R> {
  const requiredGroups = Object.keys(required) as Array<keyof R & AdapterGroup>;
  const optionalGroups = Object.keys(optional ?? {}).filter((g) => !(g in required)) as Array<Exclude<keyof O & AdapterGroup, keyof R>>;
  return Object.freeze({
    required: Object.freeze(requiredGroups),
    optional: Object.freeze(optionalGroups),
    schemas: Object.freeze({ ...optional, ...required }) as Omit<O, keyof R> & R,
  });
}

/** One group as `validatingGroups` returns it: the methods that have a schema in `S`, and the data beside them. */
export type CheckedGroup<Api, S> = {
  readonly [M in keyof Api as M extends keyof S ? M : NonNullable<Api[M]> extends (...args: never[]) => unknown ? never : M]: Api[M];
};

/**
 * The schema-checked adapter a widget with needs `N` works with: its required groups are there (the widget
 * is "not configured" otherwise), its optional groups may be missing, no other group is offered, and a group
 * offers only the methods the widget named a schema for.
 */
export type ValidatedAdapter<N extends AdapterNeeds> =
  N extends AdapterNeeds<infer R, infer O, infer S>
    ? { readonly name?: string } & { readonly [G in R]-?: CheckedGroup<NonNullable<Adapter[G]>, S[G]> } & {
        readonly [G in O]?: CheckedGroup<NonNullable<Adapter[G]>, S[G]>;
      }
    : never;

/** A widget's translator: its own keys and the shared ones. */
export type WidgetT<K extends string = never> = (key: K | SharedMessageKey, params?: MessageParams) => string;

/**
 * What a widget's parts (templates, forms, controllers) get from the widget, so they stay small and do not
 * reach into its protected members. `GrassrootsElement.widgetHost()` builds it; a widget's own context
 * extends it with only what is really the widget's (its heading level, its teams, …).
 *
 * `K` is the widget's message keys, `A` its validated adapter (`ValidatedAdapter<typeof NEEDS>`).
 * Every member may be destructured (`const { t } = ctx`); `locale` is read when it is read.
 */
export interface WidgetHost<K extends string = never, A = ValidatedAdapter<NoAdapterNeeds>> {
  /** The element: a controller host, an event target, a shadow root. */
  readonly host: ReactiveControllerHost & HTMLElement;
  /** The widget's translator, in its effective locale. */
  readonly t: WidgetT<K>;
  /** The built-in locale in use (`zh-CN` or `en`), for `Intl` formats. */
  readonly locale: Locale;
  /** The message for an adapter error, in the effective locale. */
  readonly errorText: (error: AdapterError) => string;
  /** Says `text` through the widget's polite live region. */
  readonly announce: (text: string) => void;
  /** The schema-checked adapter; only while the widget is configured (it throws otherwise). */
  readonly api: () => A;
}

/** `base` with `own`'s members added (getters stay getters, read when they are read). */
export function extendHost<B extends object, X extends object>(base: B, own: X): B & X {
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(base), ...Object.getOwnPropertyDescriptors(own) }) as B & X;
}
