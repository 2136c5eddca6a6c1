import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../shared/text';
import { ACTIONS, label } from './labels';

interface Change {
  action: string;
  actor: string;
  at: string;
  reason?: string | null;
}

/** A change history (who, when, what, why), oldest first. */
export function History({ changes, testId }: { changes: readonly Change[]; testId?: string }) {
  if (changes.length === 0) {
    return <Typography.Text type="secondary">暂无记录</Typography.Text>;
  }
  return (
    <Timeline
      data-testid={testId}
      items={changes.map((c, i) => ({
        key: i,
        content: (
          <>
            <Typography.Text strong>{label(ACTIONS, c.action)}</Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              · {c.actor} · {formatDateTime(c.at)}
            </Typography.Text>
            {c.reason && <div>理由：{c.reason}</div>}
          </>
        ),
      }))}
    />
  );
}
