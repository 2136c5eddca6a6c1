import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { formatDateTime } from '../shared/text';
import {
  Button,
  Card,
  Descriptions,
  DescriptionsItem,
  ErrorAlert,
  Field,
  Input,
  Result,
  Spin,
  Steps,
  Title,
  required,
  useForm,
} from './ui';

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
function CodeForm({ id, label, code, onCode }: { id: string; label: string; code: string; onCode: (code: string) => void }) {
  const form = useForm(id, { code });
  return (
    <form
      className="ui-form-inline"
      style={{ marginBottom: 24 }}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (form.validate({ code: required('请输入查询码') })) onCode(form.values.code.trim().toUpperCase());
      }}
    >
      <Field label={label} required {...form.field('code')}>
        <Input {...form.bind('code')} style={{ width: 240, flex: 'none' }} maxLength={32} autoComplete="off" />
      </Field>
      <Button type="primary" htmlType="submit">
        查询
      </Button>
    </form>
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
        <Title level={2} style={{ margin: 0 }}>
          查询投诉处理进度
        </Title>
      }
    >
      <CodeForm key={code} id="complaint-track" label="投诉查询码" code={code} onCode={(c) => setParams({ code: c })} />
      {fetching && <Spin tip="正在查询…" />}
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
            <DescriptionsItem label="查询码">{status.trackingCode}</DescriptionsItem>
            <DescriptionsItem label="投诉事项">{status.subject}</DescriptionsItem>
            <DescriptionsItem label="处理状态">{status.statusLabel}</DescriptionsItem>
            {status.closeReason && <DescriptionsItem label="办结说明">{status.closeReason}</DescriptionsItem>}
            <DescriptionsItem label="提交时间">{formatDateTime(status.filedAt)}</DescriptionsItem>
            <DescriptionsItem label="更新时间">{formatDateTime(status.updatedAt)}</DescriptionsItem>
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
        <Title level={2} style={{ margin: 0 }}>
          查询异议处理结果
        </Title>
      }
    >
      <CodeForm key={code} id="objection-track" label="异议查询码" code={code} onCode={(c) => setParams({ code: c })} />
      {fetching && <Spin tip="正在查询…" />}
      <ErrorAlert error={error} />
      {code && !fetching && data && !status && <Result status="warning" title="未找到该查询码对应的异议" subTitle="请核对查询码后重试" />}
      {status && (
        <Descriptions bordered column={1} data-testid="objection-status">
          <DescriptionsItem label="查询码">{status.trackingCode}</DescriptionsItem>
          <DescriptionsItem label="异议机构">{status.agency.name}</DescriptionsItem>
          <DescriptionsItem label="考评年度">{status.year}</DescriptionsItem>
          <DescriptionsItem label="处理状态">{status.statusText}</DescriptionsItem>
          {status.decision && <DescriptionsItem label="处理意见">{status.decision}</DescriptionsItem>}
          <DescriptionsItem label="提交时间">{formatDateTime(status.filedAt)}</DescriptionsItem>
          {status.decidedAt && <DescriptionsItem label="处理时间">{formatDateTime(status.decidedAt)}</DescriptionsItem>}
        </Descriptions>
      )}
    </Card>
  );
}
