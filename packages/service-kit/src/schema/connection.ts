import { inputReason } from '@terugkeer/domain';
import { Directive, Field, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from '../errors';

@ObjectType({ description: 'Relay page information.' })
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
}

/** A Relay connection type (`XConnection` with `XEdge`) for a node type. */
export function Connection<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => node)
    node!: T;

    @Field()
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 100;

/** `first` is bounded: lists never return more than 100 rows. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput('first', inputReason('NOT_AN_INTEGER', { min: 0, max: MAX_PAGE_SIZE }));
  }
  return size;
}

export function encodeCursor(parts: string[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, field = 'after', length = 1): string[] | null {
  if (!cursor) return null;
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === length && parts.every((p) => typeof p === 'string')) return parts;
  } catch {
    // falls through to the typed error below
  }
  throw badInput(field, inputReason('NOT_A_CURSOR'));
}

export function toConnection<T>(rows: T[], hasNextPage: boolean, cursorOf: (row: T) => string[]): ConnectionShape<T> {
  const edges = rows.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
