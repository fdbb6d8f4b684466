// Account pages render per request: the CSP nonce set by proxy.ts must match their scripts.
export const dynamic = "force-dynamic";

export default function AccountLayout({ children }: LayoutProps<"/[locale]">) {
  return children;
}
