import { Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/errors';
import { formatDate } from '../shared/text';
import { FINDING_STATUS, RECTIFICATION_STATUS, SOURCES, label } from './labels';
import { FindingsQuery } from './queries';

const THIS_YEAR = new Date().getFullYear();

/**
 * 问题: the agency's findings, filtered by year, status and source in the address
 * (`?year=2023&status=confirmed`), each linking to its evidence, history and rectification.
 */
export function FindingsPage({ source, title = '检查发现的问题' }: { source?: string; title?: string }) {
  const [params, setParams] = useSearchParams();
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : undefined;
  const status = params.get('status') || undefined;
  const [{ data, fetching, error }] = useQuery({
    query: FindingsQuery,
    variables: { filter: { year, status, source } },
    requestPolicy: 'cache-and-network',
  });
  const set = (key: string, value: string | number | undefined) => {
    const copy = new URLSearchParams(params);
    if (value === undefined || value === '') copy.delete(key);
    else copy.set(key, String(value));
    setParams(copy, { replace: true });
  };
  const rows = data?.findings.edges.flatMap((e) => (e ? [e.node] : [])) ?? [];
  return (
    <>
      <Typography.Title level={2}>{title}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }} role="search" aria-label="筛选">
        <label htmlFor="filter-year">年度</label>
        <Select
          id="filter-year"
          allowClear
          placeholder="全部年度"
          style={{ width: 140 }}
          value={year}
          onChange={(v) => set('year', v)}
          options={Array.from({ length: 8 }, (_, i) => THIS_YEAR - i).map((y) => ({ value: y, label: `${y}年度` }))}
        />
        <label htmlFor="filter-status">状态</label>
        <Select
          id="filter-status"
          allowClear
          placeholder="全部状态"
          style={{ width: 140 }}
          value={status}
          onChange={(v) => set('status', v)}
          options={Object.entries(FINDING_STATUS).map(([value, s]) => ({ value, label: s.label }))}
        />
      </Space>
      <ErrorAlert error={error} />
      {fetching && !data ? (
        <Skeleton active />
      ) : (
        <Table
          rowKey="id"
          dataSource={rows}
          aria-label="问题列表"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '没有符合条件的问题' }}
          columns={[
            { title: '年度', dataIndex: 'year', width: 80 },
            { title: '条款', dataIndex: 'ruleCode', width: 90, render: (v: string, f) => (f.kind === 'checklist' ? '检查表' : v) },
            {
              title: '问题',
              dataIndex: 'evidence',
              render: (v: string, f) => <Link to={`/findings/${f.id}`}>{v}</Link>,
            },
            { title: '次数', dataIndex: 'count', width: 70 },
            { title: '来源', dataIndex: 'source', width: 100, render: (v: string) => label(SOURCES, v) },
            { title: '发现日期', dataIndex: 'observedOn', width: 140, render: (v: string) => formatDate(v) },
            {
              title: '状态',
              dataIndex: 'status',
              width: 90,
              render: (v: string) => <Tag color={FINDING_STATUS[v]?.color}>{FINDING_STATUS[v]?.label ?? v}</Tag>,
            },
            {
              title: '整改',
              key: 'rectification',
              width: 180,
              render: (_, f) =>
                f.rectification ? (
                  <Space size={4} wrap>
                    <Tag color={RECTIFICATION_STATUS[f.rectification.status]?.color}>
                      {RECTIFICATION_STATUS[f.rectification.status]?.label ?? f.rectification.status}
                    </Tag>
                    <Typography.Text type="secondary">期限 {formatDate(f.rectification.deadline)}</Typography.Text>
                  </Space>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      )}
      {data?.findings.pageInfo.hasNextPage && (
        <Typography.Paragraph type="secondary">仅显示前 100 条，请按年度或状态筛选。</Typography.Paragraph>
      )}
    </>
  );
}
