"use client";

import { AreaError } from "@/components/account/area-error";

// A page of a member cluster's area that failed to render, shown inside the area's frame.
export default function MyClusterError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <AreaError home="/my-cluster" reset={reset} />;
}
