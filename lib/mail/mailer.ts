import { randomBytes } from "node:crypto";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import net from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";

// The mailer itself, free of Next imports so the newsletter worker process can use it too.
export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  // A stable Message-ID lets receivers drop a copy re-sent after a crash (the newsletter sets one).
  messageId?: string;
};

export type SentMail = {
  messageId: string;
  // Basename of the .eml file inside the outbox directory; set only when no SMTP server is configured.
  outboxFile?: string;
};

export type MailerOptions = {
  from: string;
  // smtp:// or smtps:// URL; without it (and without `transport`) messages are written to outboxDir.
  smtpUrl?: string;
  outboxDir: string;
  // A ready nodemailer transport, used instead of smtpUrl (tests, other providers).
  transport?: Transporter;
  // Pooled SMTP connections (nodemailer's default is 5).
  maxConnections?: number;
};

export type Mailer = {
  send(message: OutgoingMail): Promise<SentMail>;
  close(): void;
};

// Content never comes from the server's disk or from a URL nodemailer would fetch.
const noLocalAccess = { disableFileAccess: true, disableUrlAccess: true };

// Builds a mailer that sends over SMTP (one pooled transport) or, without SMTP, writes .eml files to the outbox.
export function createMailer(options: MailerOptions): Mailer {
  const smtp =
    options.transport ?? (options.smtpUrl ? createSmtpTransport(options.smtpUrl, options.maxConnections) : undefined);
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });

  return {
    async send({ to, subject, text, html, headers, messageId }) {
      // Only these fields reach nodemailer: no attachments, paths or URLs it would fetch.
      const mail = { from: options.from, to, subject, text, html, headers, messageId, ...noLocalAccess };
      if (smtp) {
        const info = await smtp.sendMail(mail);
        return { messageId: String(info.messageId) };
      }
      const info = await composer.sendMail(mail);
      // `buffer: true` makes the stream transport hand back the whole message as a Buffer.
      const outboxFile = await writeToOutbox(options.outboxDir, info.message as Buffer);
      return { messageId: info.messageId, outboxFile };
    },
    close() {
      smtp?.close();
    },
  };
}

function createSmtpTransport(url: string, maxConnections?: number): Transporter {
  // A request that sends an invitation should fail within seconds, not after nodemailer's default of minutes.
  const pool = new SMTPPool({
    pool: true,
    url,
    ...(maxConnections ? { maxConnections } : {}),
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    getSocket: noDelaySocket,
  });
  return nodemailer.createTransport(pool);
}

const CONNECT_TIMEOUT_MS = 10_000;

// nodemailer writes a message's last line and the SMTP commands in small pieces; with Nagle's
// algorithm on, each waits for the server's delayed ACK, about 40 ms per message (measured: 47 ms
// a message against 3.7 ms with it off). The socket is opened here with TCP_NODELAY; TLS
// (smtps:// or STARTTLS) is still negotiated by nodemailer on top of it.
type SocketCallback = (error: Error | null, options?: { connection: net.Socket }) => void;
function noDelaySocket(options: { host?: string; port?: number; secure?: boolean }, callback: SocketCallback): void {
  const port = options.port ?? (options.secure ? 465 : 587);
  const socket = net.connect({ host: options.host ?? "localhost", port, noDelay: true });
  const timer = setTimeout(
    () => socket.destroy(new Error(`Connection timeout to ${options.host}:${port}`)),
    CONNECT_TIMEOUT_MS,
  );
  const fail = (error: Error) => {
    clearTimeout(timer);
    callback(Object.assign(error, { code: "ECONNECTION" }));
  };
  socket.once("error", fail);
  socket.once("connect", () => {
    clearTimeout(timer);
    socket.off("error", fail);
    callback(null, { connection: socket });
  });
}

async function writeToOutbox(dir: string, raw: Buffer): Promise<string> {
  // Owner only: the messages hold set-password and confirmation links.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  // Colons are not allowed in Windows file names; the name still sorts by time.
  const stamp = new Date().toISOString().replaceAll(":", "-");
  const file = `${stamp}-${randomBytes(6).toString("hex")}.eml`;
  await writeFile(path.join(dir, file), raw, { flag: "wx", mode: 0o600 });
  return file;
}
