import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { formatDateTime } from '../shared/text';
import { PageTitle, YearPicker, errorsOf, useViewer, useYear } from './common';

export const DRAW_KINDS: Record<string, string> = {
  agencies: '检查对象（机构）',
  enterprises: '服务企业',
  reports: '技术服务报告',
  staff: '技术人员（抽考）',
  inspectors: '检查人员',
};
export const DRAW_STATUS: Record<string, { label: string; color: string }> = {
  committed: { label: '已公布承诺值，待抽取', color: 'blue' },
  revealed: { label: '已抽取并公开', color: 'green' },
  cancelled: { label: '已取消', color: 'default' },
};
const MODES: Record<string, { value: string; label: string }[]> = {
  agencies: [{ value: 'total', label: '按总数' }],
  enterprises: [{ value: 'perGroup', label: '每个机构抽取家数' }],
  reports: [
    { value: 'total', label: '按总数' },
    { value: 'perGroup', label: '每个机构抽取份数' },
  ],
  staff: [
    { value: 'percent', label: '每个机构抽取比例（%）' },
    { value: 'perGroup', label: '每个机构抽取人数' },
  ],
  inspectors: [{ value: 'perGroup', label: '每个检查对象抽取人数（至少 2 名）' }],
};
export const WEIGHTINGS: Record<string, string> = { none: '不加权', complaints: '按投诉举报加权', lastGrade: '按上年度等级加权' };

export function quotaText(mode: string, value: number): string {
  if (mode === 'percent') return `每个机构 ${value}%（向上取整）`;
  if (mode === 'perGroup') return `每组 ${value}`;
  return `共 ${value}`;
}

const DrawsQuery = graphql(`
  query ConsoleDraws($year: Int!) {
    draws(year: $year) {
      id
      kind
      title
      quotaMode
      quotaValue
      weighting
      candidatesCount
      commitment
      status
      committedAt
    }
    districts {
      code
      name
    }
  }
`);

const CommitDraw = graphql(`
  mutation ConsoleCommitDraw($input: CommitDrawInput!) {
    commitDraw(input: $input) {
      seed
      draw {
        id
        commitment
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const RevealDraw = graphql(`
  mutation ConsoleRevealDraw($input: RevealDrawInput!) {
    revealDraw(input: $input) {
      draw {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type CommitForm = {
  kind: string;
  title: string;
  quotaMode: string;
  quotaValue: number | null;
  weighting: string;
  districtCode: string | null;
  sourceDrawId: string | null;
};

/** 双随机抽查: the year's draws, committing a new one (bureau admins) and revealing it with the kept seed. */
export function DrawsPage() {
  const [year, setYear] = useYear();
  const { isAdmin: admin } = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: DrawsQuery, variables: { year } });
  const [commitState, commit] = useMutation(CommitDraw);
  const [form] = Form.useForm<CommitForm>();
  const kind = Form.useWatch('kind', form) ?? 'agencies';
  const [errors, setErrors] = useState<UserError[]>([]);
  const [seed, setSeed] = useState<{ id: string; seed: string } | null>(null);
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const draws = data?.draws ?? [];
  const sources = draws.filter((d) => d.status === 'revealed' && (d.kind === 'agencies' || d.kind === 'enterprises'));
  return (
    <>
      <PageTitle>双随机抽查</PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <YearPicker year={year} onChange={setYear} />
        <Link to="/inspectors">检查人员名录与回避</Link>
      </Space>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="抽取前，名单与随机种子的 SHA-256 承诺值即在公示网站公开；抽取时输入保存的种子，种子与承诺值不符的不予抽取。任何人可用公开的名单文件和种子复核抽取结果。"
      />
      {admin && (
        <Form
          form={form}
          layout="inline"
          aria-label="发起抽取"
          style={{ marginBottom: 16, rowGap: 8 }}
          initialValues={{
            kind: 'agencies',
            title: '',
            quotaMode: 'total',
            quotaValue: null,
            weighting: 'none',
            districtCode: null,
            sourceDrawId: null,
          }}
          onValuesChange={(changed: Partial<CommitForm>) => {
            if (changed.kind) form.setFieldValue('quotaMode', MODES[changed.kind][0].value);
          }}
          onFinish={async (values) => {
            const result = await commit({
              input: {
                year,
                kind: values.kind,
                title: values.title,
                quotaMode: values.quotaMode,
                quotaValue: values.quotaValue ?? 0,
                weighting: values.weighting,
                districtCode: values.districtCode,
                sourceDrawId: values.sourceDrawId,
              },
            });
            const payload = result.data?.commitDraw;
            const list = errorsOf(payload, result.error);
            setErrors(list.length ? showFieldErrors(form, list) : []);
            if (!list.length && payload?.draw && payload.seed) {
              setSeed({ id: payload.draw.id, seed: payload.seed });
              refetch({ requestPolicy: 'network-only' });
            }
          }}
        >
          <Form.Item name="kind" label="抽取对象">
            <Select style={{ width: 170 }} options={Object.entries(DRAW_KINDS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="title" label="抽取事项">
            <Input style={{ width: 240 }} placeholder="如：2023年度工作实绩现场检查企业" />
          </Form.Item>
          <Form.Item name="quotaMode" label="抽取方式">
            <Select style={{ width: 230 }} options={MODES[kind]} />
          </Form.Item>
          <Form.Item name="quotaValue" label="数量或比例">
            <InputNumber min={1} max={10000} />
          </Form.Item>
          {kind === 'agencies' && (
            <Form.Item name="weighting" label="加权">
              <Select style={{ width: 170 }} options={Object.entries(WEIGHTINGS).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          )}
          {kind !== 'inspectors' ? (
            <Form.Item name="districtCode" label="区县">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 180 }}
                placeholder="全市"
                options={(data?.districts ?? []).map((d) => ({ value: d.code, label: d.name }))}
              />
            </Form.Item>
          ) : (
            <Form.Item name="sourceDrawId" label="检查对象抽取">
              <Select
                style={{ width: 260 }}
                placeholder="选择已抽取的检查对象"
                options={sources.map((d) => ({ value: d.id, label: `第 ${d.id} 号：${d.title}` }))}
              />
            </Form.Item>
          )}
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={commitState.fetching}>
              {commitState.fetching ? '正在提交…' : '冻结名单并公布承诺值'}
            </Button>
          </Form.Item>
        </Form>
      )}
      <FormErrors errors={errors} />
      <Table
        aria-label="抽取记录"
        rowKey="id"
        pagination={false}
        dataSource={draws}
        locale={{ emptyText: '本年度尚无抽取' }}
        columns={[
          { title: '编号', dataIndex: 'id' },
          { title: '抽取事项', dataIndex: 'title', render: (t: string, d) => <Link to={`/draws/${d.id}`}>{t}</Link> },
          { title: '抽取对象', dataIndex: 'kind', render: (k: string) => DRAW_KINDS[k] ?? k },
          { title: '抽取方式', render: (_, d) => quotaText(d.quotaMode, d.quotaValue) },
          { title: '名单数', dataIndex: 'candidatesCount' },
          { title: '承诺值（SHA-256）', dataIndex: 'commitment', render: (c: string) => <code>{c.slice(0, 16)}…</code> },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: string) => <Tag color={DRAW_STATUS[s]?.color}>{DRAW_STATUS[s]?.label ?? s}</Tag>,
          },
          { title: '公布时间', dataIndex: 'committedAt', render: (t: string) => formatDateTime(t) },
        ]}
      />
      <Modal
        title="请保存随机种子"
        open={seed !== null}
        okText="我已保存"
        cancelButtonProps={{ style: { display: 'none' } }}
        closable={false}
        onOk={() => setSeed(null)}
      >
        <Typography.Paragraph>
          第 {seed?.id} 号抽取的名单和承诺值已公布。下面的随机种子只显示这一次，平台不保存：请抄录并妥善保管，抽取时输入。
        </Typography.Paragraph>
        <Typography.Paragraph copyable={{ text: seed?.seed }}>
          <code aria-label="随机种子">{seed?.seed}</code>
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
