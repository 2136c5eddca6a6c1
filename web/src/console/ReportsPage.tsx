import { useState } from 'react';
import { Button, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert } from '../shared/errors';
import { ReportDetail } from '../shared/ReportDetail';
import { REPORT_TYPES, ReportStatusTag, ReportUploadForm } from '../shared/ReportUpload';
import { formatDate } from '../shared/text';

import { AgencyPicker } from './AgencyPicker';
import { CursorPager, PageTitle } from './common';
import { Fragments } from './SearchParts';

const ReportSearchQuery = graphql(`
  query ConsoleSearchReports($query: String, $filter: ReportSearchFilter, $after: String) {
    searchReports(query: $query, filter: $filter, first: 20, after: $after) {
      total
      hits {
        node {
          id
          agencyId
          agencyName
          enterprise
          type
          reportNo
          title
          issuedOn
          status
          signatories {
            name
          }
        }
        highlights {
          field
          fragments
        }
      }
      facets {
        name
        buckets {
          key
          label
          count
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const FACET_NAMES: Record<string, string> = { type: '类型', agency: '机构', year: '年份', signatory: '签字人', status: '状态' };

/** 上传报告 for an agency the bureau picks (an agency may upload its own in the portal). */
function UploadButton() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        上传报告
      </Button>
      <Modal open={open} title="上传技术服务报告" footer={null} width={780} onCancel={() => setOpen(false)} destroyOnHidden>
        <ReportUploadForm agencyField={<AgencyPicker />} onUploaded={(r) => navigate(`/reports/${r.id}`)} />
      </Modal>
    </>
  );
}

/** One report, withdrawn from here with a reason. */
export function ReportPage() {
  const { id = '' } = useParams();
  return (
    <>
      <Link to="/reports">← 报告检索</Link>
      <div style={{ marginTop: 12 }}>
        <ReportDetail id={id} />
      </div>
    </>
  );
}

/** 报告检索: the tenant's reports in Chinese full text, with facets; all reports signed by one person. */
export function ReportsPage() {
  const [form] = Form.useForm<{ query: string; type: string; signatoryName: string }>();
  const [search, setSearch] = useState<{ query: string; type: string; signatoryName: string }>({ query: '', type: '', signatoryName: '' });
  const [pages, setPages] = useState<string[]>([]);
  const filter = { type: search.type || null, signatoryName: search.signatoryName || null };
  const [{ data, fetching, error }] = useQuery({
    query: ReportSearchQuery,
    variables: { query: search.query || null, filter, after: pages[pages.length - 1] ?? null },
  });
  const result = data?.searchReports;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <PageTitle>报告检索</PageTitle>
        <UploadButton />
      </Space>
      <Form
        form={form}
        layout="inline"
        initialValues={{ query: '', type: '', signatoryName: '' }}
        onFinish={(v) => {
          setPages([]);
          setSearch(v);
        }}
        style={{ marginBottom: 16 }}
      >
        <Form.Item label="关键词" name="query">
          <Input allowClear style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label="类型" name="type">
          <Select
            style={{ width: 140 }}
            options={[{ value: '', label: '全部' }, ...Object.entries(REPORT_TYPES).map(([value, label]) => ({ value, label }))]}
          />
        </Form.Item>
        <Form.Item label="签字人" name="signatoryName">
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            搜索
          </Button>
        </Form.Item>
      </Form>
      <ErrorAlert error={error} />
      <Space align="start" size="large">
        <div style={{ minWidth: 180 }}>
          {(result?.facets ?? []).map((f) => (
            <div key={f.name} style={{ marginBottom: 12 }}>
              <Typography.Text strong>{FACET_NAMES[f.name] ?? f.name}</Typography.Text>
              <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                {f.buckets.slice(0, 8).map((b) => (
                  <li key={b.key}>
                    {f.name === 'type' ? (REPORT_TYPES[b.key] ?? b.label) : (b.label ?? b.key)}（{b.count}）
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        <div style={{ flex: 1 }}>
          <Typography.Paragraph>共 {result?.total ?? 0} 份报告</Typography.Paragraph>
          <Table
            aria-label="报告"
            rowKey={(h) => h.node.id}
            loading={fetching}
            pagination={false}
            dataSource={result?.hits ?? []}
            columns={[
              {
                title: '报告',
                render: (_, h) => (
                  <Link to={`/reports/${h.node.id}`}>{`${h.node.title}${h.node.reportNo ? `（${h.node.reportNo}）` : ''}`}</Link>
                ),
              },
              { title: '机构', render: (_, h) => <Link to={`/agencies/${h.node.agencyId}`}>{h.node.agencyName}</Link> },
              { title: '委托单位', render: (_, h) => h.node.enterprise },
              { title: '类型', render: (_, h) => REPORT_TYPES[h.node.type] ?? h.node.type },
              { title: '出具日期', render: (_, h) => formatDate(h.node.issuedOn) },
              { title: '签字人', render: (_, h) => h.node.signatories.map((s) => s.name).join('、') },
              { title: '状态', render: (_, h) => <ReportStatusTag status={h.node.status} /> },
              { title: '匹配内容', render: (_, h) => <Fragments highlights={h.highlights} /> },
            ]}
          />
          <CursorPager pages={pages} setPages={setPages} pageInfo={result?.pageInfo} />
        </div>
      </Space>
    </>
  );
}
