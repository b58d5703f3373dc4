import type * as z from 'zod/mini';
import type { Adapter, AdapterGroup } from './contract.js';
import { AdapterError, isAbortError, isAdapterError, toAdapterError } from './errors.js';

/** A response schema for every method of one adapter group (not its data, such as `capabilities`). */
export type GroupSchemas<Api> = {
  readonly [M in keyof Api as NonNullable<Api[M]> extends (...args: never[]) => unknown ? M : never]: z.ZodMiniType;
};

/** Response schemas for some adapter groups: what a widget that uses those groups validates. */
export type ResponseSchemaMaps = Partial<Record<AdapterGroup, Readonly<Record<string, z.ZodMiniType>>>>;

/** Checks a response; throws `invalid_response` naming the method and the first bad field. */
export function parseResponse<T>(schema: z.ZodMiniType<T>, data: unknown, where: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join('.') || '(root)';
  throw new AdapterError(
    'invalid_response',
    `${where} returned data that does not match the contract at ${path}: ${issue?.message ?? 'invalid'}`,
    { cause: result.error },
  );
}

const cache = new WeakMap<Adapter, WeakMap<ResponseSchemaMaps, Adapter>>();

/**
 * The adapter's groups named in `maps`, with every response checked against those schemas and every
 * failure turned into an AdapterError. Widgets pass only the groups they use, so they bundle only
 * those schemas. Cached per adapter and map object: keep `maps` a module-level constant.
 */
export function validatingGroups(adapter: Adapter, maps: ResponseSchemaMaps): Adapter {
  let perMaps = cache.get(adapter);
  if (!perMaps) cache.set(adapter, (perMaps = new WeakMap()));
  const cached = perMaps.get(maps);
  if (cached) return cached;
  const result: Adapter = { name: adapter.name };
  for (const [group, schemas] of Object.entries(maps) as Array<[AdapterGroup, Record<string, z.ZodMiniType>]>) {
    const api = adapter[group] as Record<string, unknown> | undefined;
    if (!api) continue;
    const out: Record<string, unknown> = {};
    // Data beside the methods (`capabilities`) passes through as it is.
    for (const [key, value] of Object.entries(api)) if (typeof value !== 'function') out[key] = value;
    for (const [method, schema] of Object.entries(schemas)) {
      const fn = api[method];
      if (typeof fn !== 'function') continue;
      out[method] = async (...args: unknown[]) => {
        let data: unknown;
        try {
          data = await fn.apply(api, args);
        } catch (e) {
          if (isAbortError(e) || isAdapterError(e)) throw e;
          throw toAdapterError(e);
        }
        return parseResponse(schema, data, `${group}.${method}`);
      };
    }
    (result as Record<string, unknown>)[group] = out;
  }
  perMaps.set(maps, result);
  return result;
}
