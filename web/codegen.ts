import { readFileSync, readdirSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

const platformSchema = '../platform-api/src/main/resources/graphql';

/**
 * Spring for GraphQL adds the cursor connection types (XConnection, XEdge, PageInfo) for every
 * XConnection the schema files name without defining; codegen needs them written out the same way.
 */
function connectionTypes(): string {
  const sources = [
    ...readdirSync(platformSchema)
      .filter((f) => f.endsWith('.graphqls'))
      .map((f) => `${platformSchema}/${f}`),
  ].map((f) => readFileSync(f, 'utf8'));
  const all = sources.join('\n');
  const named = new Set([...all.matchAll(/\b([A-Z]\w*)Connection\b/g)].map((m) => m[1]));
  const defined = new Set([...all.matchAll(/\btype\s+([A-Z]\w*)Connection\b/g)].map((m) => m[1]));
  const types = [...named]
    .filter((t) => !defined.has(t))
    .map((t) => `type ${t}Connection { edges: [${t}Edge]! pageInfo: PageInfo! }\ntype ${t}Edge { cursor: String! node: ${t}! }`);
  return ['type PageInfo { hasPreviousPage: Boolean! hasNextPage: Boolean! startCursor: String endCursor: String }', ...types].join('\n');
}

// Types for every operation written with graphql(`...`) in src/, from the platform's own schema
// files. Generated into src/gql/ (not committed): the build runs `npm run codegen` first.
const config: CodegenConfig = {
  schema: [`${platformSchema}/*.graphqls`, connectionTypes()],
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        scalars: {
          Date: 'string',
          DateTime: 'string',
          BigDecimal: 'string | number',
          Long: 'string | number',
        },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
