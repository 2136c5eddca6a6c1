import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { cx } from './Typography';

/** A box with an optional title bar (`extra` at its right); `size="small"` has less padding. */
export function Card({
  title,
  extra,
  size,
  className,
  children,
  ...rest
}: { title?: ReactNode; extra?: ReactNode; size?: 'small' } & Omit<HTMLAttributes<HTMLElement>, 'title'>) {
  return (
    <section className={cx('ui-card', size === 'small' && 'ui-card-small', className)} {...rest}>
      {(title || extra) && (
        <div className="ui-card-head">
          <div className="ui-card-title">{title}</div>
          {extra && <div className="ui-card-extra">{extra}</div>}
        </div>
      )}
      <div className="ui-card-body">{children}</div>
    </section>
  );
}

/** Items side by side (or stacked: `direction="vertical"`) with a gap; `wrap` lets them wrap. */
export function Space({
  direction = 'horizontal',
  wrap,
  size = 8,
  align,
  className,
  style,
  ...rest
}: {
  direction?: 'horizontal' | 'vertical';
  wrap?: boolean;
  size?: number;
  align?: 'start' | 'center' | 'end' | 'baseline';
} & HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      className={cx('ui-space', direction === 'vertical' && 'ui-space-vertical', wrap && 'ui-space-wrap', className)}
      style={{ gap: size, alignItems: align, ...style }}
      {...rest}
    />
  );
}

type Gutter = number | [number, number];

/** A row of columns (24 to a row, as Ant Design's grid); `gutter` is the gap between them, or [horizontal, vertical]. */
export function Row({ gutter = 0, className, style, ...rest }: { gutter?: Gutter } & HTMLAttributes<HTMLDivElement>) {
  const [x, y] = Array.isArray(gutter) ? gutter : [gutter, 0];
  const rowStyle = { '--ui-gutter': `${x}px`, rowGap: y, ...style } as CSSProperties;
  return <div className={cx('ui-row', className)} style={rowStyle} {...rest} />;
}

const BREAKPOINTS = ['xs', 'sm', 'md', 'lg'] as const;

/**
 * A column of a `Row`: its width in 24ths, at each breakpoint from which it holds (xs from 0, sm from 576 px, md from
 * 768 px, lg from 992 px, as Ant Design's). The spans the stylesheet has: 6, 8, 10, 12, 14, 16, 18, 24.
 */
export function Col({ className, ...props }: { xs?: number; sm?: number; md?: number; lg?: number } & HTMLAttributes<HTMLDivElement>) {
  const spans = BREAKPOINTS.map((b) => props[b] !== undefined && `ui-col-${b}-${props[b]}`);
  const rest = { ...props };
  for (const b of BREAKPOINTS) delete rest[b];
  return <div className={cx('ui-col', ...spans, className)} {...rest} />;
}
