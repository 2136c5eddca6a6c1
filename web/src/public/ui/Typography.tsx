import { useState, type HTMLAttributes, type ReactNode } from 'react';

type Tone = 'secondary' | 'warning' | 'danger' | 'success';

function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** A heading, h1–h5 (`level` as Ant Design's Typography.Title: the public pages' titles are level 2). */
export function Title({ level = 1, className, ...rest }: { level?: 1 | 2 | 3 | 4 | 5 } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${level}` as const;
  return <Tag className={cx('ui-title', className)} {...rest} />;
}

/** A paragraph, in a secondary or warning tone when asked. */
export function Paragraph({ type, className, ...rest }: { type?: Tone } & HTMLAttributes<HTMLParagraphElement>) {
  return <p className={cx('ui-paragraph', type && `ui-tone-${type}`, className)} {...rest} />;
}

/**
 * Text in a line: a tone, bold (`strong`), as code (`code`), with a copy button (`copyable`, labelled 复制 and then
 * 已复制, as a tracking code the visitor keeps).
 */
export function Text({
  type,
  strong,
  code,
  copyable,
  className,
  children,
  ...rest
}: { type?: Tone; strong?: boolean; code?: boolean; copyable?: boolean; children?: ReactNode } & HTMLAttributes<HTMLSpanElement>) {
  let content: ReactNode = children;
  if (code) content = <code className="ui-code">{content}</code>;
  if (strong) content = <strong>{content}</strong>;
  return (
    <span className={cx('ui-text', type && `ui-tone-${type}`, className)} {...rest}>
      {content}
      {copyable && typeof children === 'string' && <CopyButton text={children} />}
    </span>
  );
}

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="ui-copy"
      aria-label={copied ? '已复制' : '复制'}
      title={copied ? '已复制' : '复制'}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setCopied(true));
      }}
    >
      {/* a drawn mark, no character: the text's content stays the text alone (a code read off the page), and no font
          lacks it */}
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden fill="none" stroke="currentColor" strokeWidth="1.5">
        {copied ? <path d="M2.5 8.5l3.5 3.5 7.5-8" /> : <path d="M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3" />}
      </svg>
    </button>
  );
}

export { cx };
