// Accounts created by serve.ts for the admin tests, and where the in-process SMTP server's
// messages can be read.
export const MAIL_BRIDGE_PORT = Number(process.env.E2E_MAIL_PORT ?? 3199);

export const e2eUsers = {
  admin: { email: "admin@e2e.test", name: "Ewa Admin", role: "ADMIN", password: "e2e admin password 2026" },
  editor: { email: "editor@e2e.test", name: "Piotr Redaktor", role: "EDITOR", password: "e2e editor password 2026" },
  editor2: {
    email: "editor2@e2e.test",
    name: "Olga Redaktorka",
    role: "EDITOR",
    password: "e2e editor2 password 2026",
  },
  member: { email: "member@e2e.test", name: "Marta PIKMED", role: "MEMBER", password: "e2e member password 2026" },
  memberDisabled: {
    email: "pikmed-2@e2e.test",
    name: "Damian PIKMED",
    role: "MEMBER",
    password: "e2e member2 password 2026",
  },
  locked: { email: "locked@e2e.test", name: "Lena Locked", role: "EDITOR", password: "e2e locked password 2026" },
  disabled: {
    email: "disabled@e2e.test",
    name: "Dawid Disabled",
    role: "EDITOR",
    password: "e2e disabled password 2026",
  },
} as const satisfies Record<
  string,
  { email: string; name: string; role: "ADMIN" | "EDITOR" | "MEMBER"; password: string }
>;

export type E2eUser = keyof typeof e2eUsers;
