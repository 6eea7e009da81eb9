import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves test pages from 127.0.0.1 only. `headers` lets a test give one page a
 * strict Content-Security-Policy; dynamic routes build hostile pages on the fly.
 */
export async function serveFolders(
  roots: string[],
  options: { headers?: Record<string, Record<string, string>>; routes?: Record<string, () => string> } = {},
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const extra = options.headers?.[path] ?? {};
    const route = options.routes?.[path];
    if (route) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...extra });
      res.end(route());
      return;
    }
    for (const root of roots) {
      const file = normalize(join(root, path));
      if (file.startsWith(normalize(root)) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
        createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
