import { useEffect, useState } from 'react';
import { Button, Form, Input, Modal, Radio, Space, Table, Typography } from 'antd';
import { actionLabel, rerunLabel, rerunPending } from '../shared/labels';
import { Attachments, type AttachmentFile } from '../shared/Attachments';

import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDateTime } from '../shared/text';
import { RevealContact } from './RevealContact';

const ObjectionsQuery = graphql(`
  query ConsoleObjections($noticeId: ID!) {
    objections(noticeId: $noticeId, first: 100) {
      edges {
        node {
          id
          trackingCode
          agency {
            id
            name
          }
          filerKind
          filerName
          contact
          reason
          status
          statusText
          decision
          decidedBy
          filedAt
          rerun {
            id
            runVersion
            status
          }
          attachments {
            id
            fileName
            contentType
            size
            sha256
            uploadedBy
            uploadedAt
          }
          history {
            action
            actor
            at
            reason
          }
        }
      }
    }
  }
`);

const DecideObjectionMutation = graphql(`
  mutation ConsoleDecideObjection($input: DecideObjectionInput!) {
    decideObjection(input: $input) {
      objection {
        id
        status
        statusText
        decision
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

interface ObjectionRow {
  id: string;
  trackingCode: string;
  filerKind: string;
  filerName?: string | null;
  contact?: string | null;
  agency: { id: string; name: string };
  reason: string;
  status: string;
  statusText: string;
  history: { action: string; actor: string; at: string; reason?: string | null }[];
  attachments: AttachmentFile[];
  rerun?: { id: string; runVersion: number; status: string } | null;
}

/**
 * The notice's objections (bureau admins): decide an open one; correct a decision while the notice is
 * open (its results not yet published), every decision and correction kept in the objection's history.
 */
export function Objections({ noticeId, isAdmin, correctable }: { noticeId: string; isAdmin: boolean; correctable: boolean }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ObjectionsQuery,
    variables: { noticeId },
    pause: !isAdmin,
    requestPolicy: 'cache-and-network',
  });
  const [deciding, setDeciding] = useState<ObjectionRow | null>(null);
  const rows = data?.objections?.edges.flatMap((e) => (e ? [e.node] : [])) ?? [];
  // an accepted objection's re-rating runs in the background: asked again every 2 s until it is done
  const pending = rows.some((o) => rerunPending(o.rerun));
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 2000);
    return () => clearInterval(timer);
  }, [pending, refetch]);
  if (!isAdmin) return null;
  return (
    <>
      <Typography.Title level={4}>异议</Typography.Title>
      <ErrorAlert error={error} />
      <Table
        aria-label="异议"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '暂无异议' }}
        columns={[
          { title: '查询码', dataIndex: 'trackingCode' },
          { title: '机构', render: (_, o) => o.agency.name },
          {
            title: '提出方',
            render: (_, o) =>
              o.filerKind === 'agency' ? (
                '机构'
              ) : (
                <>
                  公众{o.filerName ? `（${o.filerName}${o.contact ? `，${o.contact}` : ''}）` : o.contact ? `（${o.contact}）` : ''}{' '}
                  {(o.filerName || o.contact) && (
                    <RevealContact kind="objection" id={o.id} onRevealed={() => refetch({ requestPolicy: 'network-only' })} />
                  )}
                </>
              ),
          },
          { title: '理由', dataIndex: 'reason' },
          { title: '提出时间', dataIndex: 'filedAt', render: (t) => formatDateTime(t) },
          { title: '状态', dataIndex: 'statusText' },
          {
            title: '处理意见',
            render: (_, o) => (
              <>
                {o.decision ?? ''}
                {o.history.length > 2 && (
                  <div>
                    <Typography.Text type="secondary">
                      {o.history
                        .slice(1)
                        .map((h) => `${actionLabel(h.action)}（${h.actor} ${formatDateTime(h.at)}）${h.reason ?? ''}`)
                        .join('；')}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          {
            title: '操作',
            render: (_, o) =>
              o.status === 'open' ? (
                <Button size="small" onClick={() => setDeciding(o)} aria-label={`处理异议 ${o.trackingCode}`}>
                  处理
                </Button>
              ) : (
                <Space direction="vertical" size={4}>
                  {rerunLabel(o.rerun)}
                  {correctable && (
                    <Button size="small" onClick={() => setDeciding(o)} aria-label={`更正处理结果 ${o.trackingCode}`}>
                      更正
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {deciding && (
        <DecideObjection
          objection={rows.find((r) => r.id === deciding.id) ?? deciding}
          onFilesChanged={() => refetch({ requestPolicy: 'network-only' })}
          onClose={(changed) => {
            setDeciding(null);
            if (changed) refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </>
  );
}

function DecideObjection({
  objection,
  onClose,
  onFilesChanged,
}: {
  objection: ObjectionRow;
  onClose: (changed: boolean) => void;
  onFilesChanged: () => void;
}) {
  // no choice made when the dialog opens: the bureau decides, the form does not suggest
  const [form] = Form.useForm<{ accept: boolean | undefined; decision: string }>();
  const correcting = objection.status !== 'open';
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, decide] = useMutation(DecideObjectionMutation);
  return (
    <Modal
      open
      title={`${correcting ? '更正处理结果' : '处理异议'}：${objection.agency.name}`}
      onCancel={() => onClose(false)}
      okText={fetching ? '正在提交…' : '提交处理意见'}
      cancelText="取消"
      okButtonProps={{ loading: fetching }}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph>理由：{objection.reason}</Typography.Paragraph>
      <Attachments
        ownerType="objection"
        ownerId={objection.id}
        files={objection.attachments}
        canAttach
        onChanged={onFilesChanged}
        label="附件"
      />
      {correcting && (
        <Typography.Paragraph type="secondary">
          当前结果：{objection.statusText}。更正前后的处理意见都保留在处理记录中。
        </Typography.Paragraph>
      )}
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ accept: undefined, decision: '' }}
        onFinish={async (values) => {
          const result = await decide({ input: { id: objection.id, accept: values.accept === true, decision: values.decision } });
          const payload = result.data?.decideObjection;
          const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
          if (list.length) {
            setErrors(showFieldErrors(form, list));
            return;
          }
          onClose(true);
        }}
      >
        <Form.Item label="处理结果" name="accept" rules={[{ required: true, message: '请选择采纳或不采纳' }]}>
          <Radio.Group>
            <Radio value={true}>采纳（重新评定）</Radio>
            <Radio value={false}>不采纳</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item label="处理意见（告知提出方）" name="decision" rules={[{ required: true, message: '请填写处理意见' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
