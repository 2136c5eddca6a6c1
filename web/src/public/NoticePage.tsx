import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Select, Skeleton, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDate, formatDecimal } from '../shared/text';
import { PublicNoticeQuery } from './queries';
import { Later } from '../shared/Later';

const FileObjection = graphql(`
  mutation FileObjection($input: FileObjectionInput!) {
    fileObjection(input: $input) {
      trackingCode
      objection {
        statusText
        agency {
          name
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

interface ObjectionForm {
  agencyId?: string;
  reason?: string;
  name?: string;
  contact?: string;
}

/** A city's public notice (公示) of a year: the draft results and, while it lasts, the objection form. */
export function NoticePage() {
  const { tenant = '', year = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: PublicNoticeQuery,
    variables: { tenant, year: Number(year) },
    pause: !/^\d{4}$/.test(year),
  });
  const notice = data?.publicNotice;
  if (!/^\d{4}$/.test(year)) {
    return <Result status="404" title="年度有误" />;
  }
  if (fetching && !data) {
    return <Skeleton active />;
  }
  if (error) {
    return <ErrorAlert error={error} />;
  }
  if (!notice) {
    return <Result status="404" title={`该市${year}年度没有公示`} extra={<Link to="/">返回首页</Link>} />;
  }
  return (
    <>
      <Typography.Title level={2}>
        {notice.tenantName}
        {notice.year}年度安全生产技术服务机构诚信考评结果公示
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="公示期">
          {formatDate(notice.startsOn)} 至 {formatDate(notice.endsOn)}
        </Descriptions.Item>
        <Descriptions.Item label="状态">{notice.open ? '公示中' : notice.message}</Descriptions.Item>
      </Descriptions>
      {notice.open ? (
        <>
          <Table
            rowKey="agencyId"
            size="middle"
            pagination={false}
            dataSource={notice.entries}
            aria-label="公示名单"
            columns={[
              { title: '名次', dataIndex: 'overallRank', width: 80 },
              { title: '机构名称', dataIndex: 'agencyName' },
              { title: '总分', dataIndex: 'total', width: 100, render: (v) => formatDecimal(v) },
              { title: '等级', dataIndex: 'grade', width: 100 },
              ...(notice.entries.some((e) => e.groupKey)
                ? [
                    {
                      title: '组内名次',
                      key: 'group',
                      width: 140,
                      render: (_: unknown, e: (typeof notice.entries)[number]) => (e.groupKey ? `${e.groupKey} 第${e.groupRank}名` : ''),
                    },
                  ]
                : []),
            ]}
          />
          {/* the form under the list: drawn once the list shows */}
          <Later>
            <ObjectionCard tenant={tenant} year={notice.year} entries={notice.entries} />
          </Later>
        </>
      ) : (
        <Alert type="info" showIcon title={notice.message ?? '公示期外不显示名单'} />
      )}
    </>
  );
}

function ObjectionCard({ tenant, year, entries }: { tenant: string; year: number; entries: { agencyId: string; agencyName: string }[] }) {
  const [form] = Form.useForm<ObjectionForm>();
  const [{ fetching }, file] = useMutation(FileObjection);
  const [formErrors, setFormErrors] = useState<UserError[]>([]);
  const [filed, setFiled] = useState<{ code: string; agency: string; status: string } | null>(null);

  async function submit(values: ObjectionForm) {
    setFormErrors([]);
    const result = await file({
      input: {
        tenant,
        year,
        agencyId: values.agencyId ?? '',
        reason: values.reason ?? '',
        name: values.name?.trim() || null,
        contact: values.contact?.trim() || null,
      },
    });
    const payload = result.data?.fileObjection;
    const errors = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
    if (errors.length > 0) {
      setFormErrors(showFieldErrors(form, errors));
      return;
    }
    if (payload?.trackingCode) {
      setFiled({ code: payload.trackingCode, agency: payload.objection?.agency.name ?? '', status: payload.objection?.statusText ?? '' });
    }
  }

  if (filed) {
    return (
      <Card style={{ marginTop: 24 }}>
        <Result
          status="success"
          title="异议已提交"
          subTitle={`对 ${filed.agency} 的异议，当前状态：${filed.status}`}
          extra={[
            <Typography.Paragraph key="code">
              查询码：
              <Typography.Text strong copyable data-testid="objection-tracking-code">
                {filed.code}
              </Typography.Text>
              （请妥善保存，凭此码查询处理结果）
            </Typography.Paragraph>,
            <Link key="track" to={`/objections/track?code=${filed.code}`}>
              查询处理进度
            </Link>,
          ]}
        />
      </Card>
    );
  }
  return (
    <Card title="对公示结果提出异议" style={{ marginTop: 24 }}>
      <Typography.Paragraph type="secondary">
        公示期内，任何单位和个人均可对公示结果提出异议。可以不留姓名；留下联系方式便于我们核实情况。
      </Typography.Paragraph>
      <FormErrors errors={formErrors} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark
        style={{ maxWidth: 640 }}
        initialValues={{ agencyId: undefined, reason: '', name: '', contact: '' }}
      >
        <Form.Item name="agencyId" label="异议机构" rules={[{ required: true, message: '请选择异议机构' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder="选择公示名单中的机构"
            options={entries.map((e) => ({ value: e.agencyId, label: e.agencyName }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label="异议理由"
          rules={[{ required: true, message: '请填写异议理由' }]}
          extra="5 至 2000 字，请写明事实和依据"
        >
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="name" label="姓名（选填）">
          <Input maxLength={100} autoComplete="name" />
        </Form.Item>
        <Form.Item name="contact" label="联系电话或电子邮箱（选填）">
          <Input maxLength={100} autoComplete="tel" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {fetching ? '正在提交…' : '提交异议'}
        </Button>
      </Form>
    </Card>
  );
}
