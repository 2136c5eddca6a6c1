import { Alert } from 'antd';
import type { FormInstance } from 'antd';
import type { CombinedError } from 'urql';
import { describeError, fieldPath, type UserError } from './errorText';

export { describeError, fieldPath, userErrorsOf, type UserError } from './errorText';

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
