import { useState, type CSSProperties, type HTMLAttributes, type Key, type ReactNode } from 'react';
import { cx } from './Typography';

type Columns = number | { xs?: number; sm?: number; md?: number };

/**
 * Labelled values (a `<dl>`), one to `column` items a row (or per breakpoint, `{ xs: 1, sm: 2 }`: sm from 576 px, md
 * from 768 px); `bordered` draws them as a grid of cells, the labels `labelWidth` wide (10em unless given: long
 * labels, as a hash's, wrap less in a wider one). Children: `<DescriptionsItem label="…">`.
 */
export function Descriptions({
  bordered,
  column = 3,
  size,
  labelWidth,
  className,
  style,
  children,
  ...rest
}: { bordered?: boolean; column?: Columns; size?: 'small' | 'middle'; labelWidth?: string } & HTMLAttributes<HTMLDListElement>) {
  const cols = typeof column === 'number' ? { xs: column } : column;
  const classes = Object.entries(cols).map(([b, n]) => `ui-desc-${b}-${n}`);
  const withLabelWidth = labelWidth ? ({ '--ui-desc-label': labelWidth, ...style } as CSSProperties) : style;
  return (
    <dl
      className={cx('ui-desc', bordered && 'ui-desc-bordered', size === 'small' && 'ui-desc-small', ...classes, className)}
      style={withLabelWidth}
      {...rest}
    >
      {children}
    </dl>
  );
}

/** One label and its value in `Descriptions`; `span={2}` takes two columns where the row has them. */
export function DescriptionsItem({ label, span, children }: { label: ReactNode; span?: number; children?: ReactNode }) {
  return (
    <div className={cx('ui-desc-item', span !== undefined && span > 1 && `ui-desc-span-${span}`)}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export interface Column<T> {
  title?: ReactNode;
  /** The record's field shown (and given to `render`). */
  dataIndex?: keyof T & string;
  key?: string;
  width?: number;
  align?: 'left' | 'right' | 'center';
  /** The cell: from the field's value and the record (a method, so that pages may type the value they know). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a column's value type is the page's to state
  render?(value: any, record: T, index: number): ReactNode;
}

/**
 * A table of records (a real `<table>`, named by `aria-label`), with the columns' headers; `pagination={{ pageSize }}`
 * shows that many rows a page with a pager below (上一页, the pages, 下一页). An empty table says `emptyText`.
 */
export function Table<T extends object>({
  columns,
  dataSource,
  rowKey,
  pagination = false,
  size,
  emptyText = '暂无数据',
  className,
  ...rest
}: {
  columns: Column<T>[];
  dataSource: readonly T[];
  rowKey: (keyof T & string) | ((record: T) => Key);
  pagination?: false | { pageSize: number };
  size?: 'small' | 'middle';
  emptyText?: ReactNode;
} & HTMLAttributes<HTMLTableElement>) {
  const [page, setPage] = useState(1);
  const pages = pagination ? Math.max(1, Math.ceil(dataSource.length / pagination.pageSize)) : 1;
  const current = Math.min(page, pages);
  const rows = pagination ? dataSource.slice((current - 1) * pagination.pageSize, current * pagination.pageSize) : dataSource;
  const keyOf = (r: T): Key => (typeof rowKey === 'function' ? rowKey(r) : (r[rowKey] as Key));
  return (
    <div className="ui-table-wrap">
      <table className={cx('ui-table', size === 'small' && 'ui-table-small', className)} {...rest}>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c.key ?? c.dataIndex ?? i} scope="col" style={{ width: c.width, textAlign: c.align }}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="ui-table-empty">
                {emptyText}
              </td>
            </tr>
          ) : (
            rows.map((record, index) => (
              <tr key={keyOf(record)}>
                {columns.map((c, i) => {
                  const value = c.dataIndex ? record[c.dataIndex] : undefined;
                  return (
                    <td key={c.key ?? c.dataIndex ?? i} style={{ textAlign: c.align }}>
                      {c.render ? c.render(value, record, index) : (value as ReactNode)}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="ui-pager" aria-label="分页">
          <button type="button" disabled={current === 1} onClick={() => setPage(current - 1)}>
            上一页
          </button>
          {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
            <button key={n} type="button" aria-current={n === current ? 'page' : undefined} onClick={() => setPage(n)}>
              {n}
            </button>
          ))}
          <button type="button" disabled={current === pages} onClick={() => setPage(current + 1)}>
            下一页
          </button>
        </nav>
      )}
    </div>
  );
}

const TAG_COLORS = new Set(['green', 'blue', 'red', 'orange', 'gold', 'purple', 'cyan', 'default']);

/** A short label in a coloured box (green, blue, red, orange, gold, purple, cyan or the default grey). */
export function Tag({ color = 'default', className, ...rest }: { color?: string } & HTMLAttributes<HTMLSpanElement>) {
  return <span className={cx('ui-tag', `ui-tag-${TAG_COLORS.has(color) ? color : 'default'}`, className)} {...rest} />;
}

export interface StepItem {
  title: ReactNode;
  description?: ReactNode;
}

/**
 * Numbered steps (an ordered list) up to `current` (0-based): done before it, `status` at it ("process" by default,
 * "error" or "finish"), waiting after it; the current one is marked `aria-current="step"`.
 */
export function Steps({
  items,
  current = 0,
  status = 'process',
  className,
  ...rest
}: { items: StepItem[]; current?: number; status?: 'process' | 'error' | 'finish' } & HTMLAttributes<HTMLOListElement>) {
  return (
    <ol className={cx('ui-steps', className)} {...rest}>
      {items.map((item, i) => {
        const state = i < current ? 'finish' : i === current ? status : 'wait';
        return (
          <li key={i} className={`ui-step ui-step-${state}`} aria-current={i === current ? 'step' : undefined}>
            <span className="ui-step-icon" aria-hidden>
              {state === 'finish' ? '✓' : state === 'error' ? '✕' : i + 1}
            </span>
            <span className="ui-step-text">
              <span className="ui-step-title">{item.title}</span>
              {item.description && <span className="ui-step-desc">{item.description}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** A plain list of entries (search hits, announcements): `<List>` of `<ListItem title=… description=… extra=…>`. */
export function List({ className, ...rest }: HTMLAttributes<HTMLUListElement>) {
  return <ul className={cx('ui-list', className)} {...rest} />;
}

export function ListItem({
  title,
  description,
  extra,
  children,
  className,
  ...rest
}: { title?: ReactNode; description?: ReactNode; extra?: ReactNode } & Omit<HTMLAttributes<HTMLLIElement>, 'title'>) {
  return (
    <li className={cx('ui-list-item', className)} {...rest}>
      <div className="ui-list-main">
        {title && <div className="ui-list-title">{title}</div>}
        {description && <div className="ui-list-desc">{description}</div>}
        {children}
      </div>
      {extra && <div className="ui-list-extra">{extra}</div>}
    </li>
  );
}
