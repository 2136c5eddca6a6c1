import { Alert } from 'antd';
import type { FormInstance } from 'antd';
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
 * Shows each error next to its field in an Ant Design form (the field's own red message, read
 * out by screen readers through aria-describedby) and returns those that belong to no field of
 * the form, to be shown above it with <FormErrors>.
 */
export function showFieldErrors(form: FormInstance, errors: readonly UserError[]): UserError[] {
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const rest: UserError[] = [];
  for (const error of errors) {
    const name = fieldPath(error.field);
    if (name && known.has(String(name[0]))) {
      const key = name.join('.');
      const entry = byField.get(key) ?? { name, errors: [] };
      entry.errors.push(error.message);
      byField.set(key, entry);
    } else {
      rest.push(error);
    }
  }
  form.setFields([...byField.values()]);
  if (byField.size > 0) {
    const first = [...byField.values()][0].name;
    form.scrollToField(first, { block: 'center', focus: true });
  }
  return rest;
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

/** Errors that belong to no field: shown above the form, announced to screen readers. */
export function FormErrors({ errors }: { errors: readonly UserError[] }) {
  if (errors.length === 0) {
    return null;
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={errors.length === 1 ? errors[0].message : '提交未成功'}
      description={
        errors.length > 1 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {errors.map((e) => (
              <li key={`${e.field}-${e.code}-${e.message}`}>{e.message}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

/** A failed query shown in place of its data. */
export function ErrorAlert({ error }: { error: CombinedError | undefined | null }) {
  if (!error) {
    return null;
  }
  return <Alert type="error" showIcon role="alert" title={describeError(error)} style={{ margin: '16px 0' }} />;
}
