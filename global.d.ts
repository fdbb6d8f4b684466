import type messages from "./messages/en.json";
import type { routing } from "./lib/i18n/routing";

// Message keys and locales are type-checked against messages/en.json and the routing config.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
