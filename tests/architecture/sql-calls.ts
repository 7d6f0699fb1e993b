import * as ts from 'typescript';

export interface SqlCall {
  line: number;
  call: string;
}

/** Methods that run SQL whatever they are called on. */
const SQL_METHODS = new Set(['query', 'createQueryBuilder', 'getRepository']);
/** TypeORM's functions that hand out SQL when called on their own. */
const SQL_FUNCTIONS = new Set(['createQueryBuilder', 'getRepository']);

/** TypeORM's EntityManager and DataSource methods that read or write rows. */
const ENTITY_MANAGER_METHODS = new Set([
  'find',
  'findBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findAndCount',
  'findAndCountBy',
  'save',
  'insert',
  'update',
  'upsert',
  'delete',
  'remove',
  'softDelete',
  'softRemove',
  'restore',
  'recover',
  'count',
  'countBy',
  'exists',
  'existsBy',
  'increment',
  'decrement',
  'sum',
  'average',
  'minimum',
  'maximum',
  'clear',
  'preload',
]);

/** What an EntityManager or DataSource is called here: `manager`, `context.manager`, `this.dataSource`, `queryRunner`… */
const ENTITY_MANAGER_NAME = /^(manager|entityManager|em|dataSource|connection|queryRunner|runner)$|(Manager|DataSource)$/;

function receiverName(expression: ts.Expression): string | null {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return null;
}

/**
 * The calls in `source` that run SQL: `.query(`, query builders, `getRepository`, and the
 * row methods of an entity manager or data source (`manager.findOneBy(…)`, `manager.save(…)`).
 * A method of the same name on anything else (an array's `find`, a loader's `clear`, a
 * repository class of our own) is not one; comments and strings are not code.
 */
export function sqlCalls(fileName: string, source: string): SqlCall[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: SqlCall[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      let method: string | null = null;
      let receiver: string | null = null;
      if (ts.isPropertyAccessExpression(callee)) {
        receiver = receiverName(callee.expression);
        const name = callee.name.text;
        const onEntityManager = ENTITY_MANAGER_METHODS.has(name) && receiver !== null && ENTITY_MANAGER_NAME.test(receiver);
        if (SQL_METHODS.has(name) || onEntityManager) method = name;
      } else if (ts.isIdentifier(callee) && SQL_FUNCTIONS.has(callee.text)) {
        method = callee.text;
      }
      if (method !== null) {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        found.push({ line, call: `${receiver ? `${receiver}.` : ''}${method}(` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
