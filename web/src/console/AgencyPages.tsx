import { useState } from 'react';
import { Button, Descriptions, Skeleton, Space, Table, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { actionLabel } from '../shared/labels';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDate, formatDateTime, formatDecimal } from '../shared/text';
import { FINDING_STATUS, PageTitle, SOURCES, StatusTag, YearPicker, useViewer, useYear } from './common';
import { AgencyData } from './AgencyData';
import { FindingEvidenceDrawer } from './FindingEvidenceDrawer';
import { AgencyEngagements } from './AgencyEngagements';
import { AgencyStaff } from './AgencyStaff';
import { AgencyStatusButton } from './AgencyStatus';
import { RuleText } from './RuleText';
import { Clamp } from './Clamp';
import { Later } from '../shared/Later';
import { RECTIFICATION_STATUS as RECTIFICATION_LABELS_MAP, label } from '../shared/labels';
import { AgencyQuery } from './queries';

const RECTIFICATION_LABELS = Object.fromEntries(Object.entries(RECTIFICATION_LABELS_MAP).map(([k, v]) => [k, v.label]));

const ConfirmFindingMutation = graphql(`
  mutation ConsoleConfirmFinding($input: ConfirmFindingInput!) {
    confirmFinding(input: $input) {
      finding {
        id
        status
        confirmedBy
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** 机构档案: registration, the year's agency data and findings, and the registration's history. */
export function AgencyPage() {
  const { id = '' } = useParams();
  const [year, setYear] = useYear();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AgencyQuery,
    variables: { id, year },
    requestPolicy: 'cache-and-network',
  });
  const [confirmState, confirm] = useMutation(ConfirmFindingMutation);
  const [confirmErrors, setConfirmErrors] = useState<UserError[]>([]);
  const [evidenceOf, setEvidenceOf] = useState<string | null>(null);
  const viewer = useViewer();
  const navigate = useNavigate();
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const agency = data?.agency;
  if (!agency) return <Typography.Paragraph>机构不存在。</Typography.Paragraph>;
  return (
    <>
      <PageTitle>{agency.name}</PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <YearPicker year={year} onChange={setYear} />
        <Button type="primary" onClick={() => navigate(`/agencies/${agency.id}/findings/new?year=${year}`)}>
          记录检查发现
        </Button>
        <Button onClick={() => navigate(`/agencies/${agency.id}/inspections/new?year=${year}`)}>检查表检查</Button>
        <Link to={`/rectifications?year=${year}&agency=${agency.id}`}>整改跟踪</Link>
        <Link to={`/agencies/${agency.id}/sampling?year=${year}`}>现场抽查企业</Link>
        {(viewer.isAdmin || viewer.isCountyAdmin) && (
          <Button onClick={() => navigate(`/agencies/${agency.id}/edit?year=${year}`)}>修改登记信息</Button>
        )}
        {(viewer.isAdmin || viewer.isCountyAdmin) && (
          <AgencyStatusButton agency={agency} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
        )}
      </Space>
      <Descriptions bordered column={2} title="登记信息" data-testid="agency-registration">
        <Descriptions.Item label="统一社会信用代码">{agency.creditCode}</Descriptions.Item>
        <Descriptions.Item label="类别">{agency.categoryLabel}</Descriptions.Item>
        <Descriptions.Item label="资质">{agency.qualifications ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="办公面积（m²）">{formatDecimal(agency.officeArea)}</Descriptions.Item>
        <Descriptions.Item label="服务区县">{agency.districts.map((d) => d.name).join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label="状态">{agency.status === 'active' ? '正常' : '已注销'}</Descriptions.Item>
      </Descriptions>
      <AgencyStaff
        agencyId={agency.id}
        isAdmin={viewer.isAdmin}
        staff={agency.staff}
        types={data?.certificateTypes ?? []}
        onChanged={() => refetch({ requestPolicy: 'network-only' })}
      />
      {/* below the first screen: drawn once the registration and the staff show */}
      <Later>
        <AgencyEngagements
          agencyId={agency.id}
          year={year}
          isAdmin={viewer.isAdmin || viewer.isCountyAdmin}
          engagements={agency.engagements}
          // a county bureau records engagements with enterprises of its district only (the API refuses others)
          districts={(data?.districts ?? []).filter((d) => !viewer.isCounty || d.code === viewer.district)}
          onChanged={() => refetch({ requestPolicy: 'network-only' })}
        />

        <Typography.Title level={4} style={{ marginTop: 24 }}>
          {year}年度检查发现
        </Typography.Title>
        <FormErrors errors={confirmErrors} />
        <Table
          aria-label="检查发现"
          rowKey="id"
          size="small"
          tableLayout="fixed"
          pagination={false}
          dataSource={agency.findings}
          locale={{ emptyText: '本年度暂无检查发现' }}
          columns={[
            { title: '规则', width: 240, render: (_, f) => <RuleText code={f.ruleCode} text={f.ruleText} /> },
            { title: '次数', dataIndex: 'count', width: 56 },
            {
              title: '事实',
              dataIndex: 'evidence',
              render: (e: string) => <Clamp text={e} style={{ minWidth: 140 }} />,
            },
            { title: '来源', dataIndex: 'source', render: (s: string) => SOURCES[s] ?? s },
            { title: '发现日期', dataIndex: 'observedOn', render: (d: string) => formatDate(d) },
            { title: '记录人', dataIndex: 'recordedBy' },
            { title: '状态', dataIndex: 'status', render: (s: string) => <StatusTag map={FINDING_STATUS} status={s} /> },
            {
              title: '整改',
              render: (_, f) =>
                f.rectification
                  ? `${label(RECTIFICATION_LABELS, f.rectification.status)}，期限 ${formatDate(f.rectification.deadline)}`
                  : '—',
            },
            {
              title: '操作',
              render: (_, f) => (
                <Space direction="vertical" size={4}>
                  <Button size="small" onClick={() => setEvidenceOf(f.id)} aria-label={`证据材料 ${f.ruleCode}`}>
                    证据材料
                  </Button>
                  {(f.status === 'draft' || f.status === 'disputed') && f.recordedBy !== viewer.username ? (
                    <Button
                      size="small"
                      loading={confirmState.fetching}
                      aria-label={`确认检查发现 ${f.ruleCode}`}
                      onClick={async () => {
                        const result = await confirm({ input: { id: f.id } });
                        const errors = result.data?.confirmFinding.errors.length
                          ? result.data.confirmFinding.errors
                          : userErrorsOf(result.error);
                        setConfirmErrors(errors);
                        if (!errors.length) refetch({ requestPolicy: 'network-only' });
                      }}
                    >
                      确认
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
        {evidenceOf && (
          <FindingEvidenceDrawer
            findingId={evidenceOf}
            onClose={() => {
              setEvidenceOf(null);
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        )}

        <Typography.Title level={4} style={{ marginTop: 24 }}>
          {year}年度机构数据
        </Typography.Title>
        <AgencyData agencyId={agency.id} year={year} rows={agency.data} onSaved={() => refetch({ requestPolicy: 'network-only' })} />

        <Typography.Title level={4} style={{ marginTop: 24 }}>
          登记变更记录
        </Typography.Title>
        <Table
          aria-label="登记变更记录"
          rowKey={(c) => `${c.action}-${c.at}`}
          pagination={false}
          dataSource={agency.history}
          columns={[
            { title: '操作', dataIndex: 'action', render: (a: string) => actionLabel(a) },
            { title: '操作人', dataIndex: 'actor' },
            { title: '时间', dataIndex: 'at', render: (t: string) => formatDateTime(t) },
            { title: '原因', dataIndex: 'reason' },
          ]}
        />
      </Later>
    </>
  );
}
