import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { formatDate, formatDateTime } from '../shared/text';

const STATUS: Record<string, { label: string; color: string }> = {
  open: { label: '处理中', color: 'orange' },
  upheld: { label: '维持原公布', color: 'default' },
  corrected: { label: '已更正公布', color: 'green' },
};

const ReviewsQuery = graphql(`
  query PortalReviews {
    myReviewablePublications {
      publicationId
      year
      seq
      publishedGrade
      reviewUntil
      open
    }
    myReviewRequests {
      id
      year
      reason
      status
      decisionReason
      correctionPublicationId
      filedAt
    }
  }
`);

const RequestReview = graphql(`
  mutation PortalRequestReview($input: RequestReviewInput!) {
    requestReview(input: $input) {
      reviewRequest {
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

/** 复核申请: after a publication, the agency asks for a review of its standing within the bureau's period. */
export function ReviewPage() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReviewsQuery });
  const [state, request] = useMutation(RequestReview);
  const [form] = Form.useForm<{ publicationId: string | null; reason: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [filed, setFiled] = useState<string | null>(null);
  const publications = data?.myReviewablePublications ?? [];
  // the publication the form asks about: the one open for requests, else the newest, once they have loaded
  const defaultPublication = (publications.find((p) => p.open) ?? publications[0])?.publicationId ?? null;
  useEffect(() => {
    if (defaultPublication && !form.getFieldValue('publicationId')) form.setFieldValue('publicationId', defaultPublication);
  }, [defaultPublication, form]);
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  return (
    <>
      <Typography.Title level={3}>复核申请</Typography.Title>
      <Typography.Paragraph>对已公布的考评结果有异议的，可在应急管理局设定的复核申请期限内申请复核。</Typography.Paragraph>
      <Table
        aria-label="本机构的公布"
        rowKey="publicationId"
        pagination={false}
        dataSource={publications}
        locale={{ emptyText: '本机构尚未出现在已公布的结果中' }}
        columns={[
          { title: '年度', dataIndex: 'year' },
          { title: '公告', dataIndex: 'seq', render: (s: number) => `第${s}号` },
          { title: '公布等级', dataIndex: 'publishedGrade' },
          {
            title: '复核申请期限',
            render: (_, p) => (p.reviewUntil ? `至 ${formatDate(p.reviewUntil)}${p.open ? '' : '（已截止）'}` : '未设定'),
          },
        ]}
      />
      <Form
        form={form}
        layout="vertical"
        aria-label="申请复核"
        style={{ maxWidth: 640, marginTop: 16 }}
        initialValues={{ publicationId: publications.find((p) => p.open)?.publicationId ?? null, reason: '' }}
        onFinish={async (values) => {
          const result = await request({ input: { publicationId: values.publicationId ?? '', reason: values.reason } });
          const payload = result.data?.requestReview;
          const list = payload?.errors.length ? payload.errors : [];
          setErrors(list.length ? showFieldErrors(form, list) : []);
          if (!list.length && payload?.reviewRequest) {
            setFiled(payload.reviewRequest.id);
            form.setFieldValue('reason', '');
            refetch({ requestPolicy: 'network-only' });
          }
        }}
      >
        <Form.Item name="publicationId" label="公布">
          <Select
            options={publications.map((p) => ({ value: p.publicationId, label: `${p.year}年度第${p.seq}号公告（${p.publishedGrade}）` }))}
          />
        </Form.Item>
        <Form.Item name="reason" label="复核理由">
          <Input.TextArea rows={4} placeholder="写明对哪一项结果有异议及依据（5–2000 字）" />
        </Form.Item>
        <FormErrors errors={errors} />
        {filed && <Alert type="success" showIcon style={{ marginBottom: 16 }} title={`复核申请已提交（编号 ${filed}）`} />}
        <Button type="primary" htmlType="submit" loading={state.fetching}>
          {state.fetching ? '正在提交…' : '提交复核申请'}
        </Button>
      </Form>
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        本机构的复核申请
      </Typography.Title>
      <Table
        aria-label="本机构的复核申请"
        rowKey="id"
        pagination={false}
        dataSource={data?.myReviewRequests ?? []}
        locale={{ emptyText: '尚无复核申请' }}
        columns={[
          { title: '编号', dataIndex: 'id' },
          { title: '年度', dataIndex: 'year' },
          { title: '理由', dataIndex: 'reason' },
          { title: '提交时间', dataIndex: 'filedAt', render: (t: string) => formatDateTime(t) },
          {
            title: '结论',
            render: (_, r) => (
              <>
                <Tag color={STATUS[r.status]?.color}>{STATUS[r.status]?.label}</Tag>
                {r.decisionReason}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
