// Content Security Policies. Admin and account pages render per request, so Next can put a
// nonce on its scripts and no inline script runs without it. Public pages are served from the
// cache as the same bytes for everyone, where a nonce cannot vary: they allow Next's inline
// bootstrap scripts ('unsafe-inline') but nothing from other origins.
const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // Images from this site only (the media library, the logo; data: for inline SVG icons).
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

const devEval = process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : "";

export function publicCsp(): string {
  return [...common, `script-src 'self' 'unsafe-inline'${devEval}`].join("; ");
}

export function nonceCsp(nonce: string): string {
  return [...common, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${devEval}`].join("; ");
}

// Paths answered with the nonce policy (and checked for a session cookie by the proxy).
export const PRIVATE_PATH = /^\/(?:pl|en|de|fr|ru)\/(?:admin|my-cluster|sign-in|forgot-password|set-password)(?:\/|$)/;
