import type { EntityManager } from 'typeorm';

/**
 * What a repository needs to run SQL: a DataSource outside a transaction, the
 * transaction's EntityManager inside one. Services open transactions; repositories
 * take a Queryable as their first argument and never open one themselves.
 */
export type Queryable = Pick<EntityManager, 'query'>;
