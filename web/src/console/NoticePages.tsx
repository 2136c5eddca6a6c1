import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { chinaToday, formatDate, formatDateTime } from '../shared/text';
import { PUBLICATION_STATUS, PageTitle, StatusTag, YearPicker, useViewer, useYear } from './common';
import { Objections } from './Objections';
import { PublicationLists } from './PublicationLists';

const NoticeQuery = graphql(`
  query ConsoleNotice($year: Int!, $tenant: String!) {
    ratingNotice(year: $year) {
      id
      year
      startsOn
      endsOn
      workingDays
      status
      openedBy
      openedAt
      run {
        id
        runVersion
      }
    }
    ratingRuns(year: $year) {
      id
      runVersion
      status
      endedAt
    }
    publications(tenant: $tenant, year: $year) {
      id
      kind
      status
      seq
      title
      error
      entriesCount
      requestedAt
      publishedAt
      publishedBy
      csvUrl
      announcementUrl
      chainHash
      rowsSha256
    }
  }
`);

const OpenNoticeMutation = graphql(`
  mutation ConsoleOpenNotice($input: OpenNoticeInput!) {
    openNotice(input: $input) {
      notice {
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

const PublishMutation = graphql(`
  mutation ConsolePublish($input: PublishInput!) {
    publish(input: $input) {
      publication {
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

/** 公示与公布: the year's notice (open it from a completed run), its objections and decisions, publishing. */
export function NoticePage() {
  const [year, setYear] = useYear();
  const viewer = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: NoticeQuery,
    variables: { year, tenant: viewer.tenant },
    pause: !viewer.tenant,
    requestPolicy: 'cache-and-network',
  });
  const publications = data?.publications ?? [];
  const pending = publications.some((p) => p.status === 'queued' || p.status === 'running');
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 1000);
    return () => clearInterval(timer);
  }, [pending, refetch]);
  const notice = data?.ratingNotice;
  const [shown, setShown] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>公示与公布</PageTitle>
      <Space style={{ marginBottom: 16 }}>
        <YearPicker year={year} onChange={setYear} />
      </Space>
      <ErrorAlert error={error} />
      {fetching && !data ? (
        <Skeleton active />
      ) : (
        <>
          {notice ? (
            <NoticeCard notice={notice} isAdmin={viewer.isAdmin} onChanged={reload} />
          ) : (
            <Typography.Paragraph>{year}年度尚未公示。</Typography.Paragraph>
          )}
          {viewer.isAdmin && (!notice || notice.status !== 'open') && (
            <OpenNotice runs={(data?.ratingRuns ?? []).filter((r) => r.status === 'completed')} onOpened={reload} />
          )}
          {notice && <Objections noticeId={notice.id} isAdmin={viewer.isAdmin} correctable={notice.status === 'open'} />}
          <Typography.Title level={4} style={{ marginTop: 24 }}>
            公布记录
          </Typography.Title>
          <Table
            aria-label="公布记录"
            rowKey="id"
            pagination={false}
            dataSource={publications}
            locale={{ emptyText: '本年度尚未公布' }}
            columns={[
              { title: '公告', render: (_, p) => (p.seq ? `第${p.seq}号 ${p.title}` : p.title) },
              { title: '状态', dataIndex: 'status', render: (s: string) => <StatusTag map={PUBLICATION_STATUS} status={s} /> },
              { title: '机构数', dataIndex: 'entriesCount', render: (n) => n ?? '—' },
              { title: '公布时间', dataIndex: 'publishedAt', render: (t) => formatDateTime(t) },
              { title: '说明', dataIndex: 'error', render: (e) => e ?? '' },
              {
                title: '校验哈希',
                dataIndex: 'chainHash',
                render: (h: string | null, p) =>
                  h ? (
                    <Typography.Text code copyable={{ text: h }} title={`CSV SHA-256：${p.rowsSha256 ?? ''}`}>
                      {h.slice(0, 12)}…
                    </Typography.Text>
                  ) : (
                    '—'
                  ),
              },
              {
                title: '文件',
                render: (_, p) =>
                  p.status === 'published' ? (
                    <Space>
                      <Button size="small" onClick={() => setShown(p.id)}>
                        查看名单
                      </Button>
                      <a href={`/announcements/view/${p.id}`} target="_blank" rel="noopener">
                        公示网站公告
                      </a>
                      <a href={p.announcementUrl} target="_blank" rel="noopener">
                        打印版公告
                      </a>
                      <a href={p.csvUrl}>下载 CSV</a>
                      <a href={`/publications/${p.id}.xlsx`} download>
                        下载 Excel 名单
                      </a>
                    </Space>
                  ) : null,
              },
            ]}
          />
          {shown && <PublicationLists key={shown} id={shown} />}
        </>
      )}
    </>
  );
}

/** A notice as NoticeQuery reads it. */
interface Notice {
  id: string;
  year: number;
  startsOn: string;
  endsOn: string;
  workingDays: number;
  status: string;
  openedBy: string;
  openedAt: string;
  run: { id: string; runVersion: number };
}

function NoticeCard({ notice, isAdmin, onChanged }: { notice: Notice; isAdmin: boolean; onChanged: () => void }) {
  const [{ fetching }, publish] = useMutation(PublishMutation);
  const [errors, setErrors] = useState<UserError[]>([]);
  const today = chinaToday();
  const over = notice.endsOn < today;
  const statusText =
    notice.status === 'open'
      ? over
        ? '公示期已结束'
        : notice.startsOn > today
          ? '尚未开始'
          : '公示中'
      : notice.status === 'published'
        ? '已公布'
        : '已撤回';
  return (
    <Card title={`${notice.year}年度公示`} style={{ marginBottom: 16 }} data-testid="notice-card">
      <Descriptions bordered size="small" column={2}>
        <Descriptions.Item label="状态">
          <Tag color={notice.status === 'open' && !over ? 'processing' : 'default'}>{statusText}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="公示结果">
          <Link to={`/rating/runs/${notice.run.id}`}>第{notice.run.runVersion}版评定结果</Link>
        </Descriptions.Item>
        <Descriptions.Item label="公示期">
          {formatDate(notice.startsOn)} 至 {formatDate(notice.endsOn)}（{notice.workingDays}个工作日）
        </Descriptions.Item>
        <Descriptions.Item label="发起">
          {notice.openedBy} {formatDateTime(notice.openedAt)}
        </Descriptions.Item>
      </Descriptions>
      {isAdmin && notice.status === 'open' && (
        <div style={{ marginTop: 16 }}>
          <FormErrors errors={errors} />
          {!over && <Typography.Paragraph type="secondary">公示期结束且异议均已处理后方可公布。</Typography.Paragraph>}
          <Button
            type="primary"
            loading={fetching}
            disabled={!over}
            onClick={async () => {
              const result = await publish({ input: { noticeId: notice.id } });
              const payload = result.data?.publish;
              const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
              setErrors(list);
              if (!list.length) onChanged();
            }}
          >
            {fetching ? '正在提交…' : '公布考评结果'}
          </Button>
        </div>
      )}
    </Card>
  );
}

function OpenNotice({ runs, onOpened }: { runs: { id: string; runVersion: number; endedAt?: string | null }[]; onOpened: () => void }) {
  const [form] = Form.useForm<{ runId: string | undefined; startsOn: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching }, open] = useMutation(OpenNoticeMutation);
  if (runs.length === 0) {
    return <Alert type="info" showIcon title="本年度没有已完成的评定，先在“考评评定”中开始评定。" style={{ marginBottom: 16 }} />;
  }
  return (
    <Card title="发起公示" style={{ marginBottom: 16 }}>
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="inline"
        initialValues={{ runId: runs[0].id, startsOn: chinaToday() }}
        onFinish={async (values) => {
          const result = await open({ input: { runId: values.runId ?? '', startsOn: values.startsOn } });
          const payload = result.data?.openNotice;
          const list = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
          if (list.length) {
            setErrors(showFieldErrors(form, list));
            return;
          }
          setErrors([]);
          onOpened();
        }}
      >
        <Form.Item label="评定结果" name="runId">
          <Select
            style={{ width: 220 }}
            options={runs.map((r) => ({ value: r.id, label: `第${r.runVersion}版（${formatDateTime(r.endedAt)}）` }))}
          />
        </Form.Item>
        <Form.Item label="公示开始日期" name="startsOn" rules={[{ required: true, message: '请填写公示开始日期' }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {fetching ? '正在提交…' : '发起公示'}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
