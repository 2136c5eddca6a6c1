import { Descriptions, Skeleton, Space, Typography } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert } from './errors';
import { REPORT_TYPES, ReportStatusTag, WithdrawReportButton } from './ReportUpload';
import { formatDate, formatDateTime } from './text';

const ReportQuery = graphql(`
  query ReportDetail($id: ID!) {
    report(id: $id) {
      id
      agencyId
      agencyName
      enterprise
      type
      reportNo
      title
      issuedOn
      body
      source
      fileName
      status
      version
      uploadedBy
      uploadedAt
      signatories {
        staffId
        name
      }
    }
  }
`);

const SOURCES: Record<string, string> = { text: '填写的正文', pdf: 'PDF 文件', docx: 'Word 文件' };

/** One report: its metadata, signatories and text; withdrawn with a reason while it is active. */
export function ReportDetail({ id }: { id: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReportQuery, variables: { id } });
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const r = data?.report;
  if (!r) return <Typography.Paragraph>未找到该报告。</Typography.Paragraph>;
  return (
    <>
      <Space align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {r.title}
        </Typography.Title>
        <ReportStatusTag status={r.status} />
        {r.status === 'active' && (
          <WithdrawReportButton id={r.id} title={r.title} onDone={() => refetch({ requestPolicy: 'network-only' })} />
        )}
      </Space>
      <Descriptions bordered column={2} size="small" aria-label="报告信息">
        <Descriptions.Item label="机构">{r.agencyName}</Descriptions.Item>
        <Descriptions.Item label="报告类型">{REPORT_TYPES[r.type] ?? r.type}</Descriptions.Item>
        <Descriptions.Item label="报告编号">{r.reportNo ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="委托单位">{r.enterprise}</Descriptions.Item>
        <Descriptions.Item label="出具日期">{formatDate(r.issuedOn)}</Descriptions.Item>
        <Descriptions.Item label="签字人">{r.signatories.map((s) => s.name).join('、')}</Descriptions.Item>
        <Descriptions.Item label="正文来源">
          {SOURCES[r.source] ?? r.source}
          {r.fileName ? `（${r.fileName}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="上传">
          {r.uploadedBy} {formatDateTime(r.uploadedAt)}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        正文
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', maxHeight: 480, overflow: 'auto' }}>{r.body}</Typography.Paragraph>
    </>
  );
}
