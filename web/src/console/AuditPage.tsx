import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert } from '../shared/errors';
import { formatDateTime } from '../shared/text';
import { ExportButton } from './ExportButton';
import { PageTitle, useViewer } from './common';
import { AUDIT_PAGE, AuditLogQuery } from './queries';

const VerifyAuditQuery = graphql(`
  query ConsoleVerifyAudit {
    verifyAudit {
      tenant
      intact
      recordsChecked
      brokenAtSeq
      problem
      headHash
    }
  }
`);

/** What the audit's target types are called in the page. */
const TARGET_TYPES: Record<string, string> = {
  scheme: '考评方案',
  ratingRun: '考评批次',
  notice: '公示',
  objection: '异议',
  publication: '公布',
  user: '用户',
  tenant: '城市',
  import: '导入',
  export: '导出',
  audit: '审计日志',
};

interface Filters {
  tenant?: string;
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

const PAGE = AUDIT_PAGE;

/**
 * 审计日志: the tenant's hash-chained audit (bureau admins; the platform admin every tenant's), filtered by
 * operator, action, object and dates, exported as CSV with the same filters, and the chain verified (校验完整性).
 */
export function AuditPage() {
  const viewer = useViewer();
  const allowed = viewer.isAdmin || viewer.isPlatformAdmin;
  const [form] = Form.useForm();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [{ data, fetching, error }] = useQuery({
    query: AuditLogQuery,
    variables: { filter: filters, offset: (page - 1) * PAGE, limit: PAGE },
    pause: !allowed,
    requestPolicy: 'cache-and-network',
  });
  const [verifying, setVerifying] = useState(false);
  const [{ data: verified, fetching: checking, error: verifyError }, verify] = useQuery({
    query: VerifyAuditQuery,
    pause: !verifying,
    requestPolicy: 'network-only',
  });
  if (!allowed) return <Typography.Paragraph>本页面仅供应急管理局管理员和平台管理员使用。</Typography.Paragraph>;

  const exportUrl = `/exports/audit.csv?${new URLSearchParams(
    Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  ).toString()}`;
  return (
    <>
      <PageTitle>审计日志</PageTitle>
      <Typography.Paragraph type="secondary">
        登录失败、用户管理、方案上传与启用、启动考评、公示、异议处理、公布与更正、导入导出、查看个人信息等操作逐条记录，每条记录含前一条记录的哈希值，任何改动或删除都会被校验发现。
      </Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form
          form={form}
          layout="inline"
          initialValues={{ tenant: '', actor: '', action: undefined, targetType: '', targetId: '', range: null }}
          onFinish={(values: {
            tenant: string;
            actor: string;
            action?: string;
            targetType: string;
            targetId: string;
            range: [Dayjs, Dayjs] | null;
          }) => {
            setPage(1);
            setFilters({
              tenant: viewer.isPlatformAdmin && values.tenant ? values.tenant.trim() : undefined,
              actor: values.actor?.trim() || undefined,
              action: values.action || undefined,
              targetType: values.targetType || undefined,
              targetId: values.targetId?.trim() || undefined,
              from: values.range?.[0]?.format('YYYY-MM-DD'),
              to: values.range?.[1]?.format('YYYY-MM-DD'),
            });
          }}
        >
          {viewer.isPlatformAdmin && (
            <Form.Item name="tenant" label="城市">
              <Input placeholder="城市代码，如 quanzhou；留空为全部" allowClear style={{ width: 220 }} />
            </Form.Item>
          )}
          <Form.Item name="actor" label="操作人">
            <Input placeholder="用户名" allowClear style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="action" label="操作">
            <Select
              aria-label="操作"
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="全部操作"
              style={{ width: 200 }}
              options={(data?.auditActions ?? []).map((a) => ({ value: a.code, label: a.label }))}
            />
          </Form.Item>
          <Form.Item name="targetType" label="对象类型">
            <Select
              aria-label="对象类型"
              allowClear
              placeholder="全部"
              style={{ width: 140 }}
              options={Object.entries(TARGET_TYPES).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="targetId" label="对象编号">
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="range" label="日期">
            <DatePicker.RangePicker aria-label="日期" />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                查询
              </Button>
              <ExportButton url={exportUrl} fileName="审计日志.csv">
                导出CSV
              </ExportButton>
              <Button
                loading={checking}
                onClick={() => {
                  if (verifying) verify();
                  else setVerifying(true);
                }}
              >
                校验完整性
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <ErrorAlert error={error ?? verifyError} />
      {verifying && verified && (
        <div data-testid="audit-verification" style={{ marginBottom: 16 }}>
          {verified.verifyAudit.map((v) => (
            <Alert
              key={v.tenant}
              style={{ marginBottom: 8 }}
              type={v.intact ? 'success' : 'error'}
              showIcon
              message={
                v.intact
                  ? `${v.tenant ? v.tenant : '平台'}：审计记录完整，已校验 ${v.recordsChecked} 条`
                  : `${v.tenant ? v.tenant : '平台'}：审计记录被篡改——${v.problem}`
              }
              description={<Typography.Text copyable>{`链头哈希：${v.headHash}`}</Typography.Text>}
            />
          ))}
        </div>
      )}
      <Table
        aria-label="审计记录"
        rowKey="id"
        size="small"
        loading={fetching}
        dataSource={data?.auditLog.records ?? []}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: data?.auditLog.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: setPage,
        }}
        columns={[
          ...(viewer.isPlatformAdmin ? [{ title: '城市', dataIndex: 'tenant', render: (t: string) => t || '平台' }] : []),
          { title: '序号', dataIndex: 'seq', width: 70 },
          { title: '时间', dataIndex: 'occurredAt', render: (t: string) => formatDateTime(t) },
          { title: '操作人', dataIndex: 'actor' },
          { title: '客户端地址', dataIndex: 'clientAddress' },
          { title: '操作', dataIndex: 'actionLabel', render: (l: string) => <Tag>{l}</Tag> },
          {
            title: '对象',
            render: (_, r) => `${TARGET_TYPES[r.targetType ?? ''] ?? r.targetType ?? ''} ${r.targetId ?? ''}`.trim(),
          },
          {
            title: '详情',
            render: (_, r) => r.details.map((d) => `${d.key}=${d.value}`).join('；'),
          },
          {
            title: '哈希',
            dataIndex: 'hash',
            // what <Typography.Text code title={h}> draws, without a Typography component in every row
            render: (h: string) => (
              <span className="ant-typography" title={h}>
                <code>{h.slice(0, 12)}…</code>
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
