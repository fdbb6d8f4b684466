import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerError } from "smtp-server";

export type TestSmtpServer = {
  url: string;
  port: number;
  // Every accepted message, in arrival order.
  messages: ParsedMail[];
  // Messages answered with 451, kept so a test can tell which recipients were deferred.
  rejected: ParsedMail[];
  waitFor(predicate: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  // Answers this fraction (0–1) of the following messages with a temporary 451; 0 accepts everything again.
  reject(fraction: number): void;
  // Messages for which this returns true get no answer at all and are not kept, as when the
  // sender dies before the server replies (a crash test kills the sender from here); null ends it.
  intercept(hook: ((mail: ParsedMail) => boolean) | null): void;
  // Answers messages to these addresses with a permanent 550.
  refuse(addresses: string[]): void;
  // Waits this long before answering each message (a slow server); 0 answers at once.
  slow(ms: number): void;
  stop(): Promise<void>;
};

type Waiter = { predicate: (mail: ParsedMail) => boolean; resolve: (mail: ParsedMail) => void };

// Starts a plain SMTP server on a random local port that keeps every message it receives, parsed.
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const rejected: ParsedMail[] = [];
  const waiters = new Set<Waiter>();
  let fraction = 0;
  let seen = 0;
  let hook: ((mail: ParsedMail) => boolean) | null = null;
  let refused = new Set<string>();
  let delay = 0;

  // Deterministic rather than random: with 0.5 exactly every second message is deferred.
  const shouldReject = () => {
    const before = Math.floor(seen * fraction);
    seen += 1;
    return Math.floor(seen * fraction) > before;
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // A pooled client keeps its connection open; stop() should not wait the default 30 s for it.
    closeTimeout: 100,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          if (hook?.(mail)) return;
          const to = (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? "";
          if (refused.has(to)) {
            const error: SMTPServerError = new Error("Mailbox unavailable");
            error.responseCode = 550;
            callback(error);
            return;
          }
          if (shouldReject()) {
            rejected.push(mail);
            const error: SMTPServerError = new Error("Try again later");
            error.responseCode = 451;
            callback(error);
            return;
          }
          const accept = () => {
            messages.push(mail);
            for (const waiter of waiters) {
              if (!waiter.predicate(mail)) continue;
              waiters.delete(waiter);
              waiter.resolve(mail);
            }
            callback();
          };
          if (delay > 0) setTimeout(accept, delay);
          else accept();
        },
        (error: Error) => callback(error),
      );
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  // A client that drops its connection (a pool being closed) is normal here, not a reason to crash the run.
  server.on("error", () => {});
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    rejected,
    waitFor(predicate, timeoutMs = 5000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          predicate,
          resolve: (mail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No matching message within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    reject(value) {
      fraction = Math.min(1, Math.max(0, value));
      seen = 0;
    },
    intercept(value) {
      hook = value;
    },
    refuse(addresses) {
      refused = new Set(addresses);
    },
    slow(ms) {
      delay = ms;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
