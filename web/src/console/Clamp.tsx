import { useState, type CSSProperties } from 'react';
import { Tooltip } from 'antd';

/** Whether the text overflows its box (as Ant Design's Typography measures it: a marker after the text). */
function overflows(box: HTMLElement): boolean {
  const marker = document.createElement('em');
  box.appendChild(marker);
  const outer = box.getBoundingClientRect();
  const inner = marker.getBoundingClientRect();
  box.removeChild(marker);
  return outer.left > inner.left || inner.right > outer.right || outer.top > inner.top || inner.bottom > outer.bottom;
}

/**
 * A long text cut to `rows` lines in a table cell, the whole of it in a tooltip on hover when it is cut: what
 * `<Typography.Paragraph ellipsis={{ rows, tooltip }}>` shows (same element and classes), without what that
 * mounts in every cell before anything shows (a tooltip, a resize and an intersection observer, layout effects
 * that render each cell twice): issue 15 point 8. The tooltip is mounted on the first hover over a cut text.
 */
export function Clamp({ text, rows = 2, style }: { text: string; rows?: number; style?: CSSProperties }) {
  const [hovered, setHovered] = useState(false);
  const [tip, setTip] = useState(false);
  const box = (
    <div
      className="ant-typography ant-typography-ellipsis ant-typography-ellipsis-multiple-line"
      style={{ margin: 0, ...style, WebkitLineClamp: rows }}
      onMouseEnter={(e) => {
        const cut = overflows(e.currentTarget);
        if (cut) setTip(true);
        setHovered(cut);
      }}
      onMouseLeave={() => setHovered(false)}
    >
      {text}
    </div>
  );
  return tip ? (
    <Tooltip title={text} open={hovered}>
      {box}
    </Tooltip>
  ) : (
    box
  );
}
