import { Button, Card, Descriptions, Form, Input, Result, Spin, Steps, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert } from '../shared/errors';
import { formatDateTime } from '../shared/text';

const ComplaintStatusQuery = graphql(`
  query ComplaintStatus($code: String!) {
    complaintStatus(trackingCode: $code) {
      trackingCode
      subject
      status
      statusLabel
      closeReason
      filedAt
      updatedAt
    }
  }
`);

const ObjectionStatusQuery = graphql(`
  query ObjectionStatus($code: String!) {
    objectionStatus(trackingCode: $code) {
      trackingCode
      agency {
        name
      }
      year
      status
      statusText
      decision
      filedAt
      decidedAt
    }
  }
`);

const COMPLAINT_STEPS = ['received', 'triaged', 'caseOpened', 'closed'];

/** The tracking-code box shared by both pages; the code lives in the address (?code=) so it can be bookmarked. */
function CodeForm({ label, code, onCode }: { label: string; code: string; onCode: (code: string) => void }) {
  return (
    <Form
      layout="inline"
      onFinish={(v: { code: string }) => onCode(v.code.trim().toUpperCase())}
      initialValues={{ code }}
      style={{ marginBottom: 24 }}
    >
      <Form.Item name="code" label={label} rules={[{ required: true, message: '请输入查询码' }]}>
        <Input style={{ width: 240 }} maxLength={32} autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        查询
      </Button>
    </Form>
  );
}

export function ComplaintTrackPage() {
  const [params, setParams] = useSearchParams();
  const code = params.get('code') ?? '';
  const [{ data, fetching, error }] = useQuery({
    query: ComplaintStatusQuery,
    variables: { code },
    pause: !code,
    requestPolicy: 'network-only',
  });
  const status = data?.complaintStatus;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0 }}>
          查询投诉处理进度
        </Typography.Title>
      }
    >
      <CodeForm key={code} label="投诉查询码" code={code} onCode={(c) => setParams({ code: c })} />
      {fetching && (
        <Spin tip="正在查询…">
          <div style={{ height: 80 }} />
        </Spin>
      )}
      <ErrorAlert error={error} />
      {code && !fetching && data && !status && <Result status="warning" title="未找到该查询码对应的投诉" subTitle="请核对查询码后重试" />}
      {status && (
        <>
          <Steps
            style={{ marginBottom: 24 }}
            current={Math.max(0, COMPLAINT_STEPS.indexOf(status.status))}
            items={[{ title: '已受理' }, { title: '核查中' }, { title: '已立案' }, { title: '已办结' }]}
          />
          <Descriptions bordered column={1} data-testid="complaint-status">
            <Descriptions.Item label="查询码">{status.trackingCode}</Descriptions.Item>
            <Descriptions.Item label="投诉事项">{status.subject}</Descriptions.Item>
            <Descriptions.Item label="处理状态">{status.statusLabel}</Descriptions.Item>
            {status.closeReason && <Descriptions.Item label="办结说明">{status.closeReason}</Descriptions.Item>}
            <Descriptions.Item label="提交时间">{formatDateTime(status.filedAt)}</Descriptions.Item>
            <Descriptions.Item label="更新时间">{formatDateTime(status.updatedAt)}</Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Card>
  );
}

export function ObjectionTrackPage() {
  const [params, setParams] = useSearchParams();
  const code = params.get('code') ?? '';
  const [{ data, fetching, error }] = useQuery({
    query: ObjectionStatusQuery,
    variables: { code },
    pause: !code,
    requestPolicy: 'network-only',
  });
  const status = data?.objectionStatus;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0 }}>
          查询异议处理结果
        </Typography.Title>
      }
    >
      <CodeForm key={code} label="异议查询码" code={code} onCode={(c) => setParams({ code: c })} />
      {fetching && (
        <Spin tip="正在查询…">
          <div style={{ height: 80 }} />
        </Spin>
      )}
      <ErrorAlert error={error} />
      {code && !fetching && data && !status && <Result status="warning" title="未找到该查询码对应的异议" subTitle="请核对查询码后重试" />}
      {status && (
        <Descriptions bordered column={1} data-testid="objection-status">
          <Descriptions.Item label="查询码">{status.trackingCode}</Descriptions.Item>
          <Descriptions.Item label="异议机构">{status.agency.name}</Descriptions.Item>
          <Descriptions.Item label="考评年度">{status.year}</Descriptions.Item>
          <Descriptions.Item label="处理状态">{status.statusText}</Descriptions.Item>
          {status.decision && <Descriptions.Item label="处理意见">{status.decision}</Descriptions.Item>}
          <Descriptions.Item label="提交时间">{formatDateTime(status.filedAt)}</Descriptions.Item>
          {status.decidedAt && <Descriptions.Item label="处理时间">{formatDateTime(status.decidedAt)}</Descriptions.Item>}
        </Descriptions>
      )}
    </Card>
  );
}
