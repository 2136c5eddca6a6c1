import { useEffect, useRef, useState } from 'react';
import { Button, Card, Descriptions, Drawer, Form, Input, Progress, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { runReason } from '../shared/labels';
import { ExportButton } from './ExportButton';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDateTime, formatDecimal } from '../shared/text';
import { Trail as ScoreTrail } from '../shared/Trail';
import { CursorPager, PageTitle, RUN_STATUS, StatusTag, YearPicker, newKey, useViewer, useYear } from './common';

const RunsQuery = graphql(`
  query ConsoleRatingRuns($year: Int!) {
    ratingRuns(year: $year) {
      id
      year
      runVersion
      schemeVersion
      status
      itemsDone
      itemsTotal
      requestedBy
      requestedAt
      endedAt
      reason
      error
    }
    activeScheme(year: $year) {
      version
      title
    }
  }
`);

const RunProgressQuery = graphql(`
  query ConsoleRunProgress($id: ID!) {
    ratingRun(id: $id) {
      id
      status
      itemsDone
      itemsTotal
      error
      endedAt
    }
  }
`);

const StartRatingMutation = graphql(`
  mutation ConsoleStartRating($input: StartRatingInput!) {
    startRating(input: $input) {
      run {
        id
        status
        runVersion
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** The live progress of a queued or running run: polls ratingRun every second until it ends. */
export function RunProgress({ id, onDone }: { id: string; onDone: () => void }) {
  const [{ data }, poll] = useQuery({ query: RunProgressQuery, variables: { id }, requestPolicy: 'network-only' });
  const run = data?.ratingRun;
  const active = !run || run.status === 'queued' || run.status === 'running';
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    if (!active) {
      done.current();
      return;
    }
    const timer = setInterval(() => poll({ requestPolicy: 'network-only' }), 1000);
    return () => clearInterval(timer);
  }, [active, poll]);
  if (!run) return null;
  const total = run.itemsTotal ?? 0;
  const percent = total > 0 ? Math.floor((run.itemsDone * 100) / total) : run.status === 'completed' ? 100 : 0;
  return (
    <div data-testid="rating-progress" aria-live="polite">
      <Space>
        <StatusTag map={RUN_STATUS} status={run.status} />
        <span>
          已评定 {run.itemsDone} / {run.itemsTotal ?? '统计中'} 家机构
        </span>
      </Space>
      <Progress
        percent={percent}
        status={run.status === 'failed' ? 'exception' : run.status === 'completed' ? 'success' : 'active'}
        aria-label="评定进度"
      />
      {run.error && <Typography.Text type="danger">{run.error}</Typography.Text>}
    </div>
  );
}

/** 考评评定: start the year's rating (bureau admins), its live progress, the year's runs. */
export function RatingPage() {
  const [year, setYear] = useYear();
  const viewer = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RunsQuery, variables: { year }, requestPolicy: 'cache-and-network' });
  const [form] = Form.useForm<{ reason: string }>();
  const [formErrors, setFormErrors] = useState<UserError[]>([]);
  const [key, setKey] = useState(newKey);
  const [{ fetching: starting }, start] = useMutation(StartRatingMutation);
  // the run started here stays in view with its final state; else any run of the year in progress
  const [started, setStarted] = useState<string | null>(null);
  const runs = data?.ratingRuns ?? [];
  const active = runs.find((r) => r.status === 'queued' || r.status === 'running');
  const watched = active?.id ?? (runs.some((r) => r.id === started) ? started : null);
  return (
    <>
      <PageTitle>考评评定</PageTitle>
      <Space style={{ marginBottom: 16 }}>
        <YearPicker year={year} onChange={setYear} />
        <Typography.Text type="secondary">
          {data?.activeScheme ? `启用方案：${data.activeScheme.title}（${data.activeScheme.version}）` : '本年度没有启用的考评方案'}
        </Typography.Text>
      </Space>
      {viewer.isAdmin && (
        <Card title="开始评定" style={{ marginBottom: 16 }}>
          <FormErrors errors={formErrors} />
          <Form
            form={form}
            layout="inline"
            initialValues={{ reason: '' }}
            onFinish={async (values) => {
              const result = await start({ input: { year, reason: values.reason, idempotencyKey: key } });
              const payload = result.data?.startRating;
              const errors = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
              if (errors.length) {
                setFormErrors(showFieldErrors(form, errors));
                return;
              }
              setFormErrors([]);
              setStarted(payload?.run?.id ?? null);
              setKey(newKey());
              form.resetFields();
              refetch({ requestPolicy: 'network-only' });
            }}
          >
            <Form.Item label="评定原因" name="reason" rules={[{ required: true, message: '请填写评定原因' }]}>
              <Input style={{ width: 360 }} maxLength={500} placeholder="例如：年度评定" />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={starting} disabled={!!active}>
                {starting ? '正在提交…' : `开始${year}年度评定`}
              </Button>
            </Form.Item>
          </Form>
          {watched && (
            <div style={{ marginTop: 16 }}>
              <RunProgress key={watched} id={watched} onDone={() => refetch({ requestPolicy: 'network-only' })} />
            </div>
          )}
        </Card>
      )}
      <ErrorAlert error={error} />
      <Table
        aria-label="评定批次"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={runs}
        locale={{ emptyText: '本年度尚未评定' }}
        columns={[
          { title: '版本', dataIndex: 'runVersion', render: (v: number) => `第${v}版` },
          { title: '方案版本', dataIndex: 'schemeVersion' },
          { title: '状态', dataIndex: 'status', render: (s: string) => <StatusTag map={RUN_STATUS} status={s} /> },
          { title: '进度', render: (_, r) => `${r.itemsDone} / ${r.itemsTotal ?? '—'}` },
          { title: '发起人', dataIndex: 'requestedBy' },
          { title: '发起时间', dataIndex: 'requestedAt', render: (t: string) => formatDateTime(t) },
          { title: '原因', dataIndex: 'reason', render: (r: string | null) => runReason(r) },
          {
            title: '结果',
            render: (_, r) =>
              r.status === 'completed' ? <Link to={`/rating/runs/${r.id}`}>查看结果（第{r.runVersion}版）</Link> : (r.error ?? ''),
          },
        ]}
      />
    </>
  );
}

const RunResultsQuery = graphql(`
  query ConsoleRunResults($id: ID!, $after: String, $filter: RatingResultFilter) {
    ratingRun(id: $id) {
      id
      year
      runVersion
      schemeVersion
      status
      itemsDone
      itemsTotal
      requestedBy
      requestedAt
      endedAt
      reason
      results(first: 50, after: $after, filter: $filter) {
        edges {
          node {
            agency {
              id
              name
            }
            total
            grade
            overallRank
            groupKey
            groupRank
            exclusion {
              code
              wording
            }
            vetoes {
              code
              wording
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const TrailQuery = graphql(`
  query ConsoleResultTrail($id: ID!, $agencyId: ID!) {
    ratingRun(id: $id) {
      id
      result(agencyId: $agencyId) {
        agency {
          id
          name
        }
        total
        rawTotal
        grade
        overallRank
        exclusion {
          code
          wording
        }
        vetoes {
          code
          wording
        }
        trail {
          ...RatingTrailFields
        }
      }
    }
  }
`);

const GRADES = ['优秀', '良好', '合格', '基本合格', '不合格'];

/** 评定结果: a run's results in rank order, filtered by grade; the per-item trail of any agency. */
export function RunPage() {
  const { id = '' } = useParams();
  const [pages, setPages] = useState<string[]>([]);
  const [grade, setGrade] = useState<string>('');
  const [{ data, fetching, error }] = useQuery({
    query: RunResultsQuery,
    variables: { id, after: pages[pages.length - 1] ?? null, filter: grade ? { grade } : null },
  });
  const [trailOf, setTrailOf] = useState<{ id: string; name: string } | null>(null);
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const run = data?.ratingRun;
  if (!run) return <Typography.Paragraph>评定批次不存在。</Typography.Paragraph>;
  const rows = run.results?.edges.flatMap((e) => (e ? [e.node] : [])) ?? [];
  return (
    <>
      <PageTitle>
        {run.year}年度评定结果（第{run.runVersion}版）
      </PageTitle>
      {run.status === 'completed' && (
        <Space style={{ marginBottom: 16 }}>
          <ExportButton url={`/exports/ratings/${run.id}.xlsx`} fileName={`${run.year}年度评定结果（第${run.runVersion}版）.xlsx`}>
            导出评定结果（Excel，含各项得分）
          </ExportButton>
        </Space>
      )}
      <Descriptions bordered size="small" column={3} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="状态">
          <StatusTag map={RUN_STATUS} status={run.status} />
        </Descriptions.Item>
        <Descriptions.Item label="方案版本">{run.schemeVersion}</Descriptions.Item>
        <Descriptions.Item label="评定机构数">{run.itemsTotal ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="发起人">{run.requestedBy}</Descriptions.Item>
        <Descriptions.Item label="完成时间">{formatDateTime(run.endedAt)}</Descriptions.Item>
        <Descriptions.Item label="原因">{runReason(run.reason)}</Descriptions.Item>
      </Descriptions>
      <Space style={{ marginBottom: 16 }} wrap>
        <label htmlFor="grade-filter">等级</label>
        <Select
          id="grade-filter"
          style={{ width: 140 }}
          value={grade}
          onChange={(g) => {
            setPages([]);
            setGrade(g);
          }}
          options={[{ value: '', label: '全部' }, ...GRADES.map((g) => ({ value: g, label: g }))]}
        />
        <Link to={`/notice?year=${run.year}`}>公示与公布</Link>
      </Space>
      <Table
        aria-label="评定结果"
        rowKey={(r) => r.agency.id}
        loading={fetching}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '名次', dataIndex: 'overallRank', render: (r) => r ?? '—' },
          { title: '机构', render: (_, r) => r.agency.name },
          { title: '总分', dataIndex: 'total', render: (t) => formatDecimal(t) },
          { title: '等级', dataIndex: 'grade', render: (g) => g ?? '—' },
          { title: '分组名次', render: (_, r) => (r.groupKey ? `${r.groupKey} 第${r.groupRank}名` : '—') },
          {
            title: '说明',
            render: (_, r) => (
              <>
                {r.exclusion && <Tag>{r.exclusion.wording}</Tag>}
                {r.vetoes.map((v) => (
                  <Tag color="red" key={v.code}>
                    {v.wording}
                  </Tag>
                ))}
              </>
            ),
          },
          {
            title: '明细',
            render: (_, r) => (
              <Button size="small" onClick={() => setTrailOf(r.agency)} aria-label={`查看 ${r.agency.name} 的评分明细`}>
                评分明细
              </Button>
            ),
          },
        ]}
      />
      <CursorPager pages={pages} setPages={setPages} pageInfo={run.results?.pageInfo} />
      <Drawer open={!!trailOf} onClose={() => setTrailOf(null)} size="large" title={trailOf ? `${trailOf.name} 评分明细` : ''}>
        {trailOf && <ResultTrail runId={run.id} agencyId={trailOf.id} />}
      </Drawer>
    </>
  );
}

/** The per-item trail of one agency's result. */
export function ResultTrail({ runId, agencyId }: { runId: string; agencyId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: TrailQuery, variables: { id: runId, agencyId } });
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const result = data?.ratingRun?.result;
  if (!result) return <Typography.Paragraph>该机构在本批次中没有结果。</Typography.Paragraph>;
  return (
    <div data-testid="rating-trail">
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="总分">{formatDecimal(result.total)}</Descriptions.Item>
        <Descriptions.Item label="等级">{result.grade ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="未取整总分">{formatDecimal(result.rawTotal)}</Descriptions.Item>
        <Descriptions.Item label="名次">{result.overallRank ?? '—'}</Descriptions.Item>
        {result.exclusion && <Descriptions.Item label="不参与考评">{result.exclusion.wording}</Descriptions.Item>}
        {result.vetoes.length > 0 && <Descriptions.Item label="否决项">{result.vetoes.map((v) => v.wording).join('；')}</Descriptions.Item>}
      </Descriptions>
      <ScoreTrail trail={result.trail} />
    </div>
  );
}
