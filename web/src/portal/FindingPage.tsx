import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Skeleton, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { Attachments } from '../shared/Attachments';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDate, formatDateTime, formatDecimal } from '../shared/text';
import { History } from './History';
import { FINDING_STATUS, RECTIFICATION_STATUS, SOURCES, label } from './labels';

const FindingQuery = graphql(`
  query PortalFinding($id: ID!) {
    finding(id: $id) {
      id
      year
      kind
      ruleCode
      count
      value
      of
      evidence
      source
      observedOn
      status
      recordedBy
      recordedAt
      confirmedBy
      ruleText
      attachments {
        id
        fileName
        contentType
        size
        sha256
        uploadedBy
        uploadedAt
      }
      rectificationAttachments {
        id
        fileName
        contentType
        size
        sha256
        uploadedBy
        uploadedAt
      }
      rectification {
        measure
        deadline
        responsible
        status
        answer
        updatedBy
        updatedAt
      }
      history {
        action
        actor
        at
        reason
      }
    }
  }
`);

const AnswerRectification = graphql(`
  mutation PortalAnswerRectification($input: AnswerRectificationInput!) {
    answerRectification(input: $input) {
      finding {
        id
        rectification {
          status
          answer
          updatedBy
          updatedAt
        }
        history {
          action
          actor
          at
          reason
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const DisputeFinding = graphql(`
  mutation PortalDisputeFinding($input: DisputeFindingInput!) {
    disputeFinding(input: $input) {
      finding {
        id
        status
        history {
          action
          actor
          at
          reason
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** One finding: the evidence, its rectification (answered here), its history; a dispute while confirmed. */
export function FindingPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: FindingQuery, variables: { id }, pause: !/^\d+$/.test(id) });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (!/^\d+$/.test(id)) return <Result status="404" title="未找到该问题" extra={<Link to="/findings">返回问题列表</Link>} />;
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const finding = data?.finding;
  if (!finding) return <Result status="404" title="未找到该问题" extra={<Link to="/findings">返回问题列表</Link>} />;
  const rect = finding.rectification;
  return (
    <>
      <Typography.Paragraph>
        <Link to="/findings">← 返回问题列表</Link>
      </Typography.Paragraph>
      <Typography.Title level={2}>
        问题 {finding.kind === 'checklist' ? '（检查表）' : `条款 ${finding.ruleCode}`}{' '}
        <Tag color={FINDING_STATUS[finding.status]?.color}>{FINDING_STATUS[finding.status]?.label ?? finding.status}</Tag>
      </Typography.Title>
      <Card title="问题与证据" style={{ marginBottom: 16 }}>
        <Descriptions bordered column={{ xs: 1, md: 2 }} data-testid="finding-evidence">
          <Descriptions.Item label="证据" span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{finding.evidence}</Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label="考评年度">{finding.year}</Descriptions.Item>
          <Descriptions.Item label="条款">
            {finding.kind === 'checklist' ? finding.ruleText : `${finding.ruleCode} ${finding.ruleText}`}
          </Descriptions.Item>
          <Descriptions.Item label="次数">{finding.count}</Descriptions.Item>
          {finding.value != null && (
            <Descriptions.Item label="比例或数额">
              {formatDecimal(finding.value)}
              {finding.of ? ` / ${finding.of}` : ''}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="来源">{label(SOURCES, finding.source)}</Descriptions.Item>
          <Descriptions.Item label="发现日期">{formatDate(finding.observedOn)}</Descriptions.Item>
          <Descriptions.Item label="记录人">
            {finding.recordedBy}（{formatDateTime(finding.recordedAt)}）
          </Descriptions.Item>
          <Descriptions.Item label="确认人">{finding.confirmedBy ?? '—'}</Descriptions.Item>
        </Descriptions>
        {finding.status === 'draft' && (
          <Alert style={{ marginTop: 16 }} type="info" showIcon title="该问题尚待第二人确认，确认前不计入考评得分。" />
        )}
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          证据材料
        </Typography.Title>
        <Attachments ownerType="finding" ownerId={finding.id} files={finding.attachments} canAttach onChanged={reload} label="证据材料" />
      </Card>
      <Card title="整改" style={{ marginBottom: 16 }}>
        {rect ? (
          <>
            <Descriptions bordered column={{ xs: 1, md: 2 }} data-testid="rectification">
              <Descriptions.Item label="整改措施" span={2}>
                {rect.measure}
              </Descriptions.Item>
              <Descriptions.Item label="整改期限">{formatDate(rect.deadline)}</Descriptions.Item>
              <Descriptions.Item label="整改责任人">{rect.responsible}</Descriptions.Item>
              <Descriptions.Item label="整改状态">
                <Tag color={RECTIFICATION_STATUS[rect.status]?.color}>{RECTIFICATION_STATUS[rect.status]?.label ?? rect.status}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label="最近更新">
                {rect.updatedBy}（{formatDateTime(rect.updatedAt)}）
              </Descriptions.Item>
              <Descriptions.Item label="机构报告的整改情况" span={2}>
                {rect.answer ?? '尚未提交'}
              </Descriptions.Item>
            </Descriptions>
            {rect.status === 'submitted' && (
              <Alert type="success" showIcon role="status" style={{ marginTop: 16 }} title="整改情况已提交，等待应急管理局审核" />
            )}
            {rect.status === 'rejected' && (
              <Alert type="warning" showIcon style={{ marginTop: 16 }} title="整改被退回，请按处理记录中的理由补充后重新提交" />
            )}
            {(rect.status === 'open' || rect.status === 'rejected') && <AnswerForm findingId={finding.id} />}
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              整改材料（照片、文件）
            </Typography.Title>
            <Attachments
              ownerType="rectification"
              ownerId={finding.id}
              files={finding.rectificationAttachments}
              canAttach={rect.status !== 'accepted'}
              onChanged={reload}
              label="整改材料"
            />
          </>
        ) : (
          <Typography.Text type="secondary">应急管理局尚未对该问题下达整改要求。</Typography.Text>
        )}
      </Card>
      {finding.status === 'confirmed' && <DisputeForm findingId={finding.id} />}
      <Card title="处理记录">
        <History changes={finding.history} testId="finding-history" />
      </Card>
    </>
  );
}

interface AnswerValues {
  answer: string;
}

function AnswerForm({ findingId }: { findingId: string }) {
  const [form] = Form.useForm<AnswerValues>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, answer] = useMutation(AnswerRectification);
  const submit = async (values: AnswerValues) => {
    setErrors([]);
    const result = await answer({ input: { findingId, answer: values.answer ?? '' } });
    const payload = result.data?.answerRectification;
    const problems = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
    if (problems.length) {
      setErrors(showFieldErrors(form, problems));
      return;
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ answer: '' }}
      onFinish={(v) => void submit(v)}
      style={{ marginTop: 16 }}
      aria-label="提交整改情况"
    >
      <FormErrors errors={errors} />
      <Form.Item name="answer" label="整改情况" extra="写明采取的措施、完成时间和佐证材料，提交后由应急管理局审核。">
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={fetching}>
        {fetching ? '正在提交…' : '提交整改情况'}
      </Button>
    </Form>
  );
}

interface DisputeValues {
  reason: string;
}

function DisputeForm({ findingId }: { findingId: string }) {
  const [form] = Form.useForm<DisputeValues>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, dispute] = useMutation(DisputeFinding);
  const submit = async (values: DisputeValues) => {
    setErrors([]);
    const result = await dispute({ input: { id: findingId, reason: values.reason ?? '' } });
    const payload = result.data?.disputeFinding;
    const problems = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
    if (problems.length) {
      setErrors(showFieldErrors(form, problems));
    }
  };
  return (
    <Card title="对该问题有异议" style={{ marginBottom: 16 }}>
      <Form form={form} layout="vertical" initialValues={{ reason: '' }} onFinish={(v) => void submit(v)} aria-label="对问题提出异议">
        <FormErrors errors={errors} />
        <Form.Item name="reason" label="异议理由" extra="提出异议后，该问题在复核确认前不计入得分。">
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Button htmlType="submit" loading={fetching}>
          {fetching ? '正在提交…' : '提出异议'}
        </Button>
      </Form>
    </Card>
  );
}
