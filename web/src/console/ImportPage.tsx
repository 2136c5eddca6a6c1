import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Typography, Upload } from 'antd';
import { accessToken } from '../shared/auth';
import { AdminOnly, PageTitle, useViewer } from './common';
import { ExportButton } from './ExportButton';

interface Problem {
  sheet: string;
  row: number;
  column: string;
  header: string;
  message: string;
}

/**
 * 表格导入 (bureau admins): the agency sheet (机构, 人员, 服务项目) from its template. The whole sheet is checked
 * first; any problem is listed by sheet, row and column and nothing is written; a sheet without problems is
 * written at once.
 */
export function ImportPage() {
  const viewer = useViewer();
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [done, setDone] = useState<{ agencies: number; staff: number; engagements: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!viewer.isAdmin) return <AdminOnly />;
  return (
    <>
      <PageTitle>表格导入</PageTitle>
      <Card style={{ maxWidth: 960 }}>
        <Typography.Paragraph>
          下载模板，按「机构」「人员」「服务项目」三张工作表填写后上传。整张表格检查无误后才会写入；有问题时不写入任何数据，并按工作表、行和列列出问题。
        </Typography.Paragraph>
        <Space wrap>
          <ExportButton url="/imports/agencies/template.xlsx" fileName="机构人员服务项目导入模板.xlsx">
            下载模板
          </ExportButton>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            customRequest={async ({ file }) => {
              setBusy(true);
              setError(null);
              setDone(null);
              setProblems(null);
              const body = new FormData();
              body.append('file', file as Blob, (file as File).name);
              const token = await accessToken();
              try {
                const response = await fetch('/imports/agencies', {
                  method: 'POST',
                  body,
                  headers: token ? { Authorization: `Bearer ${token}` } : {},
                });
                const answer = await response.json().catch(() => null);
                if (response.ok) setDone(answer?.imported ?? null);
                else if (answer?.problems) setProblems(answer.problems);
                else setError(answer?.errors?.[0]?.message ?? '导入未成功，请稍后重试');
              } catch {
                setError('无法连接服务器，请检查网络后重试');
              } finally {
                setBusy(false);
              }
            }}
          >
            <Button type="primary" loading={busy}>
              {busy ? '正在检查并导入…' : '上传表格并导入'}
            </Button>
          </Upload>
        </Space>
      </Card>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginTop: 16 }} />}
      {done && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginTop: 16 }}
          title={`已导入 ${done.agencies} 家机构、${done.staff} 名人员、${done.engagements} 个服务项目`}
        />
      )}
      {problems && (
        <>
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginTop: 16 }}
            title={`表格有 ${problems.length} 处问题，未写入任何数据。请修改后重新上传。`}
          />
          <Table
            aria-label="表格问题"
            style={{ marginTop: 8 }}
            size="small"
            rowKey={(p) => `${p.sheet}-${p.row}-${p.column}-${p.message}`}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            dataSource={problems}
            columns={[
              { title: '工作表', dataIndex: 'sheet' },
              { title: '行', dataIndex: 'row', render: (r: number) => (r ? r : '') },
              { title: '列', render: (_, p) => (p.column ? `${p.column}（${p.header}）` : '') },
              { title: '问题', dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </>
  );
}
