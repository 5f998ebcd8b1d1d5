import { createHash } from 'node:crypto';

/** annexa's namespace for name-based UUIDs: the RFC 4122 URL namespace applied to annexa's home. */
const NAMESPACE = uuidV5Bytes(Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex'), 'https://github.com/annexa/annexa#oscal');

function uuidV5Bytes(namespace: Buffer, name: string): Buffer {
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC 4122 variant
  return hash;
}

/**
 * A version-5 (SHA-1, name-based) UUID for a name, so the same records give the same OSCAL bytes.
 * Names are built from stable ids (`control:iso27001:A.5.1`), never from clocks or randomness.
 */
export function oscalUuid(...parts: string[]): string {
  const h = uuidV5Bytes(NAMESPACE, parts.join('\u0000')).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
