import { Alert, Card, Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/errors';
import { WhoAmI } from '../shared/SignedInApp';
import { formatDate, formatDateTime, formatDecimal } from '../shared/text';
import { History } from './History';
import { SERVICE_TYPES, label } from './labels';
import { RecordQuery } from './queries';
import { Later } from '../shared/Later';

/** 本机构: the agency's own record as the bureau holds it. */
export function RecordPage() {
  const [{ data, fetching, error }] = useQuery({ query: RecordQuery });
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const agency = data?.myAgency;
  if (!agency) {
    return (
      <>
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title="账号尚未关联机构"
          description="本账号还没有关联到任何技术服务机构，请联系所在市应急管理局为账号关联机构。"
        />
        <WhoAmI />
      </>
    );
  }
  const districtNames = new Map(agency.districts.map((d) => [d.code, d.name]));
  return (
    <>
      <Typography.Title level={2}>{agency.name}</Typography.Title>
      <Card title="登记信息" style={{ marginBottom: 16 }}>
        <Descriptions bordered column={{ xs: 1, md: 2 }} data-testid="agency-record">
          <Descriptions.Item label="机构名称">{agency.name}</Descriptions.Item>
          <Descriptions.Item label="统一社会信用代码">{agency.creditCode}</Descriptions.Item>
          <Descriptions.Item label="机构类别">{agency.categoryLabel}</Descriptions.Item>
          <Descriptions.Item label="资质">{agency.qualifications ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="固定办公场所面积">
            {agency.officeArea == null ? '未登记' : `${formatDecimal(agency.officeArea)} 平方米`}
          </Descriptions.Item>
          <Descriptions.Item label="状态">{agency.status === 'active' ? '正常' : '已注销'}</Descriptions.Item>
          <Descriptions.Item label="服务区县" span={2}>
            {agency.districts.length ? (
              <Space wrap>
                {agency.districts.map((d) => (
                  <Tag key={d.code}>{d.name}</Tag>
                ))}
              </Space>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="所属城市">{data?.tenant?.name}</Descriptions.Item>
          <Descriptions.Item label="登记时间">{formatDateTime(agency.createdAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={`技术人员（${agency.staff.length} 人）`} style={{ marginBottom: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={agency.staff}
          aria-label="技术人员及证书"
          columns={[
            { title: '姓名', dataIndex: 'name' },
            { title: '专职', dataIndex: 'fullTime', render: (v: boolean) => (v ? '专职' : '兼职') },
            { title: '职称', dataIndex: 'title', render: (v?: string | null) => v ?? '—' },
            {
              title: '证书',
              key: 'certificates',
              render: (_, s) =>
                s.certificates.length
                  ? s.certificates.map((c) => (
                      <div key={c.id}>
                        {c.typeLabel} {c.number}
                        {c.validUntil ? `（有效期至 ${formatDate(c.validUntil)}）` : ''}
                      </div>
                    ))
                  : '—',
            },
          ]}
        />
      </Card>
      {/* below the registration and the staff: drawn once those show */}
      <Later>
        <Card title={`服务项目（${agency.engagements.length} 项）`} style={{ marginBottom: 16 }}>
          <Table
            rowKey="id"
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={agency.engagements}
            aria-label="服务项目"
            columns={[
              { title: '委托单位', dataIndex: 'enterpriseName' },
              { title: '服务类型', dataIndex: 'serviceType', render: (v: string) => label(SERVICE_TYPES, v) },
              {
                title: '区县',
                dataIndex: 'districtCode',
                render: (v?: string | null) => (v ? (districtNames.get(v) ?? v) : '—'),
              },
              { title: '合同日期', dataIndex: 'contractDate', render: (v: string) => formatDate(v) },
              {
                title: '合同金额（元）',
                dataIndex: 'amount',
                align: 'right' as const,
                render: (v?: string | number | null) => (v == null ? '—' : formatDecimal(v)),
              },
            ]}
          />
        </Card>
        <Card title="登记变更记录">
          <History changes={agency.history} />
        </Card>
      </Later>
    </>
  );
}
