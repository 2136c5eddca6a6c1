import {
  useCallback,
  useState,
  type AnchorHTMLAttributes,
  type CSSProperties,
  type ButtonHTMLAttributes,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { fieldPath, type UserError } from '../../shared/errorText';
import { cx } from './Typography';

type ButtonLook = { type?: 'primary' | 'default' | 'link'; size?: 'large' | 'middle'; loading?: boolean };

/**
 * A button (`htmlType="submit"` in a form), or a link styled as one when it has `href`. `loading` disables it and
 * shows a spinner (`aria-busy`), as a form being sent.
 */
export function Button({
  type = 'default',
  size,
  loading,
  htmlType = 'button',
  href,
  className,
  children,
  disabled,
  target,
  rel,
  download,
  ...rest
}: ButtonLook & { htmlType?: 'button' | 'submit' | 'reset'; href?: string } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> &
  Pick<AnchorHTMLAttributes<HTMLAnchorElement>, 'target' | 'rel' | 'download'>) {
  const classes = cx('ui-button', `ui-button-${type}`, size === 'large' && 'ui-button-large', loading && 'ui-button-loading', className);
  if (href) {
    return (
      <a className={classes} href={href} target={target} rel={rel} download={download}>
        {children}
      </a>
    );
  }
  return (
    <button type={htmlType} className={classes} disabled={disabled || loading} aria-busy={loading || undefined} {...rest}>
      {loading && <span className="ui-spin-dot" aria-hidden />}
      {children}
    </button>
  );
}

/**
 * A form field: its label (for the control with `htmlFor`'s id), the control, a hint (`extra`) and the field's error
 * (in red, `role="alert"`, and the control's description through `aria-describedby`, which `useForm().bind` sets).
 */
export function Field({
  label,
  htmlFor,
  error,
  extra,
  required,
  className,
  style,
  children,
}: {
  label: ReactNode;
  htmlFor: string;
  error?: string;
  extra?: ReactNode;
  required?: boolean;
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  return (
    <div className={cx('ui-field', error && 'ui-field-error', className)} style={style}>
      <label className={cx('ui-field-label', required && 'ui-field-required')} htmlFor={htmlFor}>
        {label}
      </label>
      {children}
      {extra && <div className="ui-field-extra">{extra}</div>}
      {error && (
        <div className="ui-field-message" id={`${htmlFor}-error`} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

type ValueProps<V> = { value: V; onChange: (value: V) => void };

/** A one-line text input whose `onChange` gives the text. */
export function Input({
  value,
  onChange,
  className,
  ...rest
}: ValueProps<string> & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  return <input className={cx('ui-input', className)} value={value} onChange={(e) => onChange(e.target.value)} {...rest} />;
}

/** A text area whose `onChange` gives the text; `showCount` shows the characters written (of `maxLength`) below it. */
export function TextArea({
  value,
  onChange,
  showCount,
  className,
  ...rest
}: ValueProps<string> & { showCount?: boolean } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  const area = (
    <textarea className={cx('ui-input', 'ui-textarea', className)} value={value} onChange={(e) => onChange(e.target.value)} {...rest} />
  );
  if (!showCount) return area;
  return (
    <div className="ui-textarea-wrap">
      {area}
      <div className="ui-textarea-count">
        {value.length}
        {rest.maxLength !== undefined && ` / ${rest.maxLength}`}
      </div>
    </div>
  );
}

/**
 * Files chosen with the browser's own `<input type="file">` (kept, for the keyboard and assistive technology, but
 * drawn as a button saying `children`); each choice is given to `onFiles`, and the input emptied so that the same file
 * may be chosen again. Its `id` is for the `Field`'s label.
 */
export function FilePicker({
  id,
  onFiles,
  children = '选择文件',
  ...rest
}: { id: string; onFiles: (files: File[]) => void; children?: ReactNode } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'onChange' | 'children' | 'value'
>) {
  return (
    <span className="ui-file">
      <input
        type="file"
        id={id}
        onChange={(e) => {
          onFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
        {...rest}
      />
      <label htmlFor={id} className="ui-button">
        {children}
      </label>
    </span>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A choice from a list (the browser's own `<select>`); `placeholder` is the first, empty choice. */
export function Select({
  value,
  onChange,
  options,
  placeholder,
  className,
  ...rest
}: ValueProps<string> & { options: readonly Option[]; placeholder?: string } & Omit<
    SelectHTMLAttributes<HTMLSelectElement>,
    'value' | 'onChange'
  >) {
  return (
    <select className={cx('ui-input', 'ui-select', className)} value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A whole number in [min, max]; `onChange` gets it only when the text is such a number (a year being typed is not). */
export function NumberInput({
  value,
  onChange,
  min,
  max,
  className,
  ...rest
}: ValueProps<number> & { min?: number; max?: number } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'value' | 'onChange' | 'min' | 'max'
  >) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  return (
    <input
      type="number"
      inputMode="numeric"
      className={cx('ui-input', 'ui-number', className)}
      min={min}
      max={max}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const n = Number(e.target.value);
        if (e.target.value !== '' && Number.isInteger(n) && (min === undefined || n >= min) && (max === undefined || n <= max)) {
          setShown(n);
          onChange(n);
        }
      }}
      {...rest}
    />
  );
}

/** On or off (`role="switch"`, its label through `id`/`aria-label`). */
export function Switch({ value, onChange, id, ...rest }: ValueProps<boolean> & { id?: string; 'aria-label'?: string }) {
  return (
    <button
      type="button"
      role="switch"
      id={id}
      aria-checked={value}
      className={cx('ui-switch', value && 'ui-switch-on')}
      onClick={() => onChange(!value)}
      {...rest}
    >
      <span className="ui-switch-knob" aria-hidden />
    </button>
  );
}

/** One of a few choices side by side (radio buttons that look like a segmented control), named by `aria-label`. */
export function Segmented({
  value,
  onChange,
  options,
  name,
  'aria-label': label,
}: ValueProps<string> & { options: readonly Option[]; name: string; 'aria-label': string }) {
  return (
    <div className="ui-segmented" role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <label key={o.value} className={cx('ui-segment', o.value === value && 'ui-segment-on')}>
          <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </div>
  );
}

type Rules<V> = Partial<{ [K in keyof V]: (value: V[K], values: V) => string | undefined }>;

/**
 * A form's values and its fields' errors. `bind(name)` gives a control its id (`${formId}-${name}`), value, change
 * handler and error description; `field(name)` gives its `Field` the label's target and the error. A field's error
 * clears when it is changed. `validate(rules)` checks every field, shows the errors and moves the focus to the first
 * field in error; `showUserErrors` puts the API's errors (type UserError) beside their fields and returns the others.
 */
export function useForm<V extends Record<string, unknown>>(formId: string, initial: V) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof V, string>>>({});
  const id = (name: keyof V) => `${formId}-${String(name)}`;
  const set = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => (e[name] ? { ...e, [name]: undefined } : e));
  }, []);
  const focusFirst = (names: (keyof V)[]) => {
    const first = Object.keys(values).find((n) => names.includes(n));
    if (first) document.getElementById(id(first))?.focus();
  };
  return {
    values,
    set,
    errors,
    bind: <K extends keyof V>(name: K) => ({
      id: id(name),
      name: String(name),
      value: values[name],
      onChange: (value: V[K]) => set(name, value),
      'aria-invalid': errors[name] ? true : undefined,
      'aria-describedby': errors[name] ? `${id(name)}-error` : undefined,
    }),
    field: (name: keyof V) => ({ htmlFor: id(name), error: errors[name] }),
    validate: (rules: Rules<V>): boolean => {
      const found: Partial<Record<keyof V, string>> = {};
      for (const name of Object.keys(rules) as (keyof V)[]) {
        const message = rules[name]?.(values[name], values);
        if (message) found[name] = message;
      }
      setErrors(found);
      focusFirst(Object.keys(found));
      return Object.keys(found).length === 0;
    },
    showUserErrors: (userErrors: readonly UserError[]): UserError[] => {
      const found: Partial<Record<keyof V, string>> = {};
      const rest: UserError[] = [];
      for (const error of userErrors) {
        const name = fieldPath(error.field)?.[0];
        if (name !== undefined && String(name) in values) {
          const key = String(name) as keyof V;
          found[key] = found[key] ? `${found[key]}；${error.message}` : error.message;
        } else rest.push(error);
      }
      setErrors(found);
      focusFirst(Object.keys(found));
      return rest;
    },
    reset: () => {
      setValues(initial);
      setErrors({});
    },
  };
}

/** "Required": the message when the value is empty (text of blanks only, nothing chosen). */
export function required(message: string) {
  return (value: unknown) =>
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? message : undefined;
}
