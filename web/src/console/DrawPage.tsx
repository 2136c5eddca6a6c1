import { useState } from 'react';
import { Button, Descriptions, Form, Input, Modal, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { formatDateTime } from '../shared/text';
import { DRAW_KINDS, DRAW_STATUS, RevealDraw, WEIGHTINGS, quotaText } from './DrawPages';
import { PageTitle, errorsOf, useViewer } from './common';

const DrawQuery = graphql(`
  query ConsoleDraw($id: ID!) {
    draw(id: $id) {
      ...DrawDetailFields
    }
  }
`);

const CancelDraw = graphql(`
  mutation ConsoleCancelDraw($input: CancelDrawInput!) {
    cancelDraw(input: $input) {
      draw {
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

/** One draw: its public facts, the reveal with the kept seed, cancelling, and the drawn candidates. */
export function DrawPage() {
  const { id = '' } = useParams();
  const { isAdmin } = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: DrawQuery, variables: { id } });
  const [revealState, reveal] = useMutation(RevealDraw);
  const [, cancel] = useMutation(CancelDraw);
  const [form] = Form.useForm<{ seed: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const draw = data?.draw;
  if (!draw) return <Typography.Paragraph>抽取记录不存在。</Typography.Paragraph>;
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>
        第 {draw.id} 号抽取：{draw.title}
      </PageTitle>
      <Descriptions bordered size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="状态">
          <Tag color={DRAW_STATUS[draw.status]?.color}>{DRAW_STATUS[draw.status]?.label}</Tag>
          {draw.cancelReason && `取消原因：${draw.cancelReason}`}
        </Descriptions.Item>
        <Descriptions.Item label="抽取对象与方式">
          {DRAW_KINDS[draw.kind]}，{quotaText(draw.quotaMode, draw.quotaValue)}，{WEIGHTINGS[draw.weighting]}，名单 {draw.candidatesCount}{' '}
          个
        </Descriptions.Item>
        <Descriptions.Item label="名单文件 SHA-256">
          <code>{draw.listSha256}</code> <a href={draw.candidatesUrl}>下载名单文件</a>
        </Descriptions.Item>
        <Descriptions.Item label="种子承诺值（SHA-256）">
          <code>{draw.commitment}</code>
        </Descriptions.Item>
        <Descriptions.Item label="随机种子">
          {draw.seed ? <code aria-label="已公开的随机种子">{draw.seed}</code> : '抽取后公开'}
        </Descriptions.Item>
        <Descriptions.Item label="公布与抽取时间">
          {formatDateTime(draw.committedAt)}
          {draw.revealedAt && ` / ${formatDateTime(draw.revealedAt)}`}
        </Descriptions.Item>
      </Descriptions>
      {draw.status === 'committed' && isAdmin && (
        <Form
          form={form}
          layout="inline"
          aria-label="输入种子抽取"
          initialValues={{ seed: '' }}
          style={{ marginBottom: 16 }}
          onFinish={async ({ seed }) => {
            const result = await reveal({ input: { id: draw.id, seed } });
            const list = errorsOf(result.data?.revealDraw, result.error);
            setErrors(list.length ? showFieldErrors(form, list) : []);
            if (!list.length) refresh();
          }}
        >
          <Form.Item name="seed" label="随机种子">
            <Input style={{ width: 560 }} placeholder="发起抽取时保存的 64 位十六进制种子" />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={revealState.fetching}>
                {revealState.fetching ? '正在提交…' : '抽取并公开'}
              </Button>
              <Button onClick={() => setCancelling(true)}>取消本次抽取</Button>
            </Space>
          </Form.Item>
        </Form>
      )}
      <FormErrors errors={errors} />
      {draw.status === 'revealed' && (
        <>
          <Typography.Title level={4}>抽取结果（{draw.drawn.length}）</Typography.Title>
          <Table
            aria-label="抽取结果"
            rowKey={(d) => `${d.group},${d.candidate}`}
            pagination={false}
            dataSource={draw.drawn}
            columns={[
              { title: '分组', dataIndex: 'group', render: (g: string) => (g === 'all' ? '全部' : `机构 ${g.slice(1)}`) },
              { title: '序号', dataIndex: 'rank' },
              { title: '抽中对象', dataIndex: 'label' },
              { title: '编号', dataIndex: 'candidate' },
              { title: '排序值（HMAC-SHA256）', dataIndex: 'key', render: (k: string) => <code>{k.slice(0, 16)}…</code> },
            ]}
          />
          <Typography.Paragraph style={{ marginTop: 16 }}>
            复核：下载名单文件后运行 <code>python3 tools/draw/verify_draw.py candidates.txt {draw.seed}</code>，结果应与上表一致。
          </Typography.Paragraph>
        </>
      )}
      <Modal
        title="取消本次抽取"
        open={cancelling}
        okText="确认取消"
        cancelText="返回"
        onCancel={() => setCancelling(false)}
        onOk={async () => {
          const result = await cancel({ input: { id: draw.id, reason } });
          const list = errorsOf(result.data?.cancelDraw, result.error);
          setErrors(list);
          setCancelling(false);
          if (!list.length) refresh();
        }}
      >
        <Input.TextArea
          aria-label="取消原因"
          placeholder="取消原因（将随抽取记录公开）"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
