import { useState } from 'react';
import { Button, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert } from '../shared/errors';
import { ReportDetail } from '../shared/ReportDetail';
import { REPORT_TYPES, ReportStatusTag, ReportUploadForm, UploadedNotice, WithdrawReportButton } from '../shared/ReportUpload';
import { formatDate } from '../shared/text';
import { WithMyAgency } from './MyAgency';

const AgencyReportsQuery = graphql(`
  query PortalAgencyReports($agencyId: ID!, $after: String) {
    agencyReports(agencyId: $agencyId, first: 20, after: $after) {
      edges {
        node {
          id
          type
          reportNo
          title
          enterprise
          issuedOn
          status
          signatories {
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

function OwnReports({ agencyId }: { agencyId: string }) {
  const [pages, setPages] = useState<string[]>([]);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AgencyReportsQuery,
    variables: { agencyId, after: pages[pages.length - 1] ?? null },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const connection = data?.agencyReports;
  return (
    <>
      <ErrorAlert error={error} />
      <Table
        aria-label="本机构的报告"
        rowKey={(e) => e?.node.id ?? ''}
        loading={fetching}
        pagination={false}
        dataSource={connection?.edges ?? []}
        locale={{ emptyText: '本机构尚未上传报告' }}
        columns={[
          { title: '报告名称', render: (_, e) => e && <Link to={`/reports/${e.node.id}`}>{e.node.title}</Link> },
          { title: '报告编号', render: (_, e) => e?.node.reportNo ?? '—' },
          { title: '类型', render: (_, e) => e && (REPORT_TYPES[e.node.type] ?? e.node.type) },
          { title: '委托单位', render: (_, e) => e?.node.enterprise },
          { title: '出具日期', render: (_, e) => formatDate(e?.node.issuedOn) },
          { title: '签字人', render: (_, e) => e?.node.signatories.map((s) => s.name).join('、') },
          { title: '状态', render: (_, e) => e && <ReportStatusTag status={e.node.status} /> },
          {
            title: '操作',
            render: (_, e) => e?.node.status === 'active' && <WithdrawReportButton id={e.node.id} title={e.node.title} onDone={reload} />,
          },
        ]}
      />
      <div style={{ margin: '8px 0 24px' }}>
        {pages.length > 0 && <Button onClick={() => setPages(pages.slice(0, -1))}>上一页</Button>}{' '}
        {connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
          <Button onClick={() => setPages([...pages, connection.pageInfo.endCursor ?? ''])}>下一页</Button>
        )}
      </div>
      <Typography.Title level={4}>上传报告</Typography.Title>
      <UploadedNotice title={uploaded} />
      <ReportUploadForm
        agencyId={agencyId}
        onUploaded={(r) => {
          setUploaded(r.title);
          setPages([]);
          reload();
        }}
      />
    </>
  );
}

/** 技术服务报告: the agency's own reports with their status, an upload form, and withdrawing with a reason. */
export function ReportsPage() {
  return (
    <>
      <Typography.Title level={3}>技术服务报告</Typography.Title>
      <Typography.Paragraph>
        上传本机构出具的技术服务报告（填写正文，或上传 PDF / Word 文件，不超过 512 KB），应急管理局可检索并抽取报告开展专家评审。
      </Typography.Paragraph>
      <WithMyAgency>{(agency) => <OwnReports agencyId={agency.id} />}</WithMyAgency>
    </>
  );
}

/** One of the agency's reports. */
export function ReportPage() {
  const { id = '' } = useParams();
  return (
    <>
      <Link to="/reports">← 技术服务报告</Link>
      <div style={{ marginTop: 12 }}>
        <ReportDetail id={id} />
      </div>
    </>
  );
}
