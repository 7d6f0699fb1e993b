// What keeps the frontends' first loads small (#19): each bundle carries only the GraphQL
// documents it uses, the domain rules it calls, and the shared libraries in chunks of their
// own, so that the login page downloads neither Apollo Client nor GraphQL.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The generated module that exports every typed document by name, e.g. `Workspace_ViewerQueryDocument`. */
const DOCUMENTS_MODULE = '@terugkeer/graphql-client/documents';

/** A `graphql(`…`)` call of the codegen client preset, and the first definition's kind and name in it. */
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const FIRST_DEFINITION = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/**
 * Replaces each `graphql(`…`)` call by an import of that one document. The preset's
 * `graphql()` looks documents up in a map of every operation of every frontend, which no
 * bundler can shake: each bundle carried all of them (what the preset's Babel plugin does,
 * without Babel).
 */
export function typedDocumentsByImport() {
  let exported;
  const exportedDocuments = () => {
    if (exported) return exported;
    const file = fileURLToPath(new URL('../graphql-client/src/gql/graphql.ts', import.meta.url));
    exported = new Set([...readFileSync(file, 'utf8').matchAll(/^export const (\w+) = /gm)].map((match) => match[1]));
    return exported;
  };
  return {
    name: 'terugkeer:typed-documents-by-import',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/node_modules/') || !code.includes('@terugkeer/graphql-client') || !code.includes('graphql(`')) return null;
      const imports = [];
      const rewritten = code.replace(GRAPHQL_CALL, (_call, source) => {
        const definition = FIRST_DEFINITION.exec(source);
        if (!definition) throw new Error(`${id}: a graphql() document must start with a named operation or fragment.`);
        const [, kind, name] = definition;
        const documentName = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        if (!exportedDocuments().has(documentName)) {
          throw new Error(`${id}: ${documentName} is not among the generated documents; run the graphql-client build (codegen) first.`);
        }
        const local = `__typedDocument${imports.length}`;
        imports.push(`${documentName} as ${local}`);
        return local;
      });
      if (imports.length === 0) return null;
      return { code: `import { ${imports.join(', ')} } from '${DOCUMENTS_MODULE}';\n${rewritten}`, map: null };
    },
  };
}

/**
 * The domain package is built as CommonJS for the services, which no bundler can shake; the
 * frontends compile its TypeScript sources instead and keep only the rules they call.
 */
export const domainFromSource = {
  find: /^@terugkeer\/domain$/,
  replacement: fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)),
};

/**
 * React, Apollo Client (with its helpers) and GraphQL each in a chunk of its own, named
 * `vendor-…` (the page-weight test counts them by these names). Without this the federation
 * plugin puts a share wrapper together with everything it imports, so React landed in the
 * chunk of `@apollo/client/react` and pulled Apollo Client into the login page. Grouping
 * without dependencies needs strict execution order, so each module still runs when it did
 * before.
 */
export const sharedLibraryChunks = {
  strictExecutionOrder: true,
  codeSplitting: {
    includeDependenciesRecursively: false,
    groups: [
      { name: 'vendor-react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
      { name: 'vendor-apollo', test: /[\\/]node_modules[\\/](@apollo[\\/]client|graphql-tag|rxjs|optimism|@wry[\\/][^\\/]+|tslib|ts-invariant)[\\/]/ },
      { name: 'vendor-graphql', test: /[\\/]node_modules[\\/]graphql[\\/]/ },
    ],
  },
};

/**
 * The host loads every shared module it uses as soon as it starts. These wait until the
 * code that imports them runs: the shell's workspace after the login, or a remote.
 */
export function deferSharedUntilImported(keys) {
  return {
    name: 'terugkeer:defer-shared-until-imported',
    enforce: 'post',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('virtual:mf-localSharedImportMap')) return null;
      let deferred = code;
      for (const key of keys) {
        const literal = JSON.stringify(key).replaceAll('/', '\\/');
        const entry = new RegExp(`(${literal}: \\{\\s*name: ${literal},[^}]*?materialize: )true`);
        // A federation plugin that writes its share map differently must fail the build, not load Apollo on the login page.
        if (!entry.test(deferred)) throw new Error(`The federation share map has no materialized entry for ${key}; check the plugin version.`);
        deferred = deferred.replace(entry, '$1false');
      }
      return { code: deferred, map: null };
    },
  };
}

/** `import { a, b as c } from '@apollo/client…'` (not `import type`), across lines. */
const APOLLO_IMPORT = /import\s+(type\s+)?(\*\s+as\s+\w+|\{[^}]*\})\s+from\s+['"](@apollo\/client(?:\/react)?)['"]/g;

/**
 * A share offers its whole module, so the shared Apollo Client carried every export: the
 * suspense hooks, `gql` with GraphQL's parser, links no one uses. Here the share offers the
 * names in `surface` (package → names) and rolldown drops the rest; a frontend that imports
 * another name fails its build with a message saying where to add it.
 */
export function sharedApolloSurface(surface) {
  const guard = {
    name: 'terugkeer:apollo-surface-guard',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/node_modules/') || !code.includes('@apollo/client')) return null;
      for (const [, typeOnly, clause, specifier] of code.matchAll(APOLLO_IMPORT)) {
        if (typeOnly) continue;
        if (clause.startsWith('*')) throw new Error(`${id}: import named exports of ${specifier}, not its namespace, so the shared Apollo Client stays small.`);
        const names = clause
          .slice(1, -1)
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part && !part.startsWith('type '))
          .map((part) => part.split(/\s+as\s+/)[0]);
        const missing = names.filter((name) => !surface[specifier]?.includes(name));
        if (missing.length)
          throw new Error(
            `${id}: ${missing.join(', ')} from ${specifier} is not offered by the shared Apollo Client; add it to apolloSurface in packages/config/federation.mjs.`,
          );
      }
      return null;
    },
  };
  const narrow = {
    name: 'terugkeer:apollo-surface',
    enforce: 'post',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('__prebuild__')) return null;
      const specifier = /import \* as __mfPrebuildNamespace from "([^"]+)";/.exec(code)?.[1];
      if (!specifier || !surface[specifier]) return null;
      const bindings = [...code.matchAll(/const (__mf_\d+) = __mfPrebuildExports\["([^"]+)"\];/g)];
      const offered = bindings.filter(([, , name]) => surface[specifier].includes(name));
      const absent = surface[specifier].filter((name) => !offered.some(([, , exported]) => exported === name));
      if (bindings.length === 0 || absent.length) {
        throw new Error(`The federation prebuild of ${specifier} offers no ${absent.join(', ') || 'exports'}; check the plugin and Apollo Client versions.`);
      }
      // Named imports instead of the namespace, so rolldown can drop the rest. Every name stays
      // exported, as the share's wrappers import them all; those not offered are undefined.
      const narrowed = code
        .replace(
          /import \* as __mfPrebuildNamespace from "[^"]+";\s*const __mfPrebuildExports = __mfPrebuildNamespace;/,
          `import { ${offered.map(([, local, name]) => `${name} as ${local}`).join(', ')} } from ${JSON.stringify(specifier)};`,
        )
        .replace(/const (__mf_\d+) = __mfPrebuildExports\["([^"]+)"\];/g, (line, local, name) =>
          surface[specifier].includes(name) ? '' : `const ${local} = undefined;`,
        )
        .replace(/export default Reflect\.get\(__mfPrebuildNamespace, "default"\) \?\? __mfPrebuildNamespace;/, 'export default undefined;');
      if (narrowed.includes('__mfPrebuildNamespace')) throw new Error(`The federation prebuild of ${specifier} still hands out the whole module.`);
      return { code: narrowed, map: null };
    },
  };
  return [guard, narrow];
}
