// What the API's errors say, without any component library: shared by the console and the portal (errors.tsx, Ant
// Design's forms) and the public site (public/ui, no Ant Design).
import type { CombinedError } from 'urql';

/** A problem with a mutation's input, as the API reports it (type UserError). */
export interface UserError {
  field?: string | null;
  code: string;
  message: string;
}

/**
 * The API names a field as a path from the mutation's argument: "input.reason",
 * "input.items.0.code". Forms name their fields without the argument: ["reason"],
 * ["items", 0, "code"].
 */
export function fieldPath(field: string | null | undefined): (string | number)[] | null {
  if (!field) {
    return null;
  }
  const parts = field.split('.');
  if (parts[0] === 'input' && parts.length > 1) {
    parts.shift();
  }
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The UserErrors of a failed call: those of a payload's `errors`, else those the API put into a
 * GraphQL error's extensions (bad input to a query), else one error with the message.
 */
export function userErrorsOf(error: CombinedError | undefined | null): UserError[] {
  if (!error) {
    return [];
  }
  const fromExtensions = error.graphQLErrors.flatMap((e) =>
    ((e.extensions?.errors as UserError[] | undefined) ?? []).map((u) => ({ ...u, field: u.field === 'null' ? null : u.field })),
  );
  if (fromExtensions.length > 0) {
    return fromExtensions;
  }
  return [{ field: null, code: 'ERROR', message: describeError(error) }];
}

/** A Chinese sentence for a failed call: the API's own message, or what went wrong on the way. */
export function describeError(error: CombinedError): string {
  if (error.networkError) {
    return '无法连接服务器，请检查网络后重试';
  }
  const messages = error.graphQLErrors.map((e) => e.message).filter((m) => /[\u4e00-\u9fff]/.test(m));
  return messages.length > 0 ? messages.join('；') : '请求未能完成，请稍后重试';
}
