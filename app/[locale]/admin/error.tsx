"use client";

import { AreaError } from "@/components/account/area-error";

// A page of the editors' area that failed to render, shown inside the area's frame.
export default function AdminError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <AreaError home="/admin" reset={reset} />;
}
