/** Where the runner's plugin (test/servers/rest-servers-plugin.mjs) started the REST test servers. */
export interface RestServers {
  reference: string;
  misbehaving: string;
}

let cached: Promise<RestServers> | undefined;

export function restServers(): Promise<RestServers> {
  cached ??= fetch('/__rest-servers').then((r) => r.json() as Promise<RestServers>);
  return cached;
}

export interface Attempt {
  at: number;
  method: string;
  path: string;
  query: string;
  authorization: string | null;
  idempotencyKey: string | null;
  acceptLanguage: string | null;
}

/** What the misbehaving server received for one run id, with its own timestamps. */
export async function attempts(run: string): Promise<Attempt[]> {
  const { misbehaving } = await restServers();
  return (await fetch(`${misbehaving}/__attempts/${run}`)).json() as Promise<Attempt[]>;
}

/** A base URL on the misbehaving server for one scenario and a fresh run id. */
export async function scenario(name: string): Promise<{ baseUrl: string; run: string }> {
  const { misbehaving } = await restServers();
  const run = `${name}-${crypto.randomUUID()}`;
  return { baseUrl: `${misbehaving}/s/${name}/${run}`, run };
}
