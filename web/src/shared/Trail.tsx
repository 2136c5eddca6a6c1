import { Alert, Card, Table, Tag, Typography } from 'antd';
import { graphql } from '../gql';
import { formatDecimal } from './text';

/**
 * An item of a score with the rules that applied to it: what every trail shows (the console's results,
 * the portal's preview and results), selected once here and spread into their documents.
 */
export const ScoredItemFields = graphql(`
  fragment ScoredItemFields on PreviewItem {
    number
    title
    max
    points
    trail {
      rule
      wording
      count
      amount
      capped
      enterprise
      note
    }
  }
`);

/** A section of a trail with its scored items (a rating result's and a preview's alike). */
export const TrailSectionFields = graphql(`
  fragment TrailSectionFields on PreviewSection {
    title
    max
    points
    items {
      ...ScoredItemFields
    }
  }
`);

/** The bonus or the penalties of a trail with their scored items. */
export const TrailPartFields = graphql(`
  fragment TrailPartFields on PreviewPart {
    points
    capped
    items {
      ...ScoredItemFields
    }
  }
`);

/**
 * A rating result's trail: its sections, bonus and penalties, each with its scored items, and the reasons an
 * agency has no total or recorded facts the scheme did not use.
 */
export const RatingTrailFields = graphql(`
  fragment RatingTrailFields on RatingTrail {
    sections {
      ...TrailSectionFields
    }
    bonus {
      ...TrailPartFields
    }
    penalties {
      ...TrailPartFields
    }
    problems {
      path
      message
    }
    sampledEnterprises
  }
`);

interface Step {
  rule: string;
  wording: string;
  count: number;
  amount: string | number;
  capped: boolean;
  enterprise?: string | null;
  note?: string | null;
}

interface Item {
  number: string;
  title: string;
  max?: string | number | null;
  points: string | number;
  trail: readonly Step[];
}

interface Part {
  title: string;
  max?: string | number | null;
  points: string | number;
  capped?: boolean;
  items: readonly Item[];
}

export interface TrailData {
  sections: readonly { title: string; max: string | number; points: string | number; items: readonly Item[] }[];
  bonus?: { points: string | number; capped: boolean; items: readonly Item[] } | null;
  penalties?: { points: string | number; capped: boolean; items: readonly Item[] } | null;
  problems?: readonly { path: string; message: string }[] | null;
}

/**
 * Why an agency has no total (what the engine needs and does not have) and the recorded facts the scheme
 * did not use: shown above the trail, in the engine's Chinese words.
 */
export function TrailProblems({ problems, noTotal }: { problems: readonly { path: string; message: string }[]; noTotal: boolean }) {
  if (problems.length === 0) return null;
  return (
    <Alert
      type={noTotal ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="trail-problems"
      title={noTotal ? '未能计算总分，原因如下' : '以下已记录的事实未计入得分'}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      }
    />
  );
}

// the engine's notes are partly formulas (= 2 * agency.multiEmployedStaff): only worded ones are shown
const CHINESE = /[\u4e00-\u9fff]/;

function signed(value: string | number): string {
  const text = formatDecimal(value);
  return Number(value) > 0 ? `+${text}` : text;
}

/** How a score came about: every section's items with their points and the rules that applied. */
export function Trail({ trail }: { trail: TrailData }) {
  const parts: Part[] = [
    ...trail.sections,
    ...(trail.bonus ? [{ title: '加分项', ...trail.bonus }] : []),
    ...(trail.penalties ? [{ title: '减分项', ...trail.penalties }] : []),
  ];
  return (
    <>
      <TrailProblems problems={trail.problems ?? []} noTotal={trail.sections.length === 0} />
      {parts.map((part) => (
        <Card
          key={part.title}
          size="small"
          style={{ marginBottom: 12 }}
          title={
            <span>
              {part.title}
              {part.max != null && <Typography.Text type="secondary">（满分 {formatDecimal(part.max)}）</Typography.Text>}
            </span>
          }
          extra={
            <span>
              得分 <strong>{formatDecimal(part.points)}</strong>
              {part.capped && <Tag style={{ marginInlineStart: 8 }}>已达上限</Tag>}
            </span>
          }
        >
          <Table
            rowKey="number"
            size="small"
            pagination={false}
            dataSource={[...part.items]}
            aria-label={`${part.title}明细`}
            columns={[
              { title: '序号', dataIndex: 'number', width: 70 },
              { title: '项目', dataIndex: 'title', width: 220 },
              { title: '满分', dataIndex: 'max', width: 80, render: (v) => (v == null ? '—' : formatDecimal(v)) },
              { title: '得分', dataIndex: 'points', width: 80, render: (v) => formatDecimal(v) },
              {
                title: '依据',
                key: 'trail',
                render: (_, item) =>
                  item.trail.length === 0 ? (
                    <Typography.Text type="secondary">无扣分</Typography.Text>
                  ) : (
                    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                      {item.trail.map((s, i) => (
                        <li key={i}>
                          <Typography.Text code>{s.rule}</Typography.Text> {s.wording}
                          {s.count > 1 ? ` ×${s.count}` : ''}：<strong>{signed(s.amount)}</strong>
                          {s.capped && '（已达上限）'}
                          {s.enterprise && `（服务企业 ${s.enterprise}）`}
                          {s.note && CHINESE.test(s.note) && <Typography.Text type="secondary">（{s.note}）</Typography.Text>}
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
        </Card>
      ))}
    </>
  );
}
