import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { formatDate, formatDateTime } from '../shared/text';
import { PageTitle, YearPicker, errorsOf, useViewer, useYear } from './common';
import { RatingBarsSection } from './RatingBars';

export const REVIEW_STATUS: Record<string, { label: string; color: string }> = {
  open: { label: '待处理', color: 'orange' },
  upheld: { label: '维持原公布', color: 'default' },
  corrected: { label: '已更正公布', color: 'green' },
};

const ReviewsQuery = graphql(`
  query ConsoleReviews($tenant: String!, $year: Int!) {
    publications(tenant: $tenant, year: $year) {
      id
      status
      seq
      title
      publishedAt
      supersededById
    }
    ratingRuns(year: $year) {
      id
      runVersion
      status
    }
    downgradeProposals {
      source
      sanctionId
      findingId
      findingRule
      publicationId
      year
      agencyName
      sanction
      decidedOn
      issuer
      sanctionReason
      publishedGrade
      proposedGrade
      rule
    }
  }
`);

const RequestsQuery = graphql(`
  query ConsoleReviewRequests($publicationId: ID!) {
    reviewPeriod(publicationId: $publicationId)
    reviewRequests(publicationId: $publicationId) {
      id
      agencyName
      reason
      status
      decisionReason
      correctionPublicationId
      filedAt
    }
  }
`);

const SetPeriod = graphql(`
  mutation ConsoleSetReviewPeriod($input: SetReviewPeriodInput!) {
    setReviewPeriod(input: $input) {
      endsOn
      errors {
        field
        code
        message
      }
    }
  }
`);

const Decide = graphql(`
  mutation ConsoleDecideReview($input: DecideReviewInput!) {
    decideReview(input: $input) {
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

const Confirm = graphql(`
  mutation ConsoleConfirmDowngrade($input: DowngradeProposalInput!) {
    confirmDowngrade(input: $input) {
      publicationId
      bar {
        id
        firstYear
        lastYear
        exclusionCode
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const Dismiss = graphql(`
  mutation ConsoleDismissDowngrade($input: DismissDowngradeInput!) {
    dismissDowngrade(input: $input) {
      publicationId
      errors {
        field
        code
        message
      }
    }
  }
`);

/** A proposal's source (a sanction, or a finding: 佛山 records 不良信息 under 9.1) and its publication. */
type ProposalKey = { sanctionId?: string; findingId?: string; publicationId: string };

function proposalKey(p: { sanctionId?: string | null; findingId?: string | null; publicationId: string }): ProposalKey {
  return p.findingId
    ? { findingId: p.findingId, publicationId: p.publicationId }
    : { sanctionId: p.sanctionId ?? '', publicationId: p.publicationId };
}

type DecideForm = { decision: string | null; reason: string; runId: string | null };

/** 复核与动态管理: the review period and requests of a publication, and downgrades proposed from sanctions and findings. */
export function ReviewsPage() {
  const [year, setYear] = useYear();
  const { tenant, isAdmin } = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReviewsQuery, variables: { tenant, year }, pause: !tenant });
  const published = (data?.publications ?? []).filter((p) => p.status === 'published');
  const [picked, setPicked] = useState<string | null>(null);
  const publicationId = picked ?? published.find((p) => !p.supersededById)?.id ?? null;
  const [{ data: requests }, refetchRequests] = useQuery({
    query: RequestsQuery,
    variables: { publicationId: publicationId ?? '' },
    pause: !publicationId,
  });
  const [, setPeriod] = useMutation(SetPeriod);
  const [decideState, decide] = useMutation(Decide);
  const [, confirm] = useMutation(Confirm);
  const [, dismiss] = useMutation(Dismiss);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [endsOn, setEndsOn] = useState<dayjs.Dayjs | null>(null);
  const [deciding, setDeciding] = useState<string | null>(null);
  const [dismissing, setDismissing] = useState<ProposalKey | null>(null);
  const [dismissReason, setDismissReason] = useState('');
  const [dismissErrors, setDismissErrors] = useState<UserError[]>([]);
  const [confirmedNote, setConfirmedNote] = useState<string | null>(null);
  const [form] = Form.useForm<DecideForm>();
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const refresh = () => {
    refetch({ requestPolicy: 'network-only' });
    refetchRequests({ requestPolicy: 'network-only' });
  };
  const runs = (data?.ratingRuns ?? []).filter((r) => r.status === 'completed');
  return (
    <>
      <PageTitle>复核与动态管理</PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <YearPicker year={year} onChange={setYear} />
        <label htmlFor="review-publication">公布</label>
        <Select
          id="review-publication"
          style={{ width: 420 }}
          value={publicationId}
          onChange={setPicked}
          placeholder="本年度尚无公布"
          options={published.map((p) => ({ value: p.id, label: `${p.title}（第${p.seq}号${p.supersededById ? '，已被替代' : ''}）` }))}
        />
      </Space>
      <FormErrors errors={errors} />
      {publicationId && (
        <>
          <Typography.Title level={4}>复核申请</Typography.Title>
          <Space style={{ marginBottom: 16 }} wrap>
            <span>复核申请截止日期：{requests?.reviewPeriod ? formatDate(requests.reviewPeriod) : '未设定（机构不能申请复核）'}</span>
            {isAdmin && (
              <>
                <DatePicker aria-label="复核申请截止日期" value={endsOn} onChange={setEndsOn} />
                <Button
                  onClick={async () => {
                    const result = await setPeriod({ input: { publicationId, endsOn: endsOn?.format('YYYY-MM-DD') ?? '' } });
                    const list = errorsOf(result.data?.setReviewPeriod, result.error);
                    setErrors(list);
                    if (!list.length) refresh();
                  }}
                >
                  设定复核期限
                </Button>
              </>
            )}
          </Space>
          <Table
            aria-label="复核申请"
            rowKey="id"
            pagination={false}
            dataSource={requests?.reviewRequests ?? []}
            locale={{ emptyText: '没有复核申请' }}
            columns={[
              { title: '编号', dataIndex: 'id' },
              { title: '机构', dataIndex: 'agencyName' },
              { title: '复核理由', dataIndex: 'reason' },
              { title: '申请时间', dataIndex: 'filedAt', render: (t: string) => formatDateTime(t) },
              {
                title: '结论',
                render: (_, r) => (
                  <>
                    <Tag color={REVIEW_STATUS[r.status]?.color}>{REVIEW_STATUS[r.status]?.label}</Tag>
                    {r.decisionReason}
                    {r.correctionPublicationId && `（更正公布 ${r.correctionPublicationId}）`}
                  </>
                ),
              },
              {
                title: '操作',
                render: (_, r) =>
                  isAdmin &&
                  r.status === 'open' && (
                    <Button size="small" type="primary" onClick={() => setDeciding(r.id)}>
                      处理复核 {r.id}
                    </Button>
                  ),
              },
            ]}
          />
        </>
      )}
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        降级建议（依据登记的约谈、通报等处罚或已确认的检查发现）
      </Typography.Title>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 8 }}
        title="公布后登记的处罚（及本市方案按检查发现记录的不良信息等，须已确认）由平台按本市考评方案提出降级建议，须经人工确认后发布调整公告。"
      />
      {confirmedNote && (
        <Alert type="success" showIcon style={{ marginBottom: 8 }} title={confirmedNote} data-testid="downgrade-confirmed" />
      )}
      <Table
        aria-label="降级建议"
        rowKey={(p) => `${p.source}:${p.sanctionId ?? p.findingId}:${p.publicationId}`}
        pagination={false}
        dataSource={data?.downgradeProposals ?? []}
        locale={{ emptyText: '没有待确认的降级建议' }}
        columns={[
          { title: '机构', dataIndex: 'agencyName' },
          {
            title: '处罚或检查发现',
            render: (_, p) =>
              p.source === 'finding'
                ? `${formatDate(p.decidedOn)} 检查发现${p.sanction}（第 ${p.findingId} 号，${p.findingRule ?? ''}）：${p.sanctionReason}`
                : `${formatDate(p.decidedOn)} ${p.issuer}${p.sanction}：${p.sanctionReason}`,
          },
          { title: '公布等级', render: (_, p) => `${p.year}年度 ${p.publishedGrade}` },
          { title: '建议', dataIndex: 'proposedGrade' },
          { title: '依据', dataIndex: 'rule' },
          {
            title: '操作',
            render: (_, p) =>
              isAdmin && (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={async () => {
                      const result = await confirm({ input: proposalKey(p) });
                      const list = errorsOf(result.data?.confirmDowngrade, result.error);
                      setErrors(list);
                      if (!list.length) {
                        const confirmed = result.data?.confirmDowngrade;
                        const bar = confirmed?.bar;
                        setConfirmedNote(
                          `已确认，调整公告已提交（公布编号 ${confirmed?.publicationId ?? ''}）` +
                            (bar
                              ? `；同时记录禁入期第 ${bar.id} 号：${bar.firstYear === bar.lastYear ? bar.firstYear : `${bar.firstYear}–${bar.lastYear}`}年度不参与考评（${bar.exclusionCode}）`
                              : ''),
                        );
                        refresh();
                      }
                    }}
                  >
                    确认降级
                  </Button>
                  <Button size="small" onClick={() => setDismissing(proposalKey(p))}>
                    不予降级
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        title={`处理复核申请 ${deciding ?? ''}`}
        open={deciding !== null}
        okText="提交"
        cancelText="取消"
        confirmLoading={decideState.fetching}
        onCancel={() => setDeciding(null)}
        onOk={() => form.submit()}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ decision: null, reason: '', runId: null }}
          onFinish={async (values) => {
            if (!deciding) return;
            const result = await decide({
              input: { id: deciding, decision: values.decision ?? '', reason: values.reason, runId: values.runId },
            });
            const list = errorsOf(result.data?.decideReview, result.error);
            const rest = list.length ? showFieldErrors(form, list) : [];
            setErrors(rest);
            if (!list.length) {
              setDeciding(null);
              form.resetFields();
              refresh();
            }
          }}
        >
          <Form.Item name="decision" label="复核结论">
            <Radio.Group
              options={[
                { value: 'uphold', label: '维持原公布' },
                { value: 'correct', label: '更正公布（使用重新考评的批次）' },
              ]}
            />
          </Form.Item>
          <Form.Item name="reason" label="理由">
            <Input.TextArea placeholder="将告知申请机构；更正时写入更正公告" />
          </Form.Item>
          <Form.Item name="runId" label="重新考评的批次（更正时）">
            <Select allowClear options={runs.map((r) => ({ value: r.id, label: `第 ${r.runVersion} 次考评（批次 ${r.id}）` }))} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title="不予降级"
        open={dismissing !== null}
        okText="保存"
        cancelText="取消"
        onCancel={() => {
          setDismissing(null);
          setDismissErrors([]);
        }}
        onOk={async () => {
          if (!dismissing) return;
          const result = await dismiss({ input: { ...dismissing, reason: dismissReason } });
          const list = errorsOf(result.data?.dismissDowngrade, result.error);
          // a refusal (no reason) stays in the dialog beside the reason, which is kept
          setDismissErrors(list);
          if (list.length) return;
          setDismissing(null);
          setDismissReason('');
          refresh();
        }}
      >
        <FormErrors errors={dismissErrors} />
        <Input.TextArea aria-label="不予降级的理由" value={dismissReason} onChange={(e) => setDismissReason(e.target.value)} />
      </Modal>
      <RatingBarsSection year={year} />
    </>
  );
}
