// The web server: Next's request handler behind node:http (what `next start` does, plus two
// things it cannot): the client's address comes from the connection, and from X-Forwarded-For
// only as far as TRUSTED_PROXIES allows (lib/client-address.ts); SIGTERM stops taking new
// connections and lets in-flight requests finish before the process exits.
// Started by scripts/start.ts (`npm run serve`, `npm run dev`) on PORT, on every interface or HOST.
import { createServer, IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { clientAddress } from "../lib/client-address";
import { replaceNotFoundShell } from "./not-found-pages";

export interface ServeOptions {
  dev: boolean;
  port: number;
  hostname?: string;
}

// How long SIGTERM waits for in-flight requests before it closes what is left.
const DRAIN_MS = 10_000;

// Methods no page or route answers; refused here with 405 before Next sees them.
const REFUSED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

export async function serve({ dev, port, hostname }: ServeOptions): Promise<void> {
  Object.assign(process.env, { NODE_ENV: dev ? "development" : "production", PORT: String(port) });
  const trustedProxies = Number(process.env.TRUSTED_PROXIES ?? 0) || 0;
  const app = next({ dev, turbopack: dev, port, hostname: hostname ?? "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  // The largest body any form sends: an upload of MEDIA_MAX_BYTES with the form around it.
  const maxBodyBytes = (Number(process.env.MEDIA_MAX_BYTES) || 10 * 1024 * 1024) + 2 * 1024 * 1024;
  const notFoundPage = async (locale: string) => {
    const answer = await fetch(`http://127.0.0.1:${port}/${locale}/-/not-found`, {
      signal: AbortSignal.timeout(5000),
    });
    return answer.status === 404 && answer.headers.get("content-type")?.startsWith("text/html") ? answer.text() : null;
  };

  const server = createServer((request, response) => {
    if (REFUSED_METHODS.has(request.method ?? "")) return refuse(response, 405, "Method Not Allowed");
    if (Number(request.headers["content-length"] ?? 0) > maxBodyBytes) return refuseBody(request, response);
    decideClientAddress(request, trustedProxies);
    replaceNotFoundShell(request, response, notFoundPage);
    if (request.method === "POST" && /^multipart\/form-data/i.test(request.headers["content-type"] ?? "")) {
      void checkedMultipart(request, maxBodyBytes).then((checked) => {
        if (checked === "tooLarge") refuseBody(request, response);
        else if (checked === "malformed") refuse(response, 400, "Bad Request");
        else void handle(checked, response);
      });
      return;
    }
    void handle(request, response);
  });
  // Development: hot reloading talks over WebSocket upgrades.
  const upgrade = app.getUpgradeHandler();
  server.on("upgrade", (request, socket, head) => void upgrade(request, socket, head));
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  console.log(`▲ Ready on http://${hostname ?? "localhost"}:${port}${dev ? " (development)" : ""}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests…`);
    const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    force.unref();
    server.close(async () => {
      // The in-app newsletter worker (lib/newsletter/app-worker.ts) finishes the message in hand
      // and hands back what it took but did not try.
      await appWorker()
        ?.stop()
        .catch(() => {});
      await app.close().catch(() => {});
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

// Next parses a multipart POST (a server action's form, a form sent without JavaScript) itself and
// answers 500 when it cannot. Such a body is read here first (it is bounded by maxBodyBytes),
// parsed once as FormData, and handed to Next as a fresh request carrying the same bytes; a body
// that does not parse is a 400.
async function checkedMultipart(
  request: IncomingMessage,
  maxBytes: number,
): Promise<IncomingMessage | "tooLarge" | "malformed"> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) return "tooLarge";
      chunks.push(chunk as Buffer);
    }
  } catch {
    return "malformed";
  }
  const body = Buffer.concat(chunks);
  try {
    await new Response(body, { headers: { "content-type": request.headers["content-type"]! } }).formData();
  } catch {
    return "malformed";
  }
  const replay = new IncomingMessage(request.socket);
  Object.assign(replay, {
    method: request.method,
    url: request.url,
    headers: request.headers,
    rawHeaders: request.rawHeaders,
    httpVersion: request.httpVersion,
    httpVersionMajor: request.httpVersionMajor,
    httpVersionMinor: request.httpVersionMinor,
    // Whole: otherwise destroying the message once read would reset the connection.
    complete: true,
  });
  replay.push(body);
  replay.push(null);
  return replay;
}

// 413 at once, then what the client is still sending is read and dropped, so that it gets to read
// the answer instead of a reset connection (EPIPE); a body far beyond the limit is cut off.
const DROP_AT_MOST_BYTES = 64 * 1024 * 1024;

function refuseBody(request: IncomingMessage, response: ServerResponse): void {
  let dropped = 0;
  request.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DROP_AT_MOST_BYTES) request.socket.destroy();
  });
  request.resume();
  response.writeHead(413, { "content-type": "text/plain; charset=utf-8" });
  response.end("413 Payload Too Large\n");
}

function refuse(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    connection: "close",
    ...(status === 405 && { allow: "GET, HEAD, POST" }),
  });
  response.end(`${status} ${text}\n`);
}

// Next loads the app's modules apart from this file's; the worker is shared through globalThis.
function appWorker(): { stop(): Promise<void> } | undefined {
  return (globalThis as { okipNewsletterWorker?: { stop(): Promise<void> } }).okipNewsletterWorker;
}

function decideClientAddress(request: IncomingMessage, trustedProxies: number): void {
  const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
  delete request.headers["x-real-ip"];
  if (address) request.headers["x-forwarded-for"] = address;
  else delete request.headers["x-forwarded-for"];
}
