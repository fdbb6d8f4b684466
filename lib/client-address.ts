// The client's address, decided once per request by the web server (scripts/server.ts), which
// replaces X-Forwarded-For with the answer and drops X-Real-IP before Next sees the request. So
// nothing a client sends can choose it:
//   TRUSTED_PROXIES=0 (default): the address of the connection itself;
//   TRUSTED_PROXIES=N: the address the outermost of N trusted proxies saw. Each proxy appends the
//   address it was connected from to X-Forwarded-For (nginx: $proxy_add_x_forwarded_for), so it is
//   the Nth hop back from the connection; what the client wrote before that is ignored.
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string | undefined {
  const remote = plain(socketAddress);
  if (trustedProxies <= 0) return remote;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => plain(entry.trim()))
    .filter((entry): entry is string => Boolean(entry));
  const hops = remote ? [...forwarded, remote] : forwarded;
  return hops[Math.max(0, hops.length - 1 - trustedProxies)];
}

// "::ffff:203.0.113.9" (IPv4 on an IPv6 socket) is 203.0.113.9.
function plain(address: string | undefined): string | undefined {
  if (!address) return undefined;
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}
