import { createTranslator, type Messages } from "next-intl";
import type { AppLocale } from "./locales";

// Messages of one locale outside a request (e-mails, the scheduler, scripts and tests).
export async function loadMessages(locale: AppLocale): Promise<Messages> {
  return (await import(`../../messages/${locale}.json`)).default as Messages;
}

// A translator for one namespace, usable where next-intl's request config is not.
export async function translatorFor<N extends keyof Messages>(locale: AppLocale, namespace: N) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace });
}
