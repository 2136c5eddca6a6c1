import { useState } from 'react';
import { Button, Form, Input, Modal, Radio, Select, Space, Table } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDate } from '../shared/text';
import { CursorPager, FINDING_STATUS, PageTitle, StatusTag, YearPicker, useYear } from './common';
import { RuleText } from './RuleText';
import { Clamp } from './Clamp';
import { ExportButton } from './ExportButton';
import { RectificationsQuery } from './queries';

const SetRectificationMutation = graphql(`
  mutation ConsoleSetRectification($input: SetRectificationInput!) {
    setRectification(input: $input) {
      finding {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const ReviewRectificationMutation = graphql(`
  mutation ConsoleReviewRectification($input: ReviewRectificationInput!) {
    reviewRectification(input: $input) {
      finding {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const RECTIFICATION_STATUS: Record<string, string> = { open: '整改中', submitted: '待验收', accepted: '已通过', rejected: '未通过' };

interface FindingRow {
  id: string;
  agencyId: string;
  agencyName: string;
  ruleCode: string;
  ruleText: string;
  evidence: string;
  observedOn: string;
  rectification?: { status: string } | null;
}

/** 整改跟踪: the year's findings with their rectification: set one, review what the agency answered. */
export function RectificationsPage() {
  const [year, setYear] = useYear();
  const [pages, setPages] = useState<string[]>([]);
  const [only, setOnly] = useState<string>('');
  // ?agency=<id>: one agency's findings (the agency record links here)
  const [params] = useSearchParams();
  const agencyId = params.get('agency');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RectificationsQuery,
    variables: { filter: { year, agencyId }, after: pages[pages.length - 1] ?? null },
    requestPolicy: 'cache-and-network',
  });
  const [setting, setSetting] = useState<FindingRow | null>(null);
  const [reviewing, setReviewing] = useState<FindingRow | null>(null);
  const rows = (data?.findings.edges.flatMap((e) => (e ? [e.node] : [])) ?? []).filter(
    (f) => f.status !== 'withdrawn' && (!only || (only === 'none' ? !f.rectification : f.rectification?.status === only)),
  );
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>整改跟踪</PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <ExportButton url={`/exports/rectifications.xlsx?year=${year}`} fileName={`${year}年度整改台账.xlsx`}>
          导出整改台账（Excel）
        </ExportButton>
        <ExportButton url={`/exports/findings.xlsx?year=${year}`} fileName={`${year}年度检查发现.xlsx`}>
          导出检查发现（Excel）
        </ExportButton>
      </Space>
      <Space style={{ marginBottom: 16, display: 'flex' }} wrap>
        <YearPicker
          year={year}
          onChange={(y) => {
            setPages([]);
            setYear(y);
          }}
        />
        <label htmlFor="rectification-filter">整改状态</label>
        <Select
          id="rectification-filter"
          style={{ width: 160 }}
          value={only}
          onChange={setOnly}
          options={[
            { value: '', label: '全部' },
            { value: 'none', label: '未设定整改' },
            ...Object.entries(RECTIFICATION_STATUS).map(([value, label]) => ({ value, label })),
          ]}
        />
      </Space>
      <ErrorAlert error={error} />
      <Table
        aria-label="整改跟踪"
        rowKey="id"
        size="small"
        // fixed widths and long texts cut to two lines (the whole text on hover): the table fits a 1366 px
        // screen beside the menu, the agency, rule, status and actions always in view
        tableLayout="fixed"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '没有检查发现' }}
        columns={[
          { title: '机构', width: 150, render: (_, f) => <Link to={`/agencies/${f.agencyId}?year=${year}`}>{f.agencyName}</Link> },
          { title: '规则', width: 190, render: (_, f) => <RuleText code={f.ruleCode} text={f.ruleText} /> },
          { title: '事实', dataIndex: 'evidence', render: (e: string) => <Clamp text={e} /> },
          { title: '发现日期', dataIndex: 'observedOn', width: 100, render: (d: string) => formatDate(d) },
          { title: '发现状态', dataIndex: 'status', width: 80, render: (s: string) => <StatusTag map={FINDING_STATUS} status={s} /> },
          { title: '整改措施', render: (_, f) => <Clamp text={f.rectification?.measure ?? '—'} /> },
          { title: '期限', width: 100, render: (_, f) => formatDate(f.rectification?.deadline) },
          {
            title: '整改状态',
            width: 80,
            render: (_, f) => (f.rectification ? (RECTIFICATION_STATUS[f.rectification.status] ?? f.rectification.status) : '未设定'),
          },
          { title: '机构答复', render: (_, f) => <Clamp text={f.rectification?.answer ?? ''} /> },
          {
            title: '操作',
            width: 96,
            render: (_, f) => (
              <Space direction="vertical" size={4}>
                {(!f.rectification || f.rectification.status === 'open' || f.rectification.status === 'rejected') && (
                  <Button size="small" onClick={() => setSetting(f)} aria-label={`设定整改 ${f.ruleCode}`}>
                    设定整改
                  </Button>
                )}
                {f.rectification?.status === 'submitted' && (
                  <Button size="small" type="primary" onClick={() => setReviewing(f)} aria-label={`验收整改 ${f.ruleCode}`}>
                    验收
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CursorPager pages={pages} setPages={setPages} pageInfo={data?.findings.pageInfo} />
      {setting && (
        <SetRectification
          finding={setting}
          onClose={(changed) => {
            setSetting(null);
            if (changed) reload();
          }}
        />
      )}
      {reviewing && (
        <ReviewRectification
          finding={reviewing}
          onClose={(changed) => {
            setReviewing(null);
            if (changed) reload();
          }}
        />
      )}
    </>
  );
}

function SetRectification({ finding, onClose }: { finding: FindingRow; onClose: (changed: boolean) => void }) {
  const [form] = Form.useForm<{ measure: string; deadline: string; responsible: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, save] = useMutation(SetRectificationMutation);
  return (
    <Modal
      open
      title={`设定整改：${finding.agencyName} ${finding.ruleText || finding.ruleCode}`}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText={fetching ? '正在提交…' : '保存'}
      cancelText="取消"
      okButtonProps={{ loading: fetching }}
    >
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ measure: '', deadline: '', responsible: '' }}
        onFinish={async (v) => {
          const result = await save({ input: { findingId: finding.id, ...v } });
          const payload = result.data?.setRectification;
          const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
          if (list.length) return setErrors(showFieldErrors(form, list));
          onClose(true);
        }}
      >
        <Form.Item label="整改措施" name="measure" rules={[{ required: true, message: '请填写整改措施' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label="整改期限" name="deadline" rules={[{ required: true, message: '请填写整改期限' }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item label="整改责任人" name="responsible" rules={[{ required: true, message: '请填写整改责任人' }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReviewRectification({ finding, onClose }: { finding: FindingRow; onClose: (changed: boolean) => void }) {
  const [form] = Form.useForm<{ accept: boolean; reason: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, review] = useMutation(ReviewRectificationMutation);
  return (
    <Modal
      open
      title={`验收整改：${finding.agencyName} ${finding.ruleText || finding.ruleCode}`}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText={fetching ? '正在提交…' : '提交'}
      cancelText="取消"
      okButtonProps={{ loading: fetching }}
    >
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ accept: true, reason: '' }}
        onFinish={async (v) => {
          const result = await review({ input: { findingId: finding.id, accept: v.accept, reason: v.reason || null } });
          const payload = result.data?.reviewRectification;
          const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
          if (list.length) return setErrors(showFieldErrors(form, list));
          onClose(true);
        }}
      >
        <Form.Item label="验收结果" name="accept">
          <Radio.Group>
            <Radio value={true}>通过</Radio>
            <Radio value={false}>不通过</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item label="意见（不通过时必填）" name="reason">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
