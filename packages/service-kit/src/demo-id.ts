import { createHash } from 'node:crypto';

/**
 * A stable UUID for a named piece of demo data, so every service can seed its part of
 * the same story (and tests can name it) without asking another service.
 */
export function demoId(name: string): string {
  const hex = createHash('sha1').update(`terugkeer-demo:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
