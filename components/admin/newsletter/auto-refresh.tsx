"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// Re-renders the page's server data every `intervalMs` while mounted; the page shows it only
// while an issue is sending, so it stops when the status changes.
export function NewsletterAutoRefresh({ intervalMs = 2000 }: { intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    // A hidden tab skips its turns; it catches up on the first one after it is shown again.
    const timer = window.setInterval(() => {
      if (!document.hidden) router.refresh();
    }, intervalMs);
    return () => window.clearInterval(timer);
  }, [router, intervalMs]);
  return null;
}
