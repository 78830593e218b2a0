import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendNotFound } from './errors.js';

/** Paths the web app never owns: an unknown one there is an API 404, not the app's page. */
const API_PREFIXES = ['/v1/', '/healthz'];

/**
 * Serves the web messenger's production build from `webDir` at `/`. Any other GET that asks for a
 * page gets `index.html`, so that the app's own routes (`/chats/…`, `/invite/…`) survive a reload.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  const built = existsSync(join(webDir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      // Vite names assets by content hash; index.html must always be fetched fresh.
      setHeaders(reply, path) {
        const hashed = path.startsWith(join(webDir, 'assets'));
        void reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && wantsPage(request)) {
      if (built) return reply.header('cache-control', 'no-cache').sendFile('index.html');
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built. Run `npm start` (it builds the app) or `npm run build:web`.');
    }
    return sendNotFound(request, reply);
  });
}

function wantsPage(request: FastifyRequest): boolean {
  const path = request.url.split('?', 1)[0] ?? '';
  if (API_PREFIXES.some((prefix) => path.startsWith(prefix))) return false;
  return (request.headers.accept ?? '').includes('text/html');
}
