// Approximate size of a stored record, so the reader can see which stories take space and
// the store can be trimmed before the browser's quota is reached. UTF-8 bytes of the JSON
// form: not IndexedDB's exact on-disk size, but proportional to it and cheap to compute.

const encoder = new TextEncoder();

/**
 * Approximate bytes a read or version takes. Its own `savedBytes` and its `id` are left out,
 * so the figure is the same whether computed before the id is assigned or after.
 */
export function approxBytes(record: object): number {
  const { savedBytes: _size, id: _id, ...rest } = record as { savedBytes?: number; id?: number };
  return encoder.encode(JSON.stringify(rest)).length;
}
