// A small keep-alive HTTP client for the load bench, and a bounded pool that runs a task N times at a
// given concurrency and records each answer's latency.
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/**
 * One call; resolves with the status and parsed JSON body (never rejects on an HTTP error status). A read
 * sent on a kept-alive socket the server closed meanwhile (its idle timeout) is sent once more on a new one,
 * as HTTP clients do; anything else that fails is the caller's error.
 */
export async function call(base, method, path, options = {}) {
  try {
    return await send(base, method, path, options);
  } catch (e) {
    if (method === 'GET' && e.reusedSocket && e.code === 'ECONNRESET') return send(base, method, path, options);
    throw e;
  }
}

function send(base, method, path, { token, body, key, timeoutMs = 30_000 } = {}) {
  const url = new URL(path, base);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (key) headers['idempotency-key'] = key;
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(payload);
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c) => (text += c));
      res.on('end', () => {
        let json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch {
          json = { unparsed: text.slice(0, 200) };
        }
        resolve({ status: res.statusCode, json });
      });
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', (e) => reject(Object.assign(e, { reusedSocket: req.reusedSocket })));
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** An error answer in a few words: the status, the error code and its fields. */
export function describe(res) {
  const error = res.json?.error;
  return [res.status, error?.code, error?.fieldErrors ? JSON.stringify(error.fieldErrors) : error?.message].filter(Boolean).join(' ');
}

/** The value at `p` (0–100) of sorted numbers, nearest rank. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Runs `task(i)` for i = 0 … count-1 with `concurrency` in flight, stopping early (and saying so) once
 * `budgetMs` has passed. A task resolves with a response; anything but 2xx, and any thrown error, is an error.
 */
export async function pool({ count, concurrency, budgetMs, task }) {
  const latencies = [];
  const errors = [];
  let next = 0;
  let outOfTime = false;
  const start = performance.now();
  const worker = async () => {
    while (next < count) {
      if (performance.now() - start > budgetMs) {
        outOfTime = true;
        return;
      }
      const i = next++;
      const t0 = performance.now();
      try {
        const res = await task(i);
        latencies.push(performance.now() - t0);
        if (res.status < 200 || res.status >= 300) errors.push(describe(res));
      } catch (e) {
        errors.push(String(e.message ?? e));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return summary({ requested: count, latencies, errors, outOfTime, concurrency, wallMs: performance.now() - start });
}

/** One route's figures from its latencies and errors: counts, rate, p50/p95/p99, a few error samples. */
export function summary({ requested, latencies, errors, outOfTime, concurrency, wallMs }) {
  const sorted = latencies.slice().sort((a, b) => a - b);
  return {
    requested,
    done: latencies.length,
    errors: errors.length,
    errorSamples: [...new Set(errors)].slice(0, 5),
    outOfTime,
    concurrency,
    wallMs,
    perSecond: latencies.length / (wallMs / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}
