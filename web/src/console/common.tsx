import { userErrorsOf, type UserError } from '../shared/errors';
import { Button, InputNumber, Space, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { ViewerQuery } from '../shared/SignedInApp';
import { yearParam } from './queries';

/** The year a page works on: `?year=` in the address (so links and reloads keep it), else last year. */
export function useYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const year = yearParam(params);
  const setYear = (next: number) => {
    const copy = new URLSearchParams(params);
    copy.set('year', String(next));
    setParams(copy, { replace: true });
  };
  return [year, setYear];
}

/** A labelled year field for a page's header. */
export function YearPicker({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  return (
    <Space>
      <label htmlFor="page-year">考评年度</label>
      <InputNumber
        id="page-year"
        min={2000}
        max={2100}
        value={year}
        onChange={(value) => {
          if (typeof value === 'number' && value >= 2000 && value <= 2100) onChange(value);
        }}
      />
    </Space>
  );
}

/** The signed-in user's tenant and roles (already fetched by the sign-in gate). */
export function useViewer() {
  const [{ data }] = useQuery({ query: ViewerQuery });
  const viewer = data?.viewer;
  return {
    username: viewer?.username ?? '',
    tenant: viewer?.tenant ?? '',
    isAdmin: viewer?.roles.includes('bureau-admin') ?? false,
    isPlatformAdmin: viewer?.roles.includes('platform-admin') ?? false,
    /** A county bureau's admin (区县): registers and changes the agencies of its district, records their engagements. */
    isCountyAdmin: viewer?.roles.includes('county-admin') ?? false,
    /** A county bureau's staff: acts on its district only (viewer.district). */
    isCounty: viewer?.roles.some((r) => r === 'county-admin' || r === 'county-inspector') ?? false,
    district: viewer?.district ?? null,
    districtName: viewer?.districtName ?? null,
  };
}

export const FINDING_STATUS: Record<string, { label: string; color: string }> = {
  draft: { label: '待确认', color: 'gold' },
  confirmed: { label: '已确认', color: 'green' },
  disputed: { label: '有异议', color: 'red' },
  withdrawn: { label: '已撤回', color: 'default' },
};

export const SOURCES: Record<string, string> = {
  routineInspection: '日常检查',
  specialCampaign: '专项检查',
  reportReview: '报告抽查',
  complaint: '投诉举报',
  selfInspection: '机构自查',
};

export const RUN_STATUS: Record<string, { label: string; color: string }> = {
  queued: { label: '排队中', color: 'default' },
  running: { label: '评定中', color: 'processing' },
  completed: { label: '已完成', color: 'green' },
  failed: { label: '失败', color: 'red' },
};

export const PUBLICATION_STATUS: Record<string, { label: string; color: string }> = {
  queued: { label: '排队中', color: 'default' },
  running: { label: '正在公布', color: 'processing' },
  published: { label: '已公布', color: 'green' },
  refused: { label: '未能公布', color: 'red' },
  failed: { label: '失败', color: 'red' },
};

export function StatusTag({ map, status }: { map: Record<string, { label: string; color: string }>; status: string }) {
  const entry = map[status] ?? { label: status, color: 'default' };
  return <Tag color={entry.color}>{entry.label}</Tag>;
}

export function PageTitle({ children }: { children: React.ReactNode }) {
  return <Typography.Title level={2}>{children}</Typography.Title>;
}

/** A fresh key for a mutation's idempotencyKey: a repeated click does not write twice. */
export function newKey(): string {
  return `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Field paths as showFieldErrors reads them: "input.answers[2].answer" → "input.answers.2.answer". */
export function dotted<T extends { field?: string | null }>(errors: T[]): T[] {
  return errors.map((e) => ({ ...e, field: e.field ? e.field.replace(/\[(\d+)\]/g, '.$1') : e.field }));
}

/**
 * 上一页 / 下一页 over a cursor connection. `pages` holds the end cursors of the pages before the
 * one shown (its last is the `after` of the query): back drops it, next adds this page's end.
 */
export function CursorPager({
  pages,
  setPages,
  pageInfo,
}: {
  pages: string[];
  setPages: (pages: string[]) => void;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null } | null;
}) {
  return (
    <Space style={{ marginTop: 16 }}>
      <Button disabled={pages.length === 0} onClick={() => setPages(pages.slice(0, -1))}>
        上一页
      </Button>
      <Button disabled={!pageInfo?.hasNextPage} onClick={() => pageInfo?.endCursor && setPages([...pages, pageInfo.endCursor])}>
        下一页
      </Button>
    </Space>
  );
}

/** A mutation's problems: those of its payload, else those of a failed call. */
export function errorsOf(
  payload: { errors: readonly UserError[] } | null | undefined,
  error: Parameters<typeof userErrorsOf>[0],
): UserError[] {
  return payload?.errors.length ? [...payload.errors] : error ? userErrorsOf(error) : [];
}

/** The page a bureau admin alone may use; others are told so. */
export function AdminOnly() {
  return <Typography.Paragraph>本页面仅供应急管理局管理员使用。</Typography.Paragraph>;
}
