import { handlers } from "@/lib/auth";

// Auth.js endpoints (session, CSRF token, credentials callback, sign-out).
export const { GET, POST } = handlers;
