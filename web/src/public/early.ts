import { print } from '@0no-co/graphql.web';
import type { DocumentNode } from 'graphql';
import type { EarlyQuery } from '../shared/graphql';
import { PUBLIC_ROUTE_TABLE, type PublicRoute } from './routes';

// The public site's first module (issue 15 point 8), run by the page before the entry's bundles (index.html, an
// entry of its own: vite.config.ts, `earlyQueries`): it sends the opening queries of the page at the browser's
// address at once, where they used to leave only once the ~680 kB entry had been fetched, compiled and run. The
// requests are exactly those urql makes for the same operations and variables (URL, method, headers, body: the
// document with urql's `__typename` fields, printed and serialised as urql does), so that the client
// (shared/graphql.ts) takes each answer, once, for its own identical request; anything else goes to the network as
// before. No React, Ant Design or urql here.

const ENDPOINT = '/graphql';
/** urql's headers for a query (`makeFetchOptions`, @urql/core) */
const HEADERS = {
  accept: 'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed',
  'content-type': 'application/json',
};

interface AstNode {
  kind: string;
  name?: { value: string };
  alias?: unknown;
  definitions?: readonly AstNode[];
  directives?: readonly AstNode[];
  selectionSet?: { selections: readonly AstNode[] };
}

/** urql's `formatNode` (@urql/core's `formatDocument`): a `__typename` in every selection set that lacks one. */
function formatNode(node: AstNode): AstNode {
  if (node.definitions) return { ...node, definitions: node.definitions.map(formatNode) };
  if (node.directives?.length) {
    const kept: AstNode[] = [];
    const named: Record<string, AstNode> = {};
    for (const directive of node.directives) {
      let name = directive.name?.value ?? '';
      if (name[0] !== '_') kept.push(directive);
      else name = name.slice(1);
      named[name] = directive;
    }
    node = { ...node, directives: kept, _directives: named } as AstNode;
  }
  if (node.selectionSet) {
    let typename = node.kind === 'OperationDefinition';
    const selections: AstNode[] = [];
    for (const selection of node.selectionSet.selections) {
      typename ||= selection.kind === 'Field' && selection.name?.value === '__typename' && !selection.alias;
      selections.push(formatNode(selection));
    }
    if (!typename) selections.push({ kind: 'Field', name: { kind: 'Name', value: '__typename' }, _generated: true } as AstNode);
    return { ...node, selectionSet: { ...node.selectionSet, selections } };
  }
  return node;
}

/** urql's `sanitizeDocument`: comments out, line breaks collapsed, outside strings. */
function sanitize(text: string): string {
  return text
    .split(/("{3}[\s\S]*"{3}|"(?:\\.|[^"])*")/g)
    .map((part, i) => (i % 2 === 0 ? part.replace(/(?:#[^\n\r]+)?(?:[\r\n]+|$)/g, '\n') : part))
    .join('')
    .trim();
}

/** urql's `stringifyVariables` for plain data: object keys sorted, `undefined` left out. */
function stringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? '';
  if (Array.isArray(value)) return `[${value.map((item) => stringify(item) || 'null').join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .flatMap((key) => {
      const member = stringify(record[key]);
      return member ? [`${JSON.stringify(key)}:${member}`] : [];
    });
  return `{${members.join(',')}}`;
}

/** urql's body of a query (`makeFetchBody`): operation name, printed document, variables. */
function requestBody(document: DocumentNode, variables: Record<string, unknown>): string {
  const operation = (document.definitions as readonly AstNode[]).find((d) => d.kind === 'OperationDefinition');
  const query = sanitize(print(formatNode(document as unknown as AstNode) as unknown as Parameters<typeof print>[0]));
  return stringify({ query, operationName: operation?.name?.value, variables });
}

/** The route React Router would render for `pathname` (its ranking: static segments over parameters over `*`). */
function matchRoute(routes: readonly PublicRoute[], pathname: string) {
  const have = pathname.split('/').filter(Boolean);
  let best: { route: PublicRoute; params: Record<string, string>; score: number } | undefined;
  for (const route of routes) {
    const want = route.path.split('/').filter(Boolean);
    const params: Record<string, string> = {};
    let score = want.length;
    if (route.path === '*') score = -2;
    else if (want.length !== have.length) continue;
    else {
      const matches = want.every((segment, i) => {
        if (segment.startsWith(':')) {
          try {
            params[segment.slice(1)] = decodeURIComponent(have[i]);
          } catch {
            return false;
          }
          score += 3;
          return true;
        }
        score += 10;
        return segment.toLowerCase() === have[i].toLowerCase();
      });
      if (!matches) continue;
    }
    if (!best || score > best.score) best = { route, params, score };
  }
  return best;
}

const match = matchRoute(PUBLIC_ROUTE_TABLE, window.location.pathname);
const queries = match?.route.opening?.(match.params, new URLSearchParams(window.location.search)) ?? [];
window.saferankEarlyQueries = queries.map(({ query, variables }): EarlyQuery => {
  const body = requestBody(query, variables);
  const response = fetch(ENDPOINT, { method: 'POST', headers: HEADERS, body });
  response.catch(() => undefined); // a failed early request is sent again by the client, not reported here
  return { url: ENDPOINT, method: 'POST', headers: HEADERS, body, response };
});
