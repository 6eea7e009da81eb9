/**
 * A new record id: a short kind prefix (s, q, r) and a random UUID, so ids made
 * on two machines never collide when their libraries are merged by import.
 */
export function newId(kind: 's' | 'q' | 'r'): string {
  return `${kind}-${crypto.randomUUID()}`;
}
