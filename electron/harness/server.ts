import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { populateDemoWorkspace } from '../main/demo/create-demo';
import { createDispatcher } from '../main/handlers';
import { CONTENT_SECURITY_POLICY } from '../main/security';
import { AppService } from '../main/services/app-service';
import { BRIDGE_SCRIPT } from './bridge-script';
import { HarnessHost } from './harness-host';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const MAX_BODY = 64 * 1024 * 1024;

export interface HarnessOptions {
  dataDir: string;
  rendererDir: string;
  saveDir: string;
  port?: number;
  now?: () => Date;
  newId?: () => string;
  /** Open the demo city on a first start, as the desktop program does (tests start empty). */
  demo?: boolean;
}

export interface Harness {
  url: string;
  host: HarnessHost;
  service: AppService;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the real main-side handlers on 127.0.0.1, so the real UI runs
 * against the real store in a browser. Only the transport differs from Electron IPC.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const service = await AppService.open({
    dataDir: options.dataDir,
    version: process.env.npm_package_version ?? '0.0.0',
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => randomUUID()),
    firstRun: options.demo ? 'demo' : 'empty',
  });
  const host = new HarnessHost(options.saveDir);
  if (service.isFreshDemo) {
    await populateDemoWorkspace(service, host, service.options.version);
    service.isFreshDemo = false;
  }
  const dispatch = createDispatcher({ app: service, host });
  const root = normalize(options.rendererDir + sep);
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Only our own page may call: another site open in the same browser must not reach the store.
    const self = `http://127.0.0.1:${port}`;
    if (req.headers.host !== `127.0.0.1:${port}` || (req.headers.origin && req.headers.origin !== self)) {
      res.writeHead(403);
      res.end();
      return;
    }
    if (url.pathname.startsWith('/__zb/call/') && req.method === 'POST') {
      const method = decodeURIComponent(url.pathname.slice('/__zb/call/'.length));
      const body = await readBody(req);
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        input = undefined;
      }
      // structuredClone as Electron IPC does, so a value IPC could not carry fails here too.
      const result = structuredClone(await dispatch(method, input));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(result));
      return;
    }
    if (url.pathname === '/__zb/events') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      const unsubscribe = host.subscribe((event, payload) => {
        res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
      });
      req.on('close', unsubscribe);
      return;
    }
    if (url.pathname === '/__zb/bridge.js') {
      res.writeHead(200, { 'content-type': TYPES['.js'] });
      res.end(BRIDGE_SCRIPT);
      return;
    }
    await serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const rel = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) {
      res.writeHead(403);
      res.end();
      return;
    }
    let body: Buffer | string;
    try {
      body = await readFile(file);
    } catch {
      res.writeHead(404);
      res.end();
      return;
    }
    if (extname(file) === '.html') {
      body = body.toString('utf8').replace('<head>', '<head><script src="/__zb/bridge.js"></script>');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
    res.end(body);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port; // listen() on TCP always yields AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    host,
    service,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
