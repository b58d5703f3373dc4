// A portal-side proxy for Open311 (Node 20, no dependencies): the browser calls /open311/…, the API key is added
// here and never reaches it. Point createOpen311Adapter({ endpoint: '/open311' }) at it.
import { createServer } from 'node:http';

const UPSTREAM = process.env.OPEN311_UPSTREAM ?? 'https://311.city.example/open311/v2';
const API_KEY = process.env.OPEN311_API_KEY ?? '';
const read = async (req) => { let s = ''; for await (const chunk of req) s += chunk; return s; };

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://portal');
  if (!url.pathname.startsWith('/open311/') || !['GET', 'POST'].includes(req.method)) return res.writeHead(404).end();
  let body;
  if (req.method === 'POST') {
    const form = new URLSearchParams(await read(req));
    form.set('api_key', API_KEY); // only writes need it; whatever the browser sent is replaced
    body = form.toString();
  }
  const target = `${UPSTREAM}${url.pathname.slice('/open311'.length)}${url.search}`;
  const upstream = await fetch(target, { method: req.method, body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: req.headers.accept ?? '*/*' } });
  res.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'text/plain' });
  res.end(Buffer.from(await upstream.arrayBuffer()));
}).listen(Number(process.env.PORT ?? 8080));
