export const OWNERS_SECTION = 'Tables and their owners';

export interface TableOwner {
  table: string;
  module: string;
}

export type OwnersTable = { ok: true; owners: TableOwner[] } | { ok: false; problem: string };

const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim().replace(/^`(.*)`$/, '$1'));

/**
 * The rows of the markdown table `| Table | Owning module |` in the README's section
 * "Tables and their owners" (a heading of any level, up to the next heading of the same or a
 * higher level).
 */
export function ownersTable(readme: string): OwnersTable {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^#+\\s+${OWNERS_SECTION}\\s*$`).test(line));
  if (start === -1) return { ok: false, problem: `has no section "${OWNERS_SECTION}"` };
  const level = (lines[start].match(/^#+/) ?? [''])[0].length;
  const next = lines.findIndex((line, i) => i > start && /^#+\s/.test(line) && (line.match(/^#+/) ?? [''])[0].length <= level);
  const section = lines.slice(start + 1, next === -1 ? undefined : next);
  const header = section.findIndex((line) => line.trim().startsWith('|') && cells(line).join('|').toLowerCase() === 'table|owning module');
  if (header === -1) return { ok: false, problem: `has no table "| Table | Owning module |" in its section "${OWNERS_SECTION}"` };
  const body = section.slice(header + 2);
  const end = body.findIndex((line) => !line.trim().startsWith('|'));
  const rows = end === -1 ? body : body.slice(0, end);
  return { ok: true, owners: rows.map((row) => cells(row)).map(([table = '', module = '']) => ({ table, module })) };
}
