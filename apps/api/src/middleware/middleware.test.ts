import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { foutAfhandelaar } from '../probleem/index.js';
import { routering } from './routering.js';
import { snelheidslimiet } from './snelheidslimiet.js';

describe('snelheidslimiet', () => {
  it('counts per key in a fixed window and says when to retry', async () => {
    let nu = 1_000_000;
    const app = new Hono();
    app.onError(foutAfhandelaar({ log: () => {} }));
    app.use('*', snelheidslimiet({ limiet: 2, sleutel: (c) => c.req.header('x-sleutel'), nu: () => nu }));
    app.get('/', (c) => c.text('ok'));
    const roep = (sleutel?: string) => app.request('/', sleutel ? { headers: { 'x-sleutel': sleutel } } : {});
    expect((await roep('a')).status).toBe(200);
    expect((await roep('a')).headers.get('ratelimit-remaining')).toBe('0');
    nu += 15_000;
    const te = await roep('a');
    expect(te.status).toBe(429);
    expect(te.headers.get('retry-after')).toBe('45');
    expect((await roep('b')).status).toBe(200);
    expect((await roep()).status).toBe(200);
    nu += 45_000;
    expect((await roep('a')).status).toBe(200);
  });
});

describe('routering', () => {
  const app = new Hono();
  app.onError(foutAfhandelaar({ log: () => {} }));
  app.use('*', routering({ routes: () => app.routes }));
  app.get('/x/:id', (c) => c.text('x'));
  app.delete('/x/:id', (c) => c.text('weg'));
  app.post('/x/_zoek', (c) => c.text('zoek'));

  it('lets known method and path through', async () => {
    expect((await app.request('/x/1')).status).toBe(200);
    expect((await app.request('/x/1', { method: 'HEAD' })).status).toBe(200);
  });

  it('answers 405 with every allowed method of the path', async () => {
    const res = await app.request('/x/1', { method: 'PATCH' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('DELETE, GET, HEAD');
    expect((await app.request('/x/_zoek', { method: 'PUT' })).headers.get('allow')).toBe('DELETE, GET, HEAD, POST');
  });

  it('answers 404 for unknown paths and trailing slashes', async () => {
    expect((await app.request('/y')).status).toBe(404);
    expect((await app.request('/x/1/')).status).toBe(404);
    expect((await app.request('/x/1/', { method: 'PATCH' })).status).toBe(404);
  });
});
