import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table } from 'antd';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { SERVICE_TYPES, label } from '../shared/labels';
import { formatDate, formatDecimal } from '../shared/text';
import { errorsOf, newKey } from './common';

const RecordEngagementMutation = graphql(`
  mutation ConsoleRecordEngagement($input: RecordEngagementInput!) {
    recordEngagement(input: $input) {
      engagement {
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

const WithdrawEngagementMutation = graphql(`
  mutation ConsoleWithdrawEngagement($input: WithdrawEngagementInput!) {
    withdrawEngagement(input: $input) {
      engagement {
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

/** 服务项目 of an agency in a year: the enterprises it served (business volume); bureau admins record and withdraw them. */
export interface EngagementRow {
  id: string;
  enterpriseName: string;
  enterpriseCreditCode?: string | null;
  districtCode?: string | null;
  serviceType: string;
  contractDate: string;
  amount?: string | number | null;
}

export function AgencyEngagements({
  agencyId,
  year,
  isAdmin,
  engagements,
  districts,
  onChanged,
}: {
  agencyId: string;
  year: number;
  isAdmin: boolean;
  engagements: EngagementRow[];
  districts: { code: string; name: string }[];
  onChanged: () => void;
}) {
  const [adding, setAdding] = useState(false);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [{ fetching: withdrawing }, withdraw] = useMutation(WithdrawEngagementMutation);
  const reload = onChanged;
  return (
    <Card
      title={`${year}年度服务项目`}
      style={{ marginTop: 24 }}
      extra={
        isAdmin && (
          <Button onClick={() => setAdding(true)} aria-label="登记服务项目">
            登记服务项目
          </Button>
        )
      }
    >
      <FormErrors errors={errors} />
      <Table
        aria-label="服务项目"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={engagements}
        locale={{ emptyText: '本年度暂无服务项目' }}
        columns={[
          { title: '服务企业', dataIndex: 'enterpriseName' },
          { title: '企业信用代码', render: (_, e) => e.enterpriseCreditCode ?? '—' },
          { title: '区县', render: (_, e) => districts.find((d) => d.code === e.districtCode)?.name ?? e.districtCode ?? '—' },
          { title: '服务类型', render: (_, e) => label(SERVICE_TYPES, e.serviceType) },
          { title: '合同日期', render: (_, e) => formatDate(e.contractDate) },
          { title: '金额（元）', render: (_, e) => formatDecimal(e.amount) },
          {
            title: '操作',
            render: (_, e) =>
              isAdmin && (
                <Popconfirm
                  title="撤回此服务项目？"
                  okText="撤回"
                  cancelText="取消"
                  onConfirm={async () => {
                    const result = await withdraw({ input: { id: e.id, reason: '登记有误' } });
                    const list = errorsOf(result.data?.withdrawEngagement, result.error);
                    setErrors(list);
                    if (!list.length) reload();
                  }}
                >
                  <Button size="small" loading={withdrawing} aria-label={`撤回服务项目 ${e.enterpriseName}`}>
                    撤回
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {adding && (
        <RecordEngagement
          agencyId={agencyId}
          districts={districts}
          onClose={(changed) => {
            setAdding(false);
            if (changed) reload();
          }}
        />
      )}
    </Card>
  );
}

interface EngagementForm {
  enterpriseName: string;
  enterpriseCreditCode: string;
  districtCode: string | undefined;
  serviceType: string | undefined;
  contractDate: string;
  amount: string;
}

function RecordEngagement({
  agencyId,
  districts,
  onClose,
}: {
  agencyId: string;
  districts: { code: string; name: string }[];
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<EngagementForm>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [key] = useState(newKey);
  const [{ fetching }, record] = useMutation(RecordEngagementMutation);
  return (
    <Modal
      open
      width={640}
      title="登记服务项目"
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText={fetching ? '正在提交…' : '保存'}
      cancelText="取消"
      okButtonProps={{ loading: fetching }}
    >
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          enterpriseName: '',
          enterpriseCreditCode: '',
          // one district offered (a county's own): already chosen
          districtCode: districts.length === 1 ? districts[0].code : undefined,
          serviceType: undefined,
          contractDate: '',
          amount: '',
        }}
        onFinish={async (v) => {
          const result = await record({
            input: {
              agencyId,
              enterpriseName: v.enterpriseName,
              enterpriseCreditCode: v.enterpriseCreditCode || null,
              districtCode: v.districtCode ?? '',
              serviceType: v.serviceType ?? '',
              contractDate: v.contractDate,
              amount: v.amount || null,
              idempotencyKey: key,
            },
          });
          const list = errorsOf(result.data?.recordEngagement, result.error);
          if (list.length) return setErrors(showFieldErrors(form, list));
          onClose(true);
        }}
      >
        <Form.Item label="服务企业名称" name="enterpriseName" rules={[{ required: true, message: '请填写服务企业名称' }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item label="企业统一社会信用代码" name="enterpriseCreditCode">
            <Input style={{ width: 240 }} maxLength={18} />
          </Form.Item>
          <Form.Item label="所在区县" name="districtCode" rules={[{ required: true, message: '请选择区县' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 180 }}
              options={districts.map((d) => ({ value: d.code, label: d.name }))}
            />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item label="服务类型" name="serviceType" rules={[{ required: true, message: '请选择服务类型' }]}>
            <Select style={{ width: 180 }} options={Object.entries(SERVICE_TYPES).map(([value, text]) => ({ value, label: text }))} />
          </Form.Item>
          <Form.Item label="合同日期" name="contractDate" rules={[{ required: true, message: '请填写合同日期' }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item label="合同金额（元）" name="amount">
            <Input style={{ width: 140 }} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
