import type { HTMLAttributes, ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { describeError, type UserError } from '../../shared/errorText';
import { cx } from './Typography';

/** Grey bars in place of content still loading (announced as busy). */
export function Skeleton({ rows = 3, className, ...rest }: { rows?: number } & HTMLAttributes<HTMLDivElement>) {
  return (
    <div className={cx('ui-skeleton', className)} aria-busy="true" aria-label="加载中" {...rest}>
      <div className="ui-skeleton-title" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="ui-skeleton-line" />
      ))}
    </div>
  );
}

/** A spinner with its text, announced politely (a search running). */
export function Spin({ tip = '加载中…' }: { tip?: string }) {
  return (
    <div className="ui-spin" role="status">
      <span className="ui-spin-dot" aria-hidden />
      {tip}
    </div>
  );
}

const RESULT_ICONS: Record<string, string> = { '404': '?', info: 'i', warning: '!', success: '✓', error: '✕' };

/** A whole page's outcome: nothing found (404), information, a warning, done; `extra` holds the way on (a link). */
export function Result({
  status = 'info',
  title,
  subTitle,
  extra,
}: {
  status?: '404' | 'info' | 'warning' | 'success' | 'error';
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <div className={`ui-result ui-result-${status}`}>
      <div className="ui-result-icon" aria-hidden>
        {RESULT_ICONS[status]}
      </div>
      <div className="ui-result-title">{title}</div>
      {subTitle && <div className="ui-result-subtitle">{subTitle}</div>}
      {extra && <div className="ui-result-extra">{extra}</div>}
    </div>
  );
}

/** Nothing to show, said in words. */
export function Empty({ description = '暂无数据' }: { description?: ReactNode }) {
  return <div className="ui-empty">{description}</div>;
}

/**
 * A message box: information, a warning, an error (`role="alert"` by default, as Ant Design's, so that screen readers
 * read it out when it appears).
 */
export function Alert({
  type = 'info',
  title,
  description,
  className,
  role = 'alert',
  ...rest
}: {
  type?: 'info' | 'warning' | 'error' | 'success';
  title: ReactNode;
  description?: ReactNode;
} & Omit<HTMLAttributes<HTMLDivElement>, 'title'>) {
  return (
    <div className={cx('ui-alert', `ui-alert-${type}`, className)} role={role} {...rest}>
      <div className="ui-alert-title">{title}</div>
      {description && <div className="ui-alert-desc">{description}</div>}
    </div>
  );
}

/** A failed query shown in place of its data. */
export function ErrorAlert({ error }: { error: CombinedError | undefined | null }) {
  return error ? <Alert type="error" title={describeError(error)} style={{ margin: '16px 0' }} /> : null;
}

/** A form's errors that belong to none of its fields: shown above it, announced to screen readers. */
export function FormErrors({ errors }: { errors: readonly UserError[] }) {
  if (errors.length === 0) return null;
  return (
    <Alert
      type="error"
      style={{ marginBottom: 16 }}
      title={errors.length === 1 ? errors[0].message : '提交未成功'}
      description={
        errors.length > 1 ? (
          <ul className="ui-alert-list">
            {errors.map((e) => (
              <li key={`${e.field}-${e.code}-${e.message}`}>{e.message}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
