import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';

/**
 * A newsroom's web server on another port, so on another origin than the atlas: it answers the pages a test
 * writes, and pym.js's real Parent from node_modules.
 */
export interface HostServer {
  origin: string;
  page: (path: string, html: string) => void;
  close: () => Promise<void>;
}

const FILES: Record<string, string> = {
  '/pym.v1.min.js': 'node_modules/pym.js/dist/pym.v1.min.js',
};

export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const html = pages.get(path);
    if (html !== undefined) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return response.end(html);
    }
    const file = FILES[path];
    if (path === '/favicon.ico') {
      response.writeHead(204);
      return response.end();
    }
    if (!file) {
      response.writeHead(404);
      return response.end();
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        response.end(body);
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // localhost, not 127.0.0.1: the same machine, but to the browser another site than the atlas's.
  return {
    origin: `http://localhost:${port}`,
    page: (path, html) => void pages.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
