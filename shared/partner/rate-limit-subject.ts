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
