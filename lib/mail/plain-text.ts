// Text a user chose (a person's name) as it may appear in an e-mail: plain words only. Anything a
// mail client would turn into a link — a URL, a www. or bare domain name, an e-mail address — is
// removed, so an invitation can never carry a link its recipient did not get from the portal.
const LINKISH = [
  /\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, // scheme://…
  /\bwww\.\S*/gi,
  /\S+@\S+/g, // e-mail addresses
  /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:[a-z]{2,24})\b\S*/giu, // example.com, a.b.pl/x
];

export function withoutLinks(text: string, maxLength = 80): string {
  let plain = text;
  for (const pattern of LINKISH) plain = plain.replace(pattern, " ");
  plain = plain
    .replace(/[<>[\]()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > maxLength ? `${plain.slice(0, maxLength - 1).trimEnd()}…` : plain;
}

export function containsLink(text: string): boolean {
  return LINKISH.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}
