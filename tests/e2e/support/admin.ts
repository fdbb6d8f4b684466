import { expect, type Page } from "@playwright/test";
import { e2eUsers, type E2eUser, MAIL_BRIDGE_PORT } from "./accounts";
import { messages } from "./pages";

// Signs in through the form (Polish UI) and waits for the admin.
export async function signIn(page: Page, who: E2eUser, expectAdmin = true): Promise<void> {
  const user = e2eUsers[who];
  await page.goto("/pl/sign-in");
  await page.getByLabel(messages.pl.Account.email).fill(user.email);
  await page.getByLabel(messages.pl.Account.password, { exact: true }).fill(user.password);
  await page.getByRole("button", { name: messages.pl.Account.signIn.submit }).click();
  if (expectAdmin) await expect(page).toHaveURL(/\/pl\/admin$/);
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  // Header lines by lower-case name.
  headers: Record<string, string>;
}

// Every message to an address received so far by the in-process SMTP server of serve.ts.
export async function mailTo(to: string): Promise<MailMessage[]> {
  const response = await fetch(`http://127.0.0.1:${MAIL_BRIDGE_PORT}/messages`);
  return ((await response.json()) as MailMessage[]).filter((m) => m.to === to);
}

// Waits for a message to an address at the in-process SMTP server of serve.ts.
export async function waitForMail(to: string, timeoutMs = 15_000): Promise<MailMessage> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`http://127.0.0.1:${MAIL_BRIDGE_PORT}/messages`);
    const found = ((await response.json()) as MailMessage[]).filter((m) => m.to === to).at(-1);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no e-mail to ${to} within ${timeoutMs} ms`);
}
