import ipaddr from 'ipaddr.js';

/**
 * Whose requests one per-address rate limit counts. An IPv4 address alone (an IPv4-mapped IPv6
 * address is that IPv4 address). An IPv6 address by its /64: one subscriber is given at least a /64
 * (RFC 6177, RIPE-690) and can use any address in it, so counting addresses would not limit anyone.
 * Anything that is not an address is counted as the text it is.
 */
export function rateLimitSubject(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  return `${new ipaddr.IPv6([...v6.parts.slice(0, 4), 0, 0, 0, 0]).toString()}/64`;
}

// Gmail ignores dots in the local part and treats googlemail.com as gmail.com.
const DOTLESS_DOMAINS = new Map([
  ['gmail.com', 'gmail.com'],
  ['googlemail.com', 'gmail.com'],
]);

/**
 * Whose mailbox one per-address limit counts: the address lower-cased, without a "+tag" (sub-addressing,
 * RFC 5233, honoured by Gmail, Outlook, Fastmail, Seznam and most hosts) and, at Gmail, without dots.
 * "HR+1@Example.org" and "hr+2@example.org" reach one mailbox, so they share one limit. Not for sending:
 * mail still goes to the address as given.
 */
export function mailboxKey(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return email.toLowerCase();
  const domain = email.slice(at + 1).toLowerCase();
  let local = email.slice(0, at).toLowerCase();
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  const dotless = DOTLESS_DOMAINS.get(domain);
  return dotless ? `${local.replaceAll('.', '')}@${dotless}` : `${local}@${domain}`;
}
